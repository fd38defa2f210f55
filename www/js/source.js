// The source text with every row's evidence marked. The text is inserted
// only as text nodes (never as HTML). Evidence of several rows may overlap,
// so the text is cut at every start/end into segments, each knowing the rows
// that cover it.

/** About this many characters go in one block; only blocks on screen are laid out. */
const CHUNK_CHARS = 4000;

/** Marks built per task: a long text's view is built over several tasks. */
const MARKS_PER_TASK = 1500;
let buildToken = 0;

/**
 * Fills `container` with `text`, marking rows' evidence. The first part is
 * there at once, the rest follows in small tasks (a 5 MB text has ~15 000
 * marks); a newer call stops an unfinished one.
 * Returns { marksOf(i) → the elements of row i (once built) }.
 */
export function renderSource(container, text, rows, describe) {
  const token = ++buildToken;
  const marks = rows.map(() => []);
  const segments = coveredSegments(text.length, rows);
  container.replaceChildren();
  let at = 0;
  let next = 0;
  const step = () => {
    if (token !== buildToken) return;
    const chunks = new Chunks();
    const stop = Math.min(segments.length, next + MARKS_PER_TASK);
    for (; next < stop; next++) {
      const { start, end, rowIndices } = segments[next];
      if (start > at) chunks.addText(text.slice(at, start));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(start, end);
      mark.dataset.rows = rowIndices.join(' ');
      mark.title = rowIndices.map((i) => describe(i)).join('\n');
      for (const i of rowIndices) marks[i].push(mark);
      chunks.add(mark, end - start);
      at = end;
    }
    if (next === segments.length && at < text.length) {
      chunks.addText(text.slice(at));
      at = text.length;
    }
    container.append(...chunks.done());
    if (next < segments.length) setTimeout(step, 0);
  };
  step();
  return { marksOf: (i) => marks[i] ?? [] };
}

// Blocks of the source, cut at line ends outside any mark, so the browser
// can skip laying out the ones off screen (content-visibility in the CSS).
class Chunks {
  constructor() {
    this.blocks = [];
    this.open();
  }

  open() {
    this.block = document.createElement('div');
    this.block.className = 'chunk';
    this.size = 0;
    this.blocks.push(this.block);
  }

  add(node, size) {
    this.block.append(node);
    this.size += size;
  }

  addText(text) {
    let rest = text;
    while (this.size + rest.length > CHUNK_CHARS) {
      const cut = rest.indexOf('\n', Math.max(0, CHUNK_CHARS - this.size));
      if (cut < 0) break;
      this.add(document.createTextNode(rest.slice(0, cut + 1)), cut + 1);
      this.open();
      rest = rest.slice(cut + 1);
    }
    if (rest) this.add(document.createTextNode(rest), rest.length);
  }

  done() {
    return this.blocks;
  }
}

/** Row indices of a mark element made by renderSource. */
export function rowsOfMark(mark) {
  return mark.dataset.rows.split(' ').map(Number);
}

/** Sorted, non-overlapping segments of [0, length) covered by some row's evidence. */
function coveredSegments(length, rows) {
  const events = [];
  rows.forEach((row, i) => {
    const start = Math.max(0, Math.min(row.start, length));
    const end = Math.max(start, Math.min(row.end, length));
    if (end > start) events.push([start, 1, i], [end, -1, i]);
  });
  // Ends before starts at the same position, so touching spans stay apart.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const active = new Set();
  const segments = [];
  let prev = 0;
  for (const [pos, kind, i] of events) {
    if (pos > prev && active.size > 0) {
      segments.push({ start: prev, end: pos, rowIndices: [...active].sort((a, b) => a - b) });
    }
    prev = pos;
    if (kind === 1) active.add(i);
    else active.delete(i);
  }
  return segments;
}

/** Scrolls `container` (not the window) so `el` sits in its middle. */
export function scrollWithin(container, el) {
  const center = () => {
    const box = container.getBoundingClientRect();
    const target = el.getBoundingClientRect();
    container.scrollTop += target.top - box.top - (box.height - target.height) / 2;
  };
  center();
  // Blocks laid out once on screen may differ from their estimated height:
  // correct after the next two frames.
  requestAnimationFrame(() => {
    center();
    requestAnimationFrame(center);
  });
}
