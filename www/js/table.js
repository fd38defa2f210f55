// The indicator table: columns, filters, sorting and rendering. Cells are
// filled with textContent only. Large tables render in chunks so the page
// stays responsive.
import { t, categoryName } from './i18n.js';
import { describeRow } from './export.js';

export const COLUMNS = [
  { key: 'indicator', label: 'colIndicator', text: (r) => r.indicator },
  { key: 'canonical', label: 'colCanonical', text: (r) => r.canonical ?? '' },
  // Shown only when the rows name more than one place (showRegionColumn).
  { key: 'region', label: 'colRegion', text: (r) => r.region ?? '', optional: true },
  // The library's cells (row.cells: render/cells.rs), in the page's language.
  { key: 'value', label: 'colValue', text: (r) => r.cells?.[0] ?? '', number: (r) => r.value },
  { key: 'unit', label: 'colUnit', text: (r) => r.unit ?? '', word: true },
  { key: 'change', label: 'colChange', text: (r) => r.cells?.[1] ?? '', number: (r) => r.change },
  { key: 'qualifier', label: 'colQualifier', text: (r) => r.cells?.[2] ?? '', word: true },
  { key: 'status', label: 'colStatus', text: (r) => t(r.status), word: true },
  { key: 'period', label: 'colPeriod', text: (r) => r.period ?? '', code: true },
  { key: 'category', label: 'colCategory', text: (r) => categoryName(r.category), word: true },
  // Check, correct, drop (edits.js keeps what they do); not sortable.
  { key: 'actions', label: 'colActions', actions: true },
];

let regionShown = false;

/** The columns drawn: the region's only when a text speaks of several places. */
export function shownColumns() {
  return regionShown ? COLUMNS : COLUMNS.filter((c) => !c.optional);
}

/**
 * Shows the 地区 column when `rows` have more than one distinct region (a
 * provincial report's cities); rows without the field leave it hidden.
 * Returns whether that changed (the header must then be drawn again).
 */
export function showRegionColumn(rows) {
  const regions = new Set();
  for (const row of rows) if (row.region) regions.add(row.region);
  const show = regions.size > 1;
  const changed = show !== regionShown;
  regionShown = show;
  return changed;
}

// The fields (edits.js EDITABLE) each column shows, for its "edited" mark.
const SHOWS = {
  indicator: ['indicator'],
  canonical: ['canonical'],
  value: ['value', 'valueMax'],
  unit: ['unit'],
  change: ['change', 'changeMax', 'changeUnit'],
  status: ['status'],
  period: ['period'],
};

// Up to VIRTUAL_FROM rows: every row is in the table, the first screenful at
// once and the rest in small tasks (text shaping of the cells costs ~0.15 ms
// a row). Beyond: a virtual table, only the rows on screen (and a few around)
// exist, each one line high, so 15 000 rows scroll like 50.
// The first chunk is what the table shows of a screen at most (its box is
// the window's height less ~17rem, a one-line row ~34 px high: 18 rows at
// 900 px, where rows average 50 px and 10 show): each row more is time
// before the table shows.
const FIRST_CHUNK = Math.min(60, Math.max(12, Math.ceil(globalThis.innerHeight / 50) || 30));
const CHUNK = 150;
const VIRTUAL_FROM = 400;
const OVERSCAN = 12;
const collator = new Intl.Collator('zh-CN', { numeric: true });

// What search looks in, lower-cased once per row (a report's rows do not change
// while it is shown), so a keystroke over 15 000 rows is one pass of includes().
const haystacks = new WeakMap();
function haystack(row) {
  let text = haystacks.get(row);
  if (text === undefined) {
    text = [row.indicator, row.canonical, row.region, row.evidence, row.unit, row.period].filter(Boolean).join('\u0001').toLowerCase();
    haystacks.set(row, text);
  }
  return text;
}

/** Indices of `rows` that pass the filters, in the chosen order. */
export function visibleIndices(rows, filters, sort) {
  const needle = filters.search.trim().toLowerCase();
  const shown = [];
  rows.forEach((row, i) => {
    if (row.foldedInto !== undefined) return;
    if (filters.coreOnly && !row.core) return;
    if (filters.status && row.status !== filters.status) return;
    if (filters.category && row.category !== filters.category) return;
    if (needle && !matches(row, needle)) return;
    shown.push(i);
  });
  if (!sort.key) return shown;
  const column = COLUMNS.find((c) => c.key === sort.key);
  const dir = sort.dir === 'descending' ? -1 : 1;
  const compare = column.number ? byNumber(rows, column.number) : byText(rows, column.text);
  // Rows without a value go last whatever the direction; ties keep text order.
  return shown.sort((a, b) => compare(a, b, dir) || a - b);
}

