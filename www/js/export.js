// Rows out of the page: display text for cells, CSV/TSV/JSON for Excel/WPS
// and scripts, and file names. Pure functions: no DOM.

/** A number as people write it: no float noise (0.1+0.2), no exponent. */
export function formatNumber(n) {
  if (n === null || n === undefined) return '';
  return String(Number(n.toPrecision(12)));
}

function range(min, max) {
  if (min === null || min === undefined) return '';
  return max === null || max === undefined ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
}

/** The 数值 cell: value or range; redacted values are marked, not invented. */
export function valueText(row, t) {
  if (row.placeholder) return t('redacted');
  return range(row.value, row.valueMax);
}

/** The 变化 cell: signed change with its unit, e.g. "+5.2 %", "-0.3 个百分点". */
export function changeText(row) {
  if (row.change === null || row.change === undefined) return '';
  const sign = row.change > 0 ? '+' : '';
  const unit = row.changeUnit ? ` ${row.changeUnit}` : '';
  return sign + range(row.change, row.changeMax) + unit;
}

/** The 限定 cell: the value's qualifier as is, the change's one named so. */
export function qualifierText(row, t) {
  const parts = [];
  if (row.valueQualifier) parts.push(t(row.valueQualifier));
  if (row.changeQualifier) parts.push(`${t('qualChange')}${t(row.changeQualifier)}`);
  return parts.join('；');
}

/** One line describing a row, for tooltips and the source view. */
export function describeRow(row, t) {
  const value = valueText(row, t);
  const parts = [row.canonical ?? row.indicator];
  if (value) parts.push(`${value}${row.unit ? ' ' + row.unit : ''}`);
  const change = changeText(row);
  if (change) parts.push(change);
  return parts.join(' ');
}

/** Columns of the exported files: raw fields, so spreadsheets get numbers. */
export const EXPORT_COLUMNS = [
  ['colIndicator', (r) => r.indicator],
  ['colCanonical', (r) => r.canonical],
  ['colCore', (r, t) => t(r.core ? 'yes' : 'no')],
  ['colValue', (r) => r.value],
  ['colValueMax', (r) => r.valueMax],
  ['colUnit', (r) => r.unit],
  ['colValueQualifier', (r, t) => (r.valueQualifier ? t(r.valueQualifier) : null)],
  ['colPlaceholder', (r, t) => t(r.placeholder ? 'yes' : 'no')],
  ['colChange', (r) => r.change],
  ['colChangeMax', (r) => r.changeMax],
  ['colChangeUnit', (r) => r.changeUnit],
  ['colChangeQualifier', (r, t) => (r.changeQualifier ? t(r.changeQualifier) : null)],
  ['colStatus', (r, t) => t(r.status)],
  ['colPeriod', (r) => r.period],
  ['colCategory', (r) => r.category],
  ['colEvidence', (r) => r.evidence],
];

/**
 * A cell as spreadsheet text. Numbers stay numbers. Text that a spreadsheet
 * would run as a formula (= + - @, also tab/CR which some treat alike) gets a
 * leading apostrophe: pasted report text must never become a formula.
 */
export function spreadsheetCell(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value);
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function tableOf(rows, t) {
  const header = EXPORT_COLUMNS.map(([key]) => t(key));
  const body = rows.map((row) => EXPORT_COLUMNS.map(([, get]) => spreadsheetCell(get(row, t))));
  return [header, ...body];
}

function csvField(text) {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV with a UTF-8 BOM (Excel needs it to read Chinese) and CRLF lines. */
export function toCsv(rows, t) {
  return '\uFEFF' + tableOf(rows, t).map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Tab-separated text for the clipboard; Excel and WPS split it into cells. */
export function toTsv(rows, t) {
  return tableOf(rows, t)
    .map((cells) => cells.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t'))
    .join('\r\n');
}

/** The report as JSON, rows as shown (start/end are UTF-16 offsets). */
export function toJson(report, rows) {
  return JSON.stringify({ meta: report.meta, rows, notes: report.notes }, null, 2) + '\n';
}

/** A file name from the report's title, safe on Windows, macOS and Linux. */
export function fileName(title, extension) {
  const cleaned = (title ?? '')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return `${cleaned || 'zhibiao'}.${extension}`;
}
