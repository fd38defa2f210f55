// Edit before export: what a person corrects in the table (a cell, a dropped
// row, a row marked checked), kept in the browser with the text it belongs
// to, and the rows the table shows and the exports write. Pure data, no DOM:
// the table is virtual, so nothing lives in its rows' elements.
//
// Edits are stored under a hash of the text (localStorage `zhibiao.edits`,
// the last KEEP_TEXTS texts): a reload of the same text finds them, another
// text does not get them. Within a text a row is known by its evidence's
// offsets and its place among the rows of that span (start-end#k), which the
// same text always parses to.
//
// The fold of repeated mentions is done here, in the page, not in Rust: the
// table must show folded rows the moment the toggle or an edit changes them
// (an edit can make two rows the same, or tell them apart), and the edits
// live in the page; the renderers only write what a folded row carries (its
// `also` mentions: one row, every evidence; render/marks.rs). The panel
// merges mentions across reports by its own rule (the first number wins,
// others kept aside), which is not this one.

const STORE_KEY = 'zhibiao.edits';
const KEEP_TEXTS = 20;

/** The fields a person can correct, in the table's order. */
export const EDITABLE = ['indicator', 'canonical', 'value', 'valueMax', 'unit', 'change', 'changeMax', 'changeUnit', 'status', 'period'];

// ---------- which text, which row ----------

// Up to this many UTF-16 units are hashed; a longer text is sampled evenly
// (its length is in the key too), so a 5 MB text costs no long task.
const HASHED = 262_144;

/** A short key of a text: two 32-bit FNV-1a hashes and the length. */
export function textKey(text) {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const step = Math.ceil(text.length / HASHED) || 1;
  for (let i = 0; i < text.length; i += step) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  return `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}.${text.length}`;
}

const keysOf = new WeakMap();
/** Each row's key in its report: its evidence's span and its place among the rows of that span. */
export function rowKeys(rows) {
  let keys = keysOf.get(rows);
  if (keys) return keys;
  const seen = new Map();
  keys = rows.map((row) => {
    const span = `${row.start}-${row.end}`;
    const k = seen.get(span) ?? 0;
    seen.set(span, k + 1);
    return `${span}#${k}`;
  });
  keysOf.set(rows, keys);
  return keys;
}

// ---------- storage ----------

function readStore() {
  try {
    const stored = JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null');
    return Array.isArray(stored?.texts) ? stored : { texts: [] };
  } catch {
    return { texts: [] };
  }
}

function writeStore(store) {
  try {
    if (store.texts.length) localStorage.setItem(STORE_KEY, JSON.stringify(store));
    else localStorage.removeItem(STORE_KEY);
    return true;
  } catch {
    return false;
  }
}

/**
 * The edits of one text: rowKey → { set: {field: value}, edited: [fields],
 * checked, dropped }. `set` may hold a field the person did not type (the
 * unit shown when they typed a value in a converted unit); `edited` names
 * only what they changed.
 */
export class TextEdits {
  constructor() {
    this.text = null;
    this.key = null;
    this.rows = new Map();
  }

  /** Takes the edits kept for `text` (none for a text never edited). */
  use(text) {
    if (text === this.text) return;
    this.text = text;
    this.key = null;
    this.rows = new Map();
    const store = readStore();
    if (!store.texts.length || !text) return;
    this.key = textKey(text);
    const kept = store.texts.find((entry) => entry.key === this.key);
    if (kept) this.rows = new Map(Object.entries(kept.rows ?? {}));
  }

  get size() {
    return this.rows.size;
  }

  get(rowKey) {
    return this.rows.get(rowKey);
  }

  /** Replaces a row's edit (null or an empty one removes it) and saves. */
  put(rowKey, edit) {
    const empty = !edit || (!edit.edited?.length && !edit.checked && !edit.dropped);
    if (empty) this.rows.delete(rowKey);
    else this.rows.set(rowKey, edit);
    return this.save();
  }

  /** Forgets every edit of this text. */
  clear() {
    this.rows.clear();
    return this.save();
  }

  save() {
    if (this.text === null) return true;
    this.key ??= textKey(this.text);
    const store = readStore();
    store.texts = store.texts.filter((entry) => entry.key !== this.key);
    if (this.rows.size) store.texts.unshift({ key: this.key, rows: Object.fromEntries(this.rows) });
    store.texts = store.texts.slice(0, KEEP_TEXTS);
    return writeStore(store);
  }
}

/** Forgets the edits of every text (the page's "clear text"). */
export function forgetAllEdits() {
  try {
    localStorage.removeItem(STORE_KEY);
  } catch {
    // Nothing kept.
  }
}

// ---------- the rows shown and exported ----------

// The fields the value and change cells show.
const SHOWN_NUMBERS = ['value', 'valueMax', 'change', 'changeMax', 'changeUnit'];

/**
 * The rows as corrected: parallel to `rows` (same length, same order, so a
 * row's index stays its index). Untouched rows are the parser's objects; an
 * edited one is a copy with `edited`, `checked`, `dropped` and `original`.
 * With `fold`, a repeat gets `foldedInto` (the index of its first mention)
 * and the first mention lists it in `also`.
 */
export function correctedRows(rows, edits, { fold = false } = {}) {
  if (!edits.size && !fold) return rows;
  const keys = rowKeys(rows);
  const out = rows.map((row, i) => {
    const edit = edits.get(keys[i]);
    if (!edit) return fold ? { ...row } : row;
    const corrected = { ...row, ...edit.set, edited: edit.edited ?? [], checked: !!edit.checked, dropped: !!edit.dropped, original: row };
    if ('canonical' in (edit.set ?? {})) corrected.core = corrected.canonical !== null;
    if ('value' in (edit.set ?? {}) && corrected.value !== null) corrected.placeholder = false;
    // Numbers typed over the report's: the library writes their cells anew (editing.js).
    if (SHOWN_NUMBERS.some((field) => field in (edit.set ?? {}))) delete corrected.cells;
    return corrected;
  });
  if (fold) foldRepeats(out);
  return out;
}

/** What makes two rows one fact: the same indicator, place (when rows name one), numbers, status and period. */
function factKey(row) {
  return [
    row.canonical ?? row.indicator,
    row.region,
    row.value, row.valueMax, row.unit, row.valueQualifier, row.placeholder,
    row.change, row.changeMax, row.changeUnit, row.changeQualifier,
    row.status, row.period,
  ].join('\u0001');
}

function foldRepeats(rows) {
  const first = new Map();
  rows.forEach((row, i) => {
    if (row.dropped) return;
    const key = factKey(row);
    const at = first.get(key);
    if (at === undefined) {
      first.set(key, i);
      return;
    }
    const head = rows[at];
    head.also = [...(head.also ?? []), { evidence: row.evidence, start: row.start, end: row.end }];
    row.foldedInto = at;
  });
}

/** How many rows the fold hides. */
export function foldedCount(rows) {
  let n = 0;
  for (const row of rows) if (row.foldedInto !== undefined) n++;
  return n;
}
