// A row in a line of words and file names. Pure functions: no DOM. The
// cells (numbers as shown) are the library's (render/cells.rs, written into
// each row by the parse or the worker), the CSV/TSV/JSON files the Rust
// renderers' (engine.js renderReport): nothing is formatted here.

/**
 * One line describing a row, for tooltips and the source view: its name
 * and its cells as the library wrote them (`row.cells`: the parse's, or
 * the worker's for a corrected or converted row).
 * @param {{ indicator: string, canonical?: string | null, unit?: string | null, cells?: string[] }} row
 */
export function describeRow(row) {
  const [value = '', change = ''] = row.cells ?? [];
  const parts = [row.canonical ?? row.indicator];
  if (value) parts.push(`${value}${row.unit ?? ''}`);
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
