// PDF with a text layer, read by pdf.js (vendored at build time into
// pkg/pdfjs/, its worker same-origin). pdf.js gives positioned text items;
// they are put back into lines by their baseline, and the lines into
// paragraphs by the page's geometry:
// - a line that reaches the right margin, followed on the same page by a
//   line that starts at the left margin at the usual line pitch, is a wrap:
//   the two are joined (with no space between Chinese characters);
// - any other break stays a line break, for the parser's normaliser to
//   judge as it does for pasted PDF text.
// A page number at the head or foot of a page is dropped.
// A PDF whose pages give no text (a scan) is an error with a clear message.
import { ReaderError, say } from './errors.js';

const PDFJS = new URL('../../pkg/pdfjs/', import.meta.url);

let pdfjs = null;
function loadPdfjs() {
  pdfjs ??= import(new URL('pdf.min.mjs', PDFJS).href)
    .then((m) => {
      m.GlobalWorkerOptions.workerSrc = new URL('pdf.worker.min.mjs', PDFJS).href;
      return m;
    })
    .catch((error) => {
      pdfjs = null;
      throw error;
    });
  return pdfjs;
}

let worker = null;

/** Fewer visible chars than this in the whole file: no text layer. */
const MIN_CHARS = 1;

/**
 * Reads `bytes` (a Uint8Array of a PDF): { text, format, pages }.
 * `onPage(n, pages)` is told of each page read. `join: false` keeps every
 * line as the PDF laid it out (for comparison).
 */
/**
 * @param {ArrayBuffer | Uint8Array} bytes
 * @param {{ onPage?: (page: number, pages: number) => void, join?: boolean }} [options]
 */
export async function read(bytes, { onPage = () => {}, join = true } = {}) {
  const lib = await loadPdfjs();
  // One worker for every PDF of the visit: starting it costs more than
  // reading a short report.
  if (!worker || worker.destroyed) worker = new lib.PDFWorker({ name: 'zhibiao-pdf' });
  const task = lib.getDocument({
    worker,
    data: bytes,
    cMapUrl: new URL('cmaps/', PDFJS).href,
    cMapPacked: true,
    // Text only: no rendering, no fonts in the page, no eval, no wasm image
    // decoders, no second (renderer) worker.
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    disableWorkerRendering: true,
    useWasm: false,
    enableXfa: false,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    // The worker may be what failed (offline before its first fetch): a
    // new one next time.
    worker.destroy();
    worker = null;
    if (error?.name === 'PasswordException') throw new ReaderError('pdfPassword');
    if (error?.name === 'InvalidPDFException') throw new ReaderError('pdfBroken');
    throw error;
  }
  try {
    const out = [];
    let previous = null;
    let chars = 0;
    let textless = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      onPage(n, doc.numPages);
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      page.cleanup();
      const lines = dropPageNumbers(linesOf(content.items));
      const pageChars = lines.reduce((n, line) => n + line.text.replace(/\s/g, '').length, 0);
      chars += pageChars;
      if (pageChars === 0) textless++;
      if (!join) {
        out.push(...lines.map((l) => l.text));
        continue;
      }
      const paras = /** @type {any} */ (paragraphs(lines));
      // A paragraph running on to the next page: the last line of one
      // page reaches its margin, the next page starts at its left margin
      // in the same size (page numbers are gone by now; a running head
      // keeps the break, for the normaliser to judge).
      if (previous && paras.length > 0 && continuesOnNextPage(previous, paras.geometry)) {
        out[out.length - 1] = joinText(out[out.length - 1], paras.shift());
      }
      out.push(...paras);
      previous = paras.geometry;
    }
    if (chars < MIN_CHARS) throw new ReaderError('noTextLayer');
    const text = out.join('\n');
    if (undecodable(text)) throw new ReaderError('pdfNoUnicode');
    // Some pages scanned: said beside the format, the rest is read.
    const format = textless > 0 ? `PDF, ${say('pagesWithoutText', { n: textless })}` : 'PDF';
    return { text, format, pages: doc.numPages };
  } finally {
    await task.destroy().catch(() => {});
  }
}

/**
 * Whether the text is mostly glyph codes with no Unicode meaning: fonts
 * embedded without a ToUnicode map give private-use chars, U+FFFD or
 * control chars instead of Chinese.
 */
export function undecodable(text) {
  let bad = 0;
  let all = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    all++;
    if (/[\uE000-\uF8FF\uFFFD\u0000-\u001F]/.test(ch)) bad++;
  }
  return all > 0 && bad * 3 > all;
}

