// The parser's thread. Messages in: {id, op: 'hello'|'parse'|'render', …};
// out: {id, result} or {id, error}; a report with many rows goes out as
// {id, head: {report without rows, parts}} then `parts` × {id, rows}, so the
// page takes it in small tasks. The wasm is fetched and compiled at once.
import init, { parseToJson, render, defaultOptions, version } from '../pkg/zhibiao.js';

const ready = init();
const ROWS_PER_PART = 500;

const OPS = {
  hello: () => ({ version: version(), options: defaultOptions() }),
  parse: ({ text, options }) => JSON.parse(parseToJson(text, options)),
  render: ({ report, format }) => render(report, format),
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
    answer(id, op, OPS[op](data));
  } catch (e) {
    self.postMessage({ id, error: String(e?.message ?? e) });
  }
};
