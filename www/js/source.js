// The source text with every row's evidence marked. The text is inserted
// only as text nodes (never as HTML). Evidence of several rows may overlap,
// so the text is cut at every start/end into segments, each knowing the rows
// that cover it.

/** About this many characters go in one block; only blocks on screen are laid out. */
const CHUNK_CHARS = 4000;

/** A task of the build stops after this long (ms), so the page answers input meanwhile. */
const SLICE_MS = 8;
let buildToken = 0;

/** Runs `fn` in a later task, after input and rendering (scheduler.postTask where there is one). */
function later(fn) {
  if (globalThis.scheduler?.postTask) globalThis.scheduler.postTask(fn, { priority: 'background' });
  else setTimeout(fn, 0);
}

/**
 * Fills `container` with `text`, marking rows' evidence. The first part is
 * there at once, the rest follows in tasks of SLICE_MS at most (a 5 MB text
 * has ~25 000 marks); a newer call stops an unfinished one. `container` has
 * aria-busy until the whole text is in. Returns { marksOf(i) → the elements
 * of row i (once built) }.
 */
export function renderSource(container, text, rows) {
  const token = ++buildToken;
  const began = performance.now();
  const marks = new Map();
  const segments = coveredSegments(text.length, rows);
  container.replaceChildren();
  container.setAttribute('aria-busy', 'true');
  let at = 0;
  const step = (deadline) => {
    if (token !== buildToken) return;
    const chunks = new Chunks();
    let count = 0;
    let segment;
    while ((segment = segments.next())) {
      const { start, end, rowIndices } = segment;
      if (start > at) chunks.addText(text.slice(at, start));
      const mark = document.createElement('mark');
      mark.textContent = text.slice(start, end);
      mark.dataset.rows = rowIndices.join(' ');
      for (const i of rowIndices) {
        const list = marks.get(i);
        if (list) list.push(mark);
        else marks.set(i, [mark]);
      }
      chunks.add(mark, end - start);
      at = end;
      if ((++count & 31) === 0 && performance.now() > deadline) break;
    }
    if (!segment && at < text.length) {
      chunks.addText(text.slice(at));
      at = text.length;
    }
    container.append(...chunks.done());
    if (segment) later(() => step(performance.now() + SLICE_MS));
    else container.removeAttribute('aria-busy');
  };
  step(began + SLICE_MS);
  return { marksOf: (i) => marks.get(i) ?? [] };
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

/**
 * The sorted, non-overlapping segments of [0, length) covered by some row's
 * evidence, one at a time: next() → { start, end, rowIndices } or null. A
 * sweep over the rows in text order (as the parser gives them; sorted here
 * only if not) with the few rows open at a point, so the view's build can
 * stop and resume anywhere without sorting 50 000 events first.
 */
function coveredSegments(length, rows) {
  const starts = new Float64Array(rows.length);
  const ends = new Float64Array(rows.length);
  const order = [];
  let sorted = true;
  rows.forEach((row, i) => {
    const start = Math.max(0, Math.min(row.start, length));
    const end = Math.max(start, Math.min(row.end, length));
    starts[i] = start;
    ends[i] = end;
    if (end <= start) return;
    if (order.length && start < starts[order[order.length - 1]]) sorted = false;
    order.push(i);
  });
  if (!sorted) order.sort((a, b) => starts[a] - starts[b] || a - b);
  let next = 0; // in `order`
  let open = []; // rows covering `at`
  let at = 0;
  return {
    next() {
      for (;;) {
        const upcoming = next < order.length ? starts[order[next]] : Infinity;
        if (!open.length) {
          if (upcoming === Infinity) return null;
          at = upcoming;
        }
        // Rows starting here open; the segment runs to the next start or end.
        while (next < order.length && starts[order[next]] === at) open.push(order[next++]);
        let stop = next < order.length ? starts[order[next]] : Infinity;
        for (const i of open) stop = Math.min(stop, ends[i]);
        const segment = { start: at, end: stop, rowIndices: [...open].sort((a, b) => a - b) };
        at = stop;
        open = open.filter((i) => ends[i] > stop);
        if (segment.end > segment.start) return segment;
      }
    },
  };
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
