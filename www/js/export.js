// Rows as the page shows them (display text for cells) and file names. Pure
// functions: no DOM. The CSV/TSV/JSON files come from the Rust renderers
// (engine.js renderReport), not from here.

/** A number as people write it: no float noise (0.1+0.2), no exponent. */
export function formatNumber(n) {
  if (n === null || n === undefined) return '';
  return String(Number(n.toPrecision(12)));
}

// A number in the report's text: ASCII or full-width digits, thousands
// separators, a decimal point.
const WRITTEN_NUMBER = /[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?/g;
const toAscii = (s) => s.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * `n` as the evidence writes it (增长5.0% → "5.0", 1,349,084 stays so), else
 * as formatNumber does; a negative change (下降0.3) gets its minus sign.
 */
export function asWritten(n, evidence) {
  if (n === null || n === undefined) return '';
  const size = Math.abs(n);
  for (const [text] of (evidence ?? '').matchAll(WRITTEN_NUMBER)) {
    const ascii = toAscii(text);
    const value = Number(ascii.replace(/,/g, ''));
    if (Math.abs(value - size) <= 1e-9 * Math.max(1, size)) return (n < 0 ? '-' : '') + ascii;
  }
  return formatNumber(n);
}

function range(min, max, evidence) {
  if (min === null || min === undefined) return '';
  const low = asWritten(min, evidence);
  return max === null || max === undefined ? low : `${low}–${asWritten(max, evidence)}`;
}

// A value or change shown in another unit (units.js) is not the evidence's number.
const writtenIn = (row, converted) => (converted ? '' : row.evidence);

/** The 数值 cell: value or range as written; redacted values are marked, not invented. */
export function valueText(row, t) {
  if (row.placeholder) return t('redacted');
  return range(row.value, row.valueMax, writtenIn(row, row.valueConverted));
}

/** The 变化 cell: the change as written, with its unit and no space: "5.0%", "-0.3个百分点". */
export function changeText(row) {
  if (row.change === null || row.change === undefined) return '';
  return range(row.change, row.changeMax, writtenIn(row, row.changeConverted)) + (row.changeUnit ?? '');
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
  if (value) parts.push(`${value}${row.unit ?? ''}`);
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