/** Lower-cases the rows' search text in tasks of a few ms, so the first search is quick too. */
export function warmSearch(rows) {
  let at = 0;
  const step = () => {
    const deadline = performance.now() + 6;
    while (at < rows.length) {
      haystack(rows[at++]);
      if ((at & 255) === 0 && performance.now() > deadline) break;
    }
    if (at < rows.length) setTimeout(step, 0);
  };
  setTimeout(step, 0);
}

function matches(row, needle) {
  return haystack(row).includes(needle);
}

function byNumber(rows, get) {
  return (a, b, dir) => {
    const x = get(rows[a]);
    const y = get(rows[b]);
    if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
    if (y === null || y === undefined) return -1;
    return (x - y) * dir;
  };
}

function byText(rows, get) {
  return (a, b, dir) => {
    const x = get(rows[a]);
    const y = get(rows[b]);
    if (!x) return y ? 1 : 0;
    if (!y) return -1;
    return collator.compare(x, y) * dir;
  };
}

/** The header: one sort button per column, aria-sort on the sorted one. */
export function renderHead(headRow, sort, onSort) {
  // Fixed column widths: the browser lays out rows without measuring them all.
  const table = headRow.closest('table');
  table.classList.toggle('with-region', regionShown);
  const colgroup = table.querySelector('colgroup');
  colgroup.replaceChildren(
    ...shownColumns().map((column) => {
      const col = document.createElement('col');
      col.className = `col-${column.key}`;
      return col;
    }),
  );
  headRow.replaceChildren(
    ...shownColumns().map((column) => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.dataset.key = column.key;
      if (column.actions) {
        th.textContent = t(column.label);
        return th;
      }
      if (sort.key === column.key) th.setAttribute('aria-sort', sort.dir);
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = t(column.label);
      button.addEventListener('click', () => onSort(column.key));
      th.append(button);
      return th;
    }),
  );
}

let renderToken = 0;
let virtual = null;
// Row classes (selected, hover) that rows drawn later must get too.
const marked = { selected: new Set(), hover: new Set() };

/**
 * Renders `indices` of `rows` into `tbody`. The first rows appear at once
 * (then `onFirst`), the rest in later tasks (then `onDone`); a newer call
 * cancels an unfinished one. Many rows: a virtual table (see VIRTUAL_FROM).
 */
/**
 * @param {HTMLElement} tbody
 * @param {any[]} rows
 * @param {number[]} indices
 * @param {{ onFirst?: () => void, onDone?: () => void }} [callbacks]
 */
export function renderBody(tbody, rows, indices, { onFirst, onDone } = {}) {
  const token = ++renderToken;
  current = { rows, indices };
  virtual?.stop();
  virtual = null;
  const table = tbody.closest('table');
  table.setAttribute('aria-rowcount', String(indices.length + 1));
  if (indices.length > VIRTUAL_FROM) {
    virtual = new VirtualBody(tbody, rows, indices);
    onFirst?.();
    onDone?.();
    return;
  }
  // When the new first screenful fills the table, the old rows go in the
  // next task, out of sight below it meanwhile: taking ~180 rows and their
  // controls down costs ~3 ms, better spent once the table shows.
  let stale = indices.length >= FIRST_CHUNK && !table.classList.contains('virtual') ? [...tbody.children] : null;
  table.classList.remove('virtual');
  if (!stale) tbody.replaceChildren();
  let next = 0;
  const step = (count) => {
    // A cancelled render leaves the DOM alone: its old rows are the newer
    // render's to take down (removing them here could pull out the row the
    // newer one inserts before).
    if (token !== renderToken) return;
    if (stale && next > 0) {
      for (const tr of stale) tr.remove();
      stale = null;
    }
    const fragment = document.createDocumentFragment();
    const stop = Math.min(indices.length, next + count);
    for (; next < stop; next++) fragment.append(rowElement(current.rows[indices[next]], indices[next], next));
    tbody.insertBefore(fragment, stale?.[0] ?? null);
    drawing = next < indices.length || !!stale;
    if (drawing) setTimeout(() => step(CHUNK), 0);
    else onDone?.();
  };
  step(FIRST_CHUNK);
  onFirst?.();
}

