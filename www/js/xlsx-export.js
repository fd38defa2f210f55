// XLSX export. The sheet writer is in the second wasm module (pkg/zhibiao_xlsx*,
// with the renderers), run by the parser's worker (engine.js) and fetched
// the first time the user asks for a download: the page's first load
// carries only the parser.
import { xlsxReport, ExportUnavailable } from './engine.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The module could not be fetched (offline before its first use): not a bug to show raw. */
export { ExportUnavailable as XlsxUnavailable };

/** The workbook of a report (the rows shown, with its meta), as bytes; `options`: the units ({money, people}) or null. */
export async function xlsxBytes(report, options = null) {
  return xlsxReport(report, options);
}
