// The table's rows as the person shaped them: their corrections, checks and
// drops (edits.js), repeated mentions folded, values in the units chosen
// (units.js). app.js asks for the rows to show (rowsFor) and the report to
// export (exportReport, exportOptions); this module owns the controls that
// change them (fold, units, the row actions and the edit dialog).
import { t, language } from './i18n.js';
import { rowCells } from './engine.js';
import { TextEdits, correctedRows, rowKeys, EDITABLE, foldedCount } from './edits.js';
import { savedUnits, saveUnits, isAsWritten, convertRows, renderOptions } from './units.js';
import { editRow } from './edit-dialog.js';

const FOLD_KEY = 'zhibiao.fold';

const edits = new TextEdits();
let base = []; // the parser's rows
let corrected = []; // with the edits and the fold, values as written
let shown = []; // and in the units chosen: what the table shows
let fold = false;
let units = { money: '', people: '' };
let changed = () => {};
/** @type {(error: Error) => void} */
let failed = () => {};
let seq = 0;

/**
 * Wires the controls; `onChange()` is called when the rows to show change,
 * `onError(error)` when the units could not be applied (the renderers'
 * module could not be loaded: offline before its first use).
 */
export function initEditing({ onChange, onError = () => {} }) {
  changed = onChange;
  failed = onError;
  units = savedUnits();
  try {
    fold = localStorage.getItem(FOLD_KEY) === '1';
  } catch {
    fold = false;
  }
  const foldBox = /** @type {HTMLInputElement} */ (document.getElementById('fold-repeats'));
  const money = /** @type {HTMLSelectElement} */ (document.getElementById('unit-money'));
  const people = /** @type {HTMLSelectElement} */ (document.getElementById('unit-people'));
  foldBox.checked = fold;
  money.value = units.money;
  people.value = units.people;
  foldBox.addEventListener('change', () => {
    fold = foldBox.checked;
    try {
      if (fold) localStorage.setItem(FOLD_KEY, '1');
      else localStorage.removeItem(FOLD_KEY);
    } catch {
      // Not remembered.
    }
    update();
  });
  const onUnits = () => {
    units = { money: money.value, people: people.value };
    saveUnits(units);
    update();
  };
  money.addEventListener('change', onUnits);
  people.addEventListener('change', onUnits);
  return {
    check: (index, control) => setMarks(index, { checked: control.checked }, 'check'),
    drop: (index) => setMarks(index, { dropped: true }, 'restore'),
    restore: (index) => setMarks(index, { dropped: false }, 'drop'),
    edit: (index) => openEditor(index),
  };
}

/** The rows to show for `report` of `text` (the parser's own array when nothing is changed). */
export function rowsFor(text, report) {
  edits.use(text);
  base = report?.rows ?? [];
  recompute();
  return shown;
}

/** The rows to show now (after a change reported by onChange). */
export function currentRows() {
  return shown;
}

/** @type {Promise<void> | null} */
let pending = null;

/**
 * The rows to show, from the parser's and the edits. A row whose numbers
 * the edits or the units changed has no cells (edits.js, units.js): the
 * library writes them (the worker's on-demand module) and the rows are
 * shown again then; until then `rowsPending()`.
 */
function recompute() {
  corrected = correctedRows(base, edits, { fold });
  shown = corrected;
  const mine = ++seq;
  const converting = !isAsWritten(units) && corrected.length > 0;
  if (!converting && corrected.every((row) => row.cells)) {
    pending = null;
    return Promise.resolve();
  }
  const done = (converting ? convertRows(corrected, units) : Promise.resolve(corrected))
    .then((rows) => withCells(rows, language()))
    .then((rows) => {
      if (mine !== seq) return;
      pending = null;
      shown = rows;
      changed();
    })
    .catch((error) => {
      // The rows stay as they are; the page says why.
      if (mine !== seq) return;
      pending = null;
      failed(error);
      changed(); // the table is no longer busy
    });
  pending = done;
  return done;
}

/** Whether rows are waiting for their cells (the table stays aria-busy). */
export function rowsPending() {
  return pending !== null;
}

/**
 * `rows` with the cells the library writes for those that have none (copies).
 * @param {any[]} rows
 * @param {string} lang
 */
async function withCells(rows, lang) {
  const missing = rows.filter((row) => !row.cells);
  if (!missing.length) return rows;
  const cells = await rowCells(missing, lang);
  const filled = new Map(missing.map((row, k) => [row, { ...row, cells: cells[k] }]));
  return rows.map((row) => filled.get(row) ?? row);
}

