// The parser's thread. Messages in: {id, op: 'hello'|'parse'|'render'|'xlsx', …};
// out: {id, result} or {id, error} ({id, error, unavailable: true} when the
// on-demand module cannot be fetched); a report with many rows goes out as
// {id, head: {report without rows, parts}} then `parts` × {id, rows}, so the
// page takes it in small tasks. The core wasm (the parser only) is fetched
// and compiled at once; the renderers and the sheet writer are the second
// module (pkg/zhibiao_xlsx*, the crate's `xlsx` feature), fetched on the
// first download or copy and cached by the service worker once the page is
// idle.
import init, { parseToJson, defaultOptions, version } from '../pkg/zhibiao.js';

const ready = init();
const ROWS_PER_PART = 500;

/** The module could not be fetched (offline before its first use). */
class Unavailable extends Error {}

let second = null;
function secondModule() {
  second ??= import('../pkg/zhibiao_xlsx.js')
    .catch((error) => {
      throw new Unavailable(error?.message ?? String(error));
    })
    .then(async (m) => {
      await m.default();
      return m;
    })
    .catch((error) => {
      second = null; // offline or missing: let the next click try again
      throw error;
    });
  return second;
}

const OPS = {
  hello: () => ({ version: version(), options: defaultOptions() }),
  parse: ({ text, options }) => JSON.parse(parseToJson(text, options)),
  render: async ({ report, format }) => (await secondModule()).render(report, format),
  xlsx: async ({ report }) => (await secondModule()).toXlsx(report),
};

function answer(id, op, result) {
  if (op !== 'parse' || result.rows.length <= ROWS_PER_PART) {
    self.postMessage({ id, result });
    return;
  }
  const { rows, ...rest } = result;
  const parts = Math.ceil(rows.length / ROWS_PER_PART);
  self.postMessage({ id, head: { report: rest, parts } });
  for (let at = 0; at < rows.length; at += ROWS_PER_PART) {
    self.postMessage({ id, rows: rows.slice(at, at + ROWS_PER_PART) });
  }
}

self.onmessage = async ({ data }) => {
  const { id, op } = data;
  try {
    await ready;
    answer(id, op, await OPS[op](data));
  } catch (e) {
    self.postMessage({ id, error: String(e?.message ?? e), unavailable: e instanceof Unavailable });
  }
};
