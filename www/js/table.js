// The indicator table: columns, filters, sorting and rendering. Cells are
// filled with textContent only. Large tables render in chunks so the page
// stays responsive.
import { t } from './i18n.js';
import { valueText, changeText, qualifierText, describeRow } from './export.js';

export const COLUMNS = [
  { key: 'indicator', label: 'colIndicator', text: (r) => r.indicator },
  { key: 'canonical', label: 'colCanonical', text: (r) => r.canonical ?? '' },
  { key: 'value', label: 'colValue', text: (r) => valueText(r, t), number: (r) => r.value },
  { key: 'unit', label: 'colUnit', text: (r) => r.unit ?? '' },
  { key: 'change', label: 'colChange', text: (r) => changeText(r), number: (r) => r.change },
  { key: 'qualifier', label: 'colQualifier', text: (r) => qualifierText(r, t) },
  { key: 'status', label: 'colStatus', text: (r) => t(r.status) },
  { key: 'period', label: 'colPeriod', text: (r) => r.period ?? '', code: true },
  { key: 'category', label: 'colCategory', text: (r) => r.category ?? '' },
];

// The first screenful renders at once; the rest follows in small tasks so a
// table of thousands of rows never blocks the page (text shaping of the cells
// costs ~0.15 ms a row).
const FIRST_CHUNK = 50;
const CHUNK = 150;
const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Indices of `rows` that pass the filters, in the chosen order. */
export function visibleIndices(rows, filters, sort) {
  const needle = filters.search.trim().toLowerCase();
  const shown = [];
  rows.forEach((row, i) => {
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

function matches(row, needle) {
  return [row.indicator, row.canonical, row.evidence, row.unit, row.period]
    .some((s) => s && s.toLowerCase().includes(needle));
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
  const colgroup = headRow.closest('table').querySelector('colgroup');
  colgroup.replaceChildren(
    ...COLUMNS.map((column) => {
      const col = document.createElement('col');
      col.className = `col-${column.key}`;
      return col;
    }),
  );
  headRow.replaceChildren(
    ...COLUMNS.map((column) => {
      const th = document.createElement('th');
      th.scope = 'col';
      th.dataset.key = column.key;
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

/**
 * Renders `indices` of `rows` into `tbody`. The first rows appear at once
 * (then `onFirst`), the rest in later tasks (then `onDone`); a newer call
 * cancels an unfinished one.
 */
export function renderBody(tbody, rows, indices, { onFirst, onDone } = {}) {
  const token = ++renderToken;
  tbody.replaceChildren();
  let next = 0;
  const step = (count) => {
    if (token !== renderToken) return;
    const fragment = document.createDocumentFragment();
    const stop = Math.min(indices.length, next + count);
    for (; next < stop; next++) fragment.append(rowElement(rows[indices[next]], indices[next], next));
    tbody.append(fragment);
    if (next < indices.length) setTimeout(() => step(CHUNK), 0);
    else onDone?.();
  };
  step(FIRST_CHUNK);
  onFirst?.();
}

function rowElement(row, index, position) {
  const tr = document.createElement('tr');
  tr.dataset.index = String(index);
  tr.tabIndex = position === 0 ? 0 : -1;
  tr.title = t('rowTitle', { i: index + 1, desc: describeRow(row, t) });
  if (row.core) tr.classList.add('core');
  for (const column of COLUMNS) {
    const td = document.createElement('td');
    td.textContent = column.text(row);
    if (column.number) td.className = 'num';
    else if (column.code) td.className = 'code';
    tr.append(td);
  }
  return tr;
}

/** Cycles a column through ascending, descending and text order. */
export function nextSort(sort, key) {
  if (sort.key !== key) return { key, dir: 'ascending' };
  if (sort.dir === 'ascending') return { key, dir: 'descending' };
  return { key: null, dir: null };
}
