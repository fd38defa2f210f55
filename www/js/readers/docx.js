// .docx: a zip of XML. The body (word/document.xml) is read in document
// order: one line per paragraph, a table row as its cells joined by tabs,
// tabs and line breaks inside a paragraph kept. Deleted revisions, field
// codes and the fallback copy of drawings (mc:Fallback) are left out.
import { zipEntries, zipEntry } from './zip.js';
import { ReaderError } from './errors.js';

const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Elements whose text is not the document's (by local name). */
const SKIPPED = new Set(['delText', 'instrText', 'rPr', 'pPr', 'sectPr', 'tblPr', 'trPr', 'tcPr', 'fldData']);

export async function read(bytes) {
  const entries = zipEntries(bytes);
  const entry = entries.get('word/document.xml') ?? [...entries].find(([n]) => /^word\/document\d*\.xml$/.test(n))?.[1];
  if (!entry) throw new ReaderError('noDocument');
  const xml = new TextDecoder().decode(await zipEntry(bytes, entry));
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) throw new ReaderError('badXml');
  const body = [...doc.documentElement.children].find((e) => e.localName === 'body') ?? doc.documentElement;
  const lines = [];
  blocks(body, lines);
  return { text: lines.join('\n'), format: 'DOCX' };
}

/** Appends the lines of the paragraphs and tables under `node`, in order. */
function blocks(node, lines) {
  for (const child of node.children) {
    if (child.namespaceURI === MARKUP_COMPATIBILITY && child.localName === 'Fallback') continue;
    switch (child.localName) {
      case 'p':
        lines.push(...paragraph(child));
        break;
      case 'tbl':
        table(child, lines);
        break;
      default:
        if (!SKIPPED.has(child.localName)) blocks(child, lines);
    }
  }
}

/** A table: one line per row, cells joined by tabs (a cell's paragraphs by spaces). */
function table(tbl, lines) {
  for (const row of tbl.children) {
    if (row.localName !== 'tr') {
      if (row.localName !== 'tblPr' && row.localName !== 'tblGrid') blocks(row, lines);
      continue;
    }
    const cells = [];
    for (const cell of row.children) {
      if (cell.localName !== 'tc' && cell.localName !== 'sdt') continue;
      const inner = [];
      blocks(cell, inner);
      cells.push(inner.map((l) => l.trim()).filter(Boolean).join(' '));
    }
    lines.push(cells.join('\t'));
  }
}

/**
 * A paragraph's text: usually one line; a text box inside it (a drawing
 * anchored in the paragraph) gives lines of its own after it.
 */
function paragraph(p) {
  let text = '';
  const extra = [];
  const walk = (node) => {
    for (const child of node.children) {
      if (child.namespaceURI === MARKUP_COMPATIBILITY && child.localName === 'Fallback') continue;
      switch (child.localName) {
        case 't':
          text += child.textContent;
          break;
        case 'tab':
          text += '\t';
          break;
        case 'br':
        case 'cr':
          text += '\n';
          break;
        case 'noBreakHyphen':
          text += '-';
          break;
        case 'txbxContent':
          blocks(child, extra);
          break;
        default:
          if (!SKIPPED.has(child.localName)) walk(child);
      }
    }
  };
  walk(p);
  // A paragraph holding only a text box is not a blank line of its own.
  return text === '' && extra.length > 0 ? extra : [text, ...extra];
}
