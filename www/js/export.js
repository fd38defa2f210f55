// Rows as the page shows them (display text for cells) and file names. Pure
// functions: no DOM. The CSV/TSV/JSON files come from the Rust renderers
// (engine.js renderReport), not from here.

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

// A label a web page or crawler put before the title (标题：…, 【标题】…).
const TITLE_LABEL = /^\s*(?:【\s*(?:标题|题目|title)\s*】|(?:标题|题目|title)\s*[:：])\s*/i;

/** A file name from the report's title, safe on Windows, macOS and Linux. */
export function fileName(title, extension) {
  const cleaned = (title ?? '')
    .replace(TITLE_LABEL, '')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return `${cleaned || 'zhibiao'}.${extension}`;
}