/** Lines of one page from pdf.js text items, top to bottom: { text, x0, x1, y, size }. */
export function linesOf(items) {
  const glyphs = [];
  for (const item of items) {
    if (typeof item.str !== 'string' || item.str === '') continue;
    const [a, b, c, d, x, y] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 1;
    // Rotated or vertical text is rare in reports: read it in stream order
    // as a line of its own.
    const upright = Math.abs(b) < 1e-3 && Math.abs(c) < 1e-3;
    glyphs.push({ str: item.str, x, y, x1: x + item.width, size, upright, eol: item.hasEOL });
  }
  // Baselines top to bottom, then left to right; an item within 40% of the
  // font size of a line's baseline belongs to it (sub- and superscripts too).
  glyphs.sort((p, q) => q.y - p.y || p.x - q.x);
  const lines = [];
  let line = null;
  for (const g of glyphs) {
    if (!line || !g.upright || Math.abs(line.y - g.y) > 0.4 * Math.max(line.size, g.size)) {
      line = { parts: [], y: g.y, size: g.size };
      lines.push(line);
    }
    line.parts.push(g);
    line.size = Math.max(line.size, g.size);
  }
  return lines
    .map((l) => {
      l.parts.sort((p, q) => p.x - q.x);
      let text = '';
      let end = -Infinity;
      for (const g of l.parts) {
        // A gap of a third of the font size is a space the PDF did not write.
        if (text && g.x - end > 0.3 * l.size && !/\s$/.test(text) && !/^\s/.test(g.str)) text += ' ';
        text += g.str;
        end = Math.max(end, g.x1);
      }
      return { text: text.replace(/\s+/g, ' ').trim(), x0: l.parts[0].x, x1: end, y: l.y, size: l.size };
    })
    .filter((l) => l.text !== '');
}

/** A page number line: 3, - 3 -, — 3 —, 第3页, 3/12, 第3页 共12页. */
// At most three digits: a year alone on a line (2024) is not a page number.
const PAGE_NUMBER = /^[-—–－\s]*(第\s*)?\d{1,3}(\s*页)?(\s*[/／]\s*\d{1,3}|\s*共\s*\d{1,3}\s*页)?[-—–－\s]*$/;

/**
 * A page without the page number at its head or foot, so that a paragraph
 * running on to the next page can be joined across it.
 */
export function dropPageNumbers(lines) {
  let from = 0;
  let to = lines.length;
  if (to > 1 && PAGE_NUMBER.test(lines[to - 1].text)) to--;
  if (to - from > 1 && PAGE_NUMBER.test(lines[0].text)) from++;
  return from === 0 && to === lines.length ? lines : lines.slice(from, to);
}

/** A page's lines with its wraps joined: one string per paragraph (or per line kept). */
export function paragraphs(lines) {
  /** @type {string[] & { geometry?: object }} */
  const out = [];
  if (lines.length === 0) return out;
  const left = Math.min(...lines.map((l) => l.x0));
  const right = Math.max(...lines.map((l) => l.x1));
  const pitch = usualPitch(lines);
  out.push(lines[0].text);
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (isWrap(a, b, left, right, pitch)) out[out.length - 1] = joinText(out[out.length - 1], b.text);
    else out.push(b.text);
  }
  // What the next page needs to know to carry a paragraph over.
  out.geometry = { left, right, first: lines[0], last: lines[lines.length - 1] };
  return out;
}

function continuesOnNextPage(page, next) {
  const a = page.last;
  const b = next.first;
  // The same margins within a char. With no line pitch nor paragraph gap
  // to go by, a sentence end at the foot of a page is left a break.
  const size = Math.max(a.size, b.size);
  if (Math.abs(page.left - next.left) > size || Math.abs(page.right - next.right) > size) return false;
  return !SENTENCE_END.test(a.text) && isWrap(a, b, page.left, page.right, 0);
}

/** The most common distance between baselines on the page (0 when unknown). */
function usualPitch(lines) {
  const counts = new Map();
  for (let i = 1; i < lines.length; i++) {
    const d = Math.round(lines[i - 1].y - lines[i].y);
    if (d > 0) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best = 0;
  let seen = 0;
  for (const [d, n] of counts) {
    if (n > seen || (n === seen && d < best)) [best, seen] = [d, n];
  }
  return best;
}

/** What a line break may not separate: opening marks, a char, closing marks (“六 图”。 上, 访""). */
const HELD = /^[“‘「『（《〈【〔(["']*.[”’」』）》〉】〕。，、；：！？…·%‰,.;:!?)\]"']*/u;
/** A line that ends a sentence (closing quotes after the stop allowed). */
const SENTENCE_END = /[。！？；!?;][”’」』）)"']*$/u;

function isWrap(a, b, left, right, pitch) {
  const size = Math.max(a.size, b.size);
  if (Math.abs(a.size - b.size) > 0.15 * size) return false; // a heading and its text
  const gap = a.y - b.y;
  if (pitch > 0 && (gap <= 0 || gap > pitch * 1.25)) return false;
  if (b.x0 > left + 0.6 * size) return false; // an indented first line
  // The first line must reach the margin, short by at most what could not
  // go at its end: the next line's first char with the punctuation that
  // may not start a line (图”。), or its first number or Latin word (never
  // cut), plus half a char.
  const held = HELD.exec(b.text)?.[0].length ?? 1;
  const word = /^[A-Za-z0-9.,%‰+\-]+/.exec(b.text)?.[0].length ?? 0;
  const slack = size * (0.5 + Math.max(held, 0.6 * word + 1));
  return a.x1 >= right - slack;
}

/** Joins a wrapped line to the next: a space only between two Latin letters or digits. */
function joinText(a, b) {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}