/** Shows the rows anew; resolves once their cells are written too. */
function update(focus) {
  const done = recompute();
  changed();
  if (focus) refocus(focus);
  return done;
}

function refocus({ index, act }) {
  requestAnimationFrame(() => {
    // Without scrolling: the row is where the person just was (or scrolled away since).
    /** @type {HTMLElement | null} */ (document.querySelector(`#body tr[data-index="${index}"] [data-act="${act}"]`))?.focus({ preventScroll: true });
  });
}

// ---------- changing a row ----------

function keyOf(index) {
  return rowKeys(base)[index];
}

function editOf(index) {
  const edit = edits.get(keyOf(index));
  return { set: {}, edited: [], checked: false, dropped: false, ...edit };
}

function setMarks(index, marks, focusAct) {
  edits.put(keyOf(index), { ...editOf(index), ...marks });
  update({ index, act: focusAct });
}

// Fields typed in a converted unit keep that unit: a value and its unit go together.
const GROUPS = [
  ['value', 'valueMax', 'unit'],
  ['change', 'changeMax', 'changeUnit'],
];
const same = (a, b) => (a ?? null) === (b ?? null);

/** The edit after the person typed `fields` over the row `shownRow`. */
function merge(edit, original, shownRow, fields) {
  const set = { ...edit.set };
  const edited = new Set(edit.edited);
  for (const field of EDITABLE) {
    if (same(fields[field], shownRow[field])) continue;
    edited.add(field);
    const group = GROUPS.find((g) => g.includes(field)) ?? [field];
    for (const f of group) set[f] = fields[f] ?? null;
  }
  // Typed back to what the report says: no longer an edit.
  const singles = EDITABLE.filter((f) => !GROUPS.flat().includes(f)).map((f) => [f]);
  for (const group of [...GROUPS, ...singles]) {
    if (group.every((f) => same(f in set ? set[f] : original[f], original[f]))) {
      for (const f of group) {
        delete set[f];
        edited.delete(f);
      }
    }
  }
  return { ...edit, set, edited: EDITABLE.filter((f) => edited.has(f)) };
}

async function openEditor(index) {
  const row = shown[index];
  if (!row) return;
  // Applied before the dialog closes: the table shows the edit, cells
  // written by the library, as the dialog goes.
  /** @param {{ action: 'save', fields: object } | { action: 'reset' }} answer */
  const apply = (answer) => {
    const edit = editOf(index);
    const next = answer.action === 'reset' ? { ...edit, set: {}, edited: [] } : merge(edit, base[index], row, answer.fields);
    edits.put(keyOf(index), next);
    return update();
  };
  await editRow(row, index + 1, apply);
  refocus({ index, act: 'edit' });
}

// ---------- exports and the evidence view ----------

/** The report the exports write: the rows shown (indices), corrected, without the dropped ones. */
export function exportReport(report, indices) {
  const rows = [];
  for (const i of indices) if (!corrected[i].dropped) rows.push(corrected[i]);
  return { meta: report.meta, rows, notes: report.notes };
}

/** render()'s options for `format`: the units chosen. */
export function exportOptions(format) {
  return isAsWritten(units) ? format : { format, ...renderOptions(units) };
}

/** toXlsx()'s options: the units chosen, or null. */
export function xlsxOptions() {
  return isAsWritten(units) ? null : renderOptions(units);
}

/** Row `index` and the rows folded into it (their evidence is its evidence too). */
export function mentionsOf(index) {
  const all = [index];
  if (shown[index]?.also?.length) shown.forEach((row, i) => row.foldedInto === index && all.push(i));
  return all;
}

/** The row shown for row `index`: itself, or the one it is folded into. */
export function shownIndex(index) {
  return shown[index]?.foldedInto ?? index;
}

/** A few words on what the person changed, for the status line ('' when nothing). */
export function editSummary() {
  let edited = 0;
  let dropped = 0;
  let checked = 0;
  for (const row of corrected) {
    if (row.edited?.length) edited++;
    if (row.dropped) dropped++;
    if (row.checked) checked++;
  }
  const folded = fold ? foldedCount(corrected) : 0;
  const parts = Object.entries({ sumEdited: edited, sumDropped: dropped, sumChecked: checked, sumFolded: folded })
    .filter(([, n]) => n > 0)
    .map(([key, n]) => t(key, { n }));
  return parts.length ? t('editSummary', { parts: parts.join(t('sumJoin')) }) : '';
}

/** Forgets the edits of the current text (the page's "clear text"). */
export function forgetEdits() {
  edits.clear();
}