// The rows and order drawn (or being drawn) by renderBody, and whether it
// is still drawing them (or taking the old ones down).
let current = { rows: [], indices: [] };
let drawing = false;

/**
 * Redraws, in place, the rows of `rows` that are not the objects drawn, when
 * the table shows the same rows in the same order (a row checked, dropped or
 * corrected): the scroll position and the rest of the table stay. Returns
 * false when the order changed; then renderBody it is.
 */
export function updateBody(tbody, rows, indices) {
  const same = indices.length === current.indices.length && indices.every((i, k) => i === current.indices[k]);
  if (!same || (drawing && !virtual)) return false;
  const before = current.rows;
  current = { rows, indices };
  if (virtual) {
    virtual.rows = rows;
    for (const [position, tr] of virtual.drawn) {
      const index = indices[position];
      if (rows[index] === before[index]) continue;
      const fresh = rowElement(rows[index], index, position);
      fresh.tabIndex = tr.tabIndex;
      tr.replaceWith(fresh);
      virtual.drawn.set(position, fresh);
    }
    return true;
  }
  for (const tr of tbody.querySelectorAll('tr[data-index]')) {
    const index = Number(tr.dataset.index);
    if (rows[index] === before[index]) continue;
    const fresh = rowElement(rows[index], index, Number(tr.getAttribute('aria-rowindex')) - 2);
    fresh.tabIndex = tr.tabIndex;
    tr.replaceWith(fresh);
  }
  return true;
}

/** The rows on screen of a long table, redrawn as it scrolls. */
class VirtualBody {
  constructor(tbody, rows, indices) {
    this.tbody = tbody;
    this.rows = rows;
    this.indices = indices;
    this.scroller = tbody.closest('.table-wrap');
    this.rowHeight = 0;
    this.window = [0, 0];
    this.drawn = new Map(); // position → tr
    this.frame = 0;
    tbody.closest('table').classList.add('virtual');
    this.onScroll = () => {
      this.frame ||= requestAnimationFrame(() => {
        this.frame = 0;
        this.draw();
      });
    };
    this.scroller.addEventListener('scroll', this.onScroll, { passive: true });
    this.topSpacer = spacer();
    this.bottomSpacer = spacer();
    tbody.replaceChildren(this.topSpacer, this.bottomSpacer);
    this.draw();
  }

  stop() {
    this.scroller.removeEventListener('scroll', this.onScroll);
    cancelAnimationFrame(this.frame);
  }

  draw(force = false) {
    const n = this.indices.length;
    const height = this.rowHeight || 32;
    const top = Math.max(0, this.scroller.scrollTop - this.tbody.offsetTop);
    const first = Math.max(0, Math.floor(top / height) - OVERSCAN);
    const last = Math.min(n, Math.ceil((top + this.scroller.clientHeight) / height) + OVERSCAN);
    if (!force && first === this.window[0] && last === this.window[1]) return;
    this.window = [first, last];
    const keep = new Map();
    const trs = [];
    for (let pos = first; pos < last; pos++) {
      const tr = this.drawn.get(pos) ?? rowElement(this.rows[this.indices[pos]], this.indices[pos], pos);
      keep.set(pos, tr);
      trs.push(tr);
    }
    this.drawn = keep;
    this.topSpacer.style.height = `${first * height}px`;
    this.bottomSpacer.style.height = `${(n - last) * height}px`;
    // Rows kept stay in the document (focus and hover survive a scroll).
    const focused = /** @type {HTMLElement | null} */ (document.activeElement);
    this.tbody.replaceChildren(this.topSpacer, ...trs, this.bottomSpacer);
    if (focused && trs.includes(focused)) focused.focus({ preventScroll: true });
    if (!this.rowHeight && trs.length) {
      this.rowHeight = trs[0].getBoundingClientRect().height || 32;
      if (this.rowHeight !== height) this.draw(true);
    }
  }

  /** Makes the row at `position` exist and be on screen. */
  reveal(position) {
    const height = this.rowHeight || 32;
    const y = this.tbody.offsetTop + position * height;
    const view = this.scroller;
    if (y < view.scrollTop || y + height > view.scrollTop + view.clientHeight) {
      view.scrollTop = Math.max(0, y - view.clientHeight / 2);
    }
    this.draw();
    return this.drawn.get(position) ?? null;
  }
}

