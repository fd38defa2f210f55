// XLSX export. The sheet writer is a second wasm module (~280 KB gzip,
// pkg/zhibiao_xlsx*), fetched the first time the user asks for a workbook:
// the page's first load carries only the parser.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let module = null;

function loadXlsxModule() {
  module ??= import('../pkg/zhibiao_xlsx.js')
    .then(async (m) => {
      await m.default();
      return m;
    })
    .catch((error) => {
      module = null; // offline or missing: let the next click try again
      throw error;
    });
  return module;
}

/** The workbook of `rows` (those shown) with the report's meta, as bytes. */
export async function xlsxBytes(report, rows) {
  const { toXlsx } = await loadXlsxModule();
  return toXlsx({ meta: report.meta, rows, notes: report.notes });
}
