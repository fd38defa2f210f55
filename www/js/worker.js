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

// Once the page has its answer to 'hello': one small parse of a made-up
// text, so the first real paste does not pay for compiling the parser's
// functions (V8 compiles a wasm function on its first call: ~25 ms).
const WARM_UP =
  '某市2025年政府工作报告\n一、2024年工作回顾\n全市地区生产总值完成1234.5亿元，同比增长5.2%；' +
  '规上工业增加值增长6%左右，城乡居民人均可支配收入分别增长5%和6.5%。\n二、2025年主要目标\n' +
  '地区生产总值增长5%以上，城镇调查失业率控制在5.5%以内，新增就业1.2万人。\n';
ready.then(() => setTimeout(() => parseToJson(WARM_UP, null), 0)).catch(() => {});
