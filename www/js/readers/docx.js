// .docx: a zip of XML. The body (word/document.xml) is read in document
// order: one line per paragraph, a table row as its cells joined by tabs,
// tabs and line breaks inside a paragraph kept. Deleted revisions, field
// codes and the fallback copy of drawings (mc:Fallback) are left out.
// Word's automatic numbering (一、 （一） 1.) is written out as Word shows
// it, from word/numbering.xml, by paragraph or by style: the parser reads
// headings by those numbers.
import { zipEntries, zipEntry } from './zip.js';
import { ReaderError } from './errors.js';

const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Elements whose text is not the document's (by local name). */
const SKIPPED = new Set(['delText', 'instrText', 'rPr', 'pPr', 'sectPr', 'tblPr', 'trPr', 'tcPr', 'fldData']);

export async function read(bytes) {
  const entries = zipEntries(bytes);
  const entry = entries.get('word/document.xml') ?? [...entries].find(([n]) => /^word\/document\d*\.xml$/.test(n))?.[1];
  if (!entry) throw new ReaderError('noDocument');
  const doc = await xmlEntry(bytes, entry);
  if (!doc) throw new ReaderError('badXml');
  const part = async (name) => (entries.has(name) ? xmlEntry(bytes, entries.get(name)) : null);
  ctx = { numbering: new Numbering(await part('word/numbering.xml')), styles: stylesNumbering(await part('word/styles.xml')) };
  const body = child(doc.documentElement, 'body') ?? doc.documentElement;
  const lines = [];
  blocks(body, lines);
  return { text: lines.join('\n'), format: 'DOCX' };
}

/** The numbering and styles of the document being read. */
let ctx = null;

async function xmlEntry(bytes, entry) {
  const xml = new TextDecoder().decode(await zipEntry(bytes, entry));
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return doc.getElementsByTagName('parsererror').length > 0 ? null : doc;
}

const child = (el, name) => (el ? [...el.children].find((e) => e.localName === name) : undefined);
const childrenNamed = (el, name) => [...el.children].filter((e) => e.localName === name);
/** An attribute by local name (w:val, in whichever namespace the file uses). */
const attr = (el, name) => (el ? [...el.attributes].find((a) => a.localName === name)?.value : undefined);

/** The numbering a paragraph style gives: styleId → { numId, ilvl }, following basedOn. */
function stylesNumbering(doc) {
  const own = new Map();
  const basedOn = new Map();
  for (const style of doc ? childrenNamed(doc.documentElement, 'style') : []) {
    const id = attr(style, 'styleId');
    const numPr = child(child(style, 'pPr'), 'numPr');
    if (numPr) own.set(id, { numId: attr(child(numPr, 'numId'), 'val'), ilvl: Number(attr(child(numPr, 'ilvl'), 'val') ?? 0) });
    const base = attr(child(style, 'basedOn'), 'val');
    if (base) basedOn.set(id, base);
  }
  return (id) => {
    for (let i = 0; id && i < 10; i++, id = basedOn.get(id)) if (own.has(id)) return own.get(id);
    return null;
  };
}

/** Word's list numbering: the label of each numbered paragraph, counted as Word counts. */
class Numbering {
  constructor(doc) {
    this.abstract = new Map(); // abstractNumId → Map(ilvl → { start, format, text })
    this.nums = new Map(); // numId → { abstractId, starts: Map(ilvl → start) }
    this.counters = new Map();
    if (!doc) return;
    for (const el of doc.documentElement.children) {
      if (el.localName === 'abstractNum') {
        const levels = new Map();
        for (const lvl of childrenNamed(el, 'lvl')) {
          levels.set(Number(attr(lvl, 'ilvl')), {
            start: Number(attr(child(lvl, 'start'), 'val') ?? 1),
            format: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
            text: attr(child(lvl, 'lvlText'), 'val') ?? '',
          });
        }
        this.abstract.set(attr(el, 'abstractNumId'), levels);
      } else if (el.localName === 'num') {
        const starts = new Map();
        for (const o of childrenNamed(el, 'lvlOverride')) {
          const start = attr(child(o, 'startOverride'), 'val');
          if (start !== undefined) starts.set(Number(attr(o, 'ilvl')), Number(start));
        }
        this.nums.set(attr(el, 'numId'), { abstractId: attr(child(el, 'abstractNumId'), 'val'), starts });
      }
    }
  }

  /** Counts one paragraph of list `numId` at level `ilvl`; returns its label ('' for bullets). */
  label(numId, ilvl) {
    const num = this.nums.get(numId);
    const levels = num && this.abstract.get(num.abstractId);
    if (!levels?.has(ilvl)) return '';
    // Lists of one abstract definition continue each other unless a list
    // restarts its numbering.
    const key = num.starts.size > 0 ? `num:${numId}` : `abstract:${num.abstractId}`;
    const counts = this.counters.get(key) ?? [];
    this.counters.set(key, counts);
    const startOf = (level) => num.starts.get(level) ?? levels.get(level)?.start ?? 1;
    for (let level = 0; level < ilvl; level++) counts[level] ??= startOf(level);
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
    counts.length = ilvl + 1;
    const { format, text } = levels.get(ilvl);
    if (format === 'bullet' || format === 'none') return '';
    return text.replace(/%([1-9])/g, (_, k) => numberingLabel(levels.get(k - 1)?.format ?? 'decimal', counts[k - 1] ?? 1));
  }
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';

function chineseNumber(n, digits = CHINESE_DIGITS, ten = '十') {
  if (n < 10) return digits[n];
  if (n < 20) return ten + (n % 10 ? digits[n % 10] : '');
  if (n < 100) return digits[Math.floor(n / 10)] + ten + (n % 10 ? digits[n % 10] : '');
  return String(n);
}

/** A list item's label (一, ①, 3) in one of Word's numbering formats (w:numFmt): the document's own text, read back. */
function numberingLabel(format, n) {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseNumber(n);
    case 'chineseLegalSimplified':
      return chineseNumber(n, LEGAL_DIGITS, '拾');
    case 'ideographDigital':
      return [...String(n)].map((d) => CHINESE_DIGITS[d]).join('');
    case 'ideographTraditional':
      return '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('');
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
    case 'upperLetter': {
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      const roman = toRoman(n);
      return format === 'lowerRoman' ? roman.toLowerCase() : roman;
    }
    default:
      return String(n);
  }
}

/** @param {number} n */
function toRoman(n) {
  let out = '';
  for (const [value, numeral] of /** @type {[number, string][]} */ ([[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']])) {
    for (; n >= value; n -= value) out += numeral;
  }
  return out;
}

/** The label of a numbered paragraph (counting it), or ''. */
function numberLabel(p) {
  const pPr = child(p, 'pPr');
  const numPr = child(pPr, 'numPr');
  let ref = null;
  if (numPr) {
    ref = { numId: attr(child(numPr, 'numId'), 'val'), ilvl: Number(attr(child(numPr, 'ilvl'), 'val') ?? 0) };
  } else {
    const style = attr(child(pPr, 'pStyle'), 'val');
    if (style) ref = ctx.styles(style);
  }
  if (!ref || !ref.numId || ref.numId === '0') return '';
  return ctx.numbering.label(ref.numId, ref.ilvl);
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
  const label = numberLabel(p);
  walk(p);
  // 一、 before Chinese text, "1. " before Latin.
  if (label && text) text = label + (/^[\x21-\x7e]/.test(text) ? ' ' : '') + text;
  // A paragraph holding only a text box is not a blank line of its own.
  return text === '' && extra.length > 0 ? extra : [text, ...extra];
}
