// Saved web pages (.html/.htm): the text of the body, block elements as
// line breaks, table cells apart by tabs; scripts, styles and hidden parts
// dropped. The page is parsed by DOMParser into a detached document (no
// script runs, nothing is fetched) and only its text is read: nothing of it
// is ever inserted into this page.
//
// The encoding: a BOM, else the charset a <meta> names in the first 1024
// bytes (GBK/GB2312 pages are common on government sites), else UTF-8 when
// the bytes are valid UTF-8, else GB18030.

import { decodeBytes } from '../decode.js';

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'select',
  'button',
  'input',
  'textarea',
]);

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'ul', 'caption',
]);

export async function read(bytes) {
  const { text, encoding } = decodeHtml(bytes);
  const doc = new DOMParser().parseFromString(withoutStyles(text), 'text/html');
  const out = new Lines();
  walk(doc.body ?? doc.documentElement, out, false);
  return { text: out.done(), format: `HTML, ${encoding}` };
}

/** Decodes a saved page's bytes: { text, encoding }. */
export function decodeHtml(bytes) {
  return decodeBytes(bytes, declaredCharset(bytes));
}

/** The charset named by a <meta> in the first 1024 bytes (ASCII), or null. */
function declaredCharset(bytes) {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match ? match[1].toLowerCase() : null;
}

/**
 * The page without its style sheets, its style attributes renamed
 * data-style: the parsed document takes this page's CSP (style-src 'self'),
 * and each inline style would log a violation in the console. Only text is
 * read; `hidden` reads data-style.
 */
export function withoutStyles(html) {
  return html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '').replace(/(<[a-z][^>]*?\s)style(\s*=)/gi, '$1data-style$2');
}

/** Whether an element is hidden by its attributes (styles are not computed: the document is detached). */
function hidden(el) {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('data-style');
  return style !== null && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

function walk(node, out, pre) {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      out.text(child.data, pre);
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const name = child.localName;
    if (SKIPPED.has(name) || hidden(child)) continue;
    if (name === 'br') {
      out.newLine(true);
      continue;
    }
    if (name === 'td' || name === 'th') {
      out.cell();
      walk(child, out, pre);
      continue;
    }
    if (name === 'img') {
      const alt = child.getAttribute('alt');
      if (alt) out.text(alt, false);
      continue;
    }
    const block = BLOCKS.has(name);
    if (block) out.newLine(false);
    if (name === 'tr') out.rowStart();
    walk(child, out, pre || name === 'pre' || name === 'textarea');
    if (block) out.newLine(false);
  }
}

/** The text being built: whitespace collapsed as a browser shows it, lines trimmed. */
class Lines {
  constructor() {
    this.lines = [];
    this.line = '';
    this.cellsInRow = -1;
  }

  text(data, pre) {
    if (pre) {
      const parts = data.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) this.newLine(true);
        this.line += part;
      });
      return;
    }
    this.line += data.replace(/[\t\n\f\r ]+/g, ' ');
  }

  rowStart() {
    this.cellsInRow = 0;
  }

  cell() {
    if (this.cellsInRow > 0) this.line = this.line.replace(/ +$/, '') + '\t';
    if (this.cellsInRow >= 0) this.cellsInRow++;
  }

  /** Ends the line; `hard` (a <br>) keeps one empty line, a block edge does not. */
  newLine(hard) {
    const line = this.line.replace(/ *\t */g, '\t').replace(/^ +| +$/g, '');
    this.line = '';
    if (/[^\t ]/.test(line)) this.lines.push(line);
    else if (hard && this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  done() {
    this.newLine(false);
    return this.lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  }
}
