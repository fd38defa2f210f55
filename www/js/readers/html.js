// Saved web pages (.html/.htm): the text of the body, block elements as
// line breaks, table cells apart by tabs; scripts, styles and hidden parts
// dropped. The page is parsed by DOMParser into a detached document (no
// script runs, nothing is fetched) and only its text is read: nothing of it
// is ever inserted into this page.
//
// The encoding: a BOM, else the charset a <meta> names in the first 1024
// bytes (GBK/GB2312 pages are common on government sites), else UTF-8 when
// the bytes are valid UTF-8, else GB18030.

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
  const doc = new DOMParser().parseFromString(text, 'text/html');
  const out = new Lines();
  walk(doc.body ?? doc.documentElement, out, false);
  return { text: out.done(), format: `HTML, ${encoding}` };
}

/** Decodes a saved page's bytes: { text, encoding }. */
export function decodeHtml(bytes) {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom.toUpperCase() };
  const declared = declaredCharset(bytes);
  if (declared) {
    try {
      const decoder = new TextDecoder(declared);
      // utf-8 declared but not valid: fall through to the guess below.
      if (decoder.encoding !== 'utf-8') return { text: decoder.decode(bytes), encoding: decoder.encoding.toUpperCase() };
    } catch {
      // An encoding the browser does not know: guess as for an undeclared page.
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  }
}

function bomEncoding(b) {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/** The charset named by a <meta> in the first 1024 bytes (ASCII), or null. */
function declaredCharset(bytes) {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return match ? match[1].toLowerCase() : null;
}

/** Whether an element is hidden by its attributes (styles are not computed: the document is detached). */
function hidden(el) {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
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
