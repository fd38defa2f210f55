// XLSX export. The sheet writer is a second wasm module (~280 KB gzip,
// pkg/zhibiao_xlsx*), fetched the first time the user asks for a workbook:
// the page's first load carries only the parser.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let module = null;

/** The module could not be fetched (offline before its first use): not a bug to show raw. */
export class XlsxUnavailable extends Error {}

function loadXlsxModule() {
  module ??= import('../pkg/zhibiao_xlsx.js')
    .then(async (m) => {
      await m.default();
      return m;
    })
    .catch((error) => {
      module = null; // offline or missing: let the next click try again
      throw new XlsxUnavailable(error?.message ?? String(error));
    });
  return module;
}

/** The workbook of a report (the rows shown, with its meta), as bytes; `options`: the units ({money, people}) or null. */
export async function xlsxBytes(report, options = null) {
  const { toXlsx } = await loadXlsxModule();
  return toXlsx(report, options);
}
