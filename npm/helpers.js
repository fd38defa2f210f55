// Reports out as spreadsheet text, the same bytes as the CLI's
// `--format csv` and `--format tsv` for one document. Pure functions, no
// wasm: a Report from parse() in, a string out.

/** The columns, in order (Chinese, as Excel/WPS users expect them). */
export const HEADERS = Object.freeze([
  '指标', '标准名称', '核心', '数值', '数值上限', '单位', '数值限定', '变化', '变化上限',
  '变化单位', '变化限定', '类型', '期间', '类别', '依据', '起', '止',
]);

const STATUS = { actual: '实际', estimate: '预计', target: '目标' };
const QUALIFIER = { approx: '约', atLeast: '以上', atMost: '以内' };
/** Shown in place of a value the report redacted (XX亿元). */
const PLACEHOLDER = 'XX';

/** A number as people write it: 22 not 22.0, no exponent, -0 as 0 (as the CLI writes it). */
export function formatNumber(n) {
  if (n === 0) return '0';
  const text = String(n);
  return /e/.test(text) ? expandExponent(text) : text;
}

// "1.5e+22" → "15000000000000000000000", "1e-7" → "0.0000001": the same
// shortest digits, written out.
function expandExponent(text) {
  const [, sign, whole, fraction = '', exponent] = text.match(/^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/);
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const number = (n) => ({ number: n === null || n === undefined ? null : formatNumber(n) });
const text = (s) => ({ text: s ?? '' });

/** One row's cells in HEADERS order: {number} or {text}. */
export function rowCells(row) {
  const value = row.placeholder && row.value == null ? text(PLACEHOLDER) : number(row.value);
  return [
    text(row.indicator),
    text(row.canonical),
    text(row.core ? '是' : '否'),
    value,
    number(row.valueMax),
    text(row.unit),
    text(QUALIFIER[row.valueQualifier]),
    number(row.change),
    number(row.changeMax),
    text(row.changeUnit),
    text(QUALIFIER[row.changeQualifier]),
    text(STATUS[row.status]),
    text(row.period),
    text(row.category),
    text(row.evidence),
    number(row.start),
    number(row.end),
  ];
}

/** Text a spreadsheet would run as a formula gets a leading apostrophe. */
function safeText(cell) {
  if (cell.number !== undefined) return cell.number ?? '';
  return /^[=+\-@\t\r]/.test(cell.text) ? `'${cell.text}` : cell.text;
}

function csvField(field) {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** CSV for Excel/WPS: UTF-8 BOM (Excel needs it for Chinese), CRLF, RFC 4180 quoting. */
export function toCSV(report) {
  const lines = [HEADERS.join(',')];
  for (const row of report.rows) lines.push(rowCells(row).map((c) => csvField(safeText(c))).join(','));
  return '\uFEFF' + lines.map((l) => l + '\r\n').join('');
}

/** Tab-separated text for pasting into a spreadsheet: no quoting, tabs and line breaks become spaces. */
export function toTSV(report) {
  const lines = [HEADERS.join('\t')];
  for (const row of report.rows) {
    lines.push(rowCells(row).map((c) => safeText(c).replace(/[\t\r\n]/g, ' ')).join('\t'));
  }
  return lines.map((l) => l + '\n').join('');
}