function spacer() {
  const tr = document.createElement('tr');
  tr.className = 'spacer';
  tr.setAttribute('aria-hidden', 'true');
  const td = document.createElement('td');
  td.colSpan = shownColumns().length;
  tr.append(td);
  return tr;
}

/** The tr of row `index` (shown rows only), scrolled into view; null if filtered out. */
export function revealRow(tbody, indices, index) {
  const position = indices.indexOf(index);
  if (position < 0) return null;
  if (virtual) return virtual.reveal(position);
  const tr = tbody.querySelector(`tr[data-index="${index}"]`);
  tr?.scrollIntoView({ block: 'nearest' });
  return tr;
}

/** Gives rows `indices` the class `name` (selected, hover), now and when drawn later. */
export function markRows(tbody, name, indices) {
  marked[name] = new Set(indices);
  for (const tr of tbody.querySelectorAll(`tr.${name}`)) tr.classList.remove(name);
  for (const i of indices) tbody.querySelector(`tr[data-index="${i}"]`)?.classList.add(name);
}

function rowElement(row, index, position) {
  const tr = document.createElement('tr');
  tr.dataset.index = String(index);
  tr.setAttribute('aria-rowindex', String(position + 2));
  tr.tabIndex = position === 0 ? 0 : -1;
  tr.title = t('rowTitle', { i: index + 1, desc: describeRow(row) });
  if (row.core) tr.classList.add('core');
  if (row.dropped) tr.classList.add('dropped');
  if (row.checked) tr.classList.add('checked');
  for (const name of Object.keys(marked)) if (marked[name].has(index)) tr.classList.add(name);
  for (const column of shownColumns()) {
    const td = document.createElement('td');
    if (column.actions) {
      td.className = 'actions';
      td.append(...actionControls(row, index));
      tr.append(td);
      continue;
    }
    td.textContent = column.text(row);
    if (column.number) td.className = 'num';
    else if (column.code) td.className = 'code';
    else if (column.word) td.className = 'word';
    if (column.key === 'indicator' && row.also?.length) {
      // Folded mentions: the count drawn after the name (CSS), the evidences in the tooltip.
      td.dataset.mentions = `×${row.also.length + 1}`;
      td.title = t('mentionsTitle', { n: row.also.length + 1, list: [row, ...row.also].map((m) => m.evidence).join('\n') });
    }
    if (row.edited?.length && SHOWS[column.key]?.some((f) => row.edited.includes(f))) {
      td.classList.add('edited');
      td.title = t('cellEdited', { was: column.text(row.original) || t('cellEmpty') });
    }
    tr.append(td);
  }
  return tr;
}

/** A row's controls: checked, correct, drop or restore. */
function actionControls(row, index) {
  const n = index + 1;
  const check = document.createElement('input');
  check.type = 'checkbox';
  check.dataset.act = 'check';
  check.checked = !!row.checked;
  check.setAttribute('aria-label', t('actCheck', { i: n }));
  check.title = t('actCheckTitle');
  const edit = actionButton('edit', '✎', t('actEdit', { i: n }));
  const drop = row.dropped ? actionButton('restore', '↺', t('actRestore', { i: n })) : actionButton('drop', '✕', t('actDrop', { i: n }));
  return [check, edit, drop];
}

function actionButton(act, symbol, label) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'act';
  button.dataset.act = act;
  button.textContent = symbol;
  button.setAttribute('aria-label', label);
  button.title = label;
  return button;
}

/**
 * Calls `on[act](index, control)` when a row's control is used (one listener
 * for the whole body: rows come and go as the table scrolls).
 */
export function wireRowActions(tbody, on) {
  tbody.addEventListener('click', (event) => {
    const control = event.target.closest('[data-act]');
    if (!control || control.dataset.act === 'check') return;
    on[control.dataset.act]?.(Number(control.closest('tr').dataset.index), control);
  });
  tbody.addEventListener('change', (event) => {
    const control = event.target.closest('[data-act="check"]');
    if (control) on.check?.(Number(control.closest('tr').dataset.index), control);
  });
}

/** Cycles a column through ascending, descending and text order. */
export function nextSort(sort, key) {
  if (sort.key !== key) return { key, dir: 'ascending' };
  if (sort.dir === 'ascending') return { key, dir: 'descending' };
  return { key: null, dir: null };
}
