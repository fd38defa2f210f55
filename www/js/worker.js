// The page's one worker, where both wasm modules run: the page's parses,
// downloads, copies and edits, the cells of the rows it changed, and the
// panel's builds, charts and downloads come here. Its messages are typed in
// protocol.js. A report with
// many rows goes out as a head then slices of rows, so the page takes it in
// small tasks. The core wasm (the parser only) is fetched and compiled at
// once; the renderers, the sheet writer, the panel and the page's texts
// (cells of changed rows, the edit dialog's fields, the clipboard's HTML,
// the chart's numbers, "my indicators") are the second module
// (pkg/zhibiao_xlsx*, the crate's `xlsx` feature), fetched on the first
// download, copy, edit or panel build and cached by the service worker
// once the page is idle.
/// <reference lib="webworker" />
import init, { parseToJson, defaultOptions, version, setTables } from '../pkg/zhibiao.js';

/** @typedef {import('./protocol.js').Ops} Ops */
/** @typedef {import('./protocol.js').Op} Op */
/** @typedef {import('./protocol.js').Answer} Answer */

/** @param {Answer} answer */
const post = (answer) => self.postMessage(answer);

// The data tables (administrative divisions, standard indicators) are not
// in the core wasm: fetched while the module compiles (same origin,
// pre-cached by the service worker) and handed over once, before the first
// parse.
/** @param {string} name */
async function table(name) {
  const response = await fetch(new URL(`../pkg/${name}`, import.meta.url));
  if (!response.ok) throw new Error(`pkg/${name}: HTTP ${response.status}`);
  return response.text();
}
const ready = Promise.all([init(), table('divisions.txt'), table('indicators.tsv')]).then(
  ([, divisions, indicators]) => {
    setTables(divisions, indicators);
  },
);
const ROWS_PER_PART = 500;

/** The module could not be fetched (offline before its first use). */
class Unavailable extends Error {}

/** @type {Promise<typeof import('../pkg/zhibiao_xlsx.js')> | null} */
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

/** The ops of the core module. */
const CORE_OPS = new Set(['hello', 'parse']);

/** @type {{ [K in Op]: (message: Ops[K]['in']) => Ops[K]['out'] | Promise<Ops[K]['out']> }} */
const OPS = {
  hello: () => ({ version: version(), options: defaultOptions() }),
  parse: ({ text, options }) => JSON.parse(parseToJson(text, options)),
  render: async ({ report, format }) => (await secondModule()).render(report, format),
  clipboard: async ({ report, format }) => {
    const m = await secondModule();
    const text = m.render(report, format);
    return { text, html: m.clipboardHtml(text) };
  },
  xlsx: async ({ report, options }) => (await secondModule()).toXlsx(report, options),
  cells: async ({ rows, lang }) => JSON.parse((await secondModule()).rowCells(rows, lang)),
  editTexts: async ({ row }) => {
    const m = await secondModule();
    const written = (/** @type {boolean | undefined} */ converted) => (converted ? '' : row.evidence);
    return {
      value: row.placeholder && row.value === null ? '' : m.rangeText(row.value, row.valueMax, written(row.valueConverted)),
      change: m.rangeText(row.change, row.changeMax, written(row.changeConverted)),
    };
  },
  readEdit: async ({ value, change, period }) => {
    const m = await secondModule();
    return { value: m.readRange(value) ?? null, change: m.readRange(change) ?? null, period: !period || m.isPeriod(period) };
  },
  panel: async ({ texts, files, options, lang }) => {
    const m = await secondModule();
    const t0 = performance.now();
    const built = JSON.parse(m.panelWithTexts(texts, files, options, lang));
    return { ...built, ms: performance.now() - t0 };
  },
  numbers: async ({ numbers }) => (await secondModule()).numberTexts(Float64Array.from(numbers)),
  dictionaryLines: async ({ tsv }) => JSON.parse((await secondModule()).dictionaryLines(tsv)),
  panelExport: async ({ panel, format }) => {
    const m = await secondModule();
    return format === 'xlsx' ? m.panelToXlsx(panel) : m.panelToText(panel, format);
  },
};

/**
 * @param {number} id
 * @param {Op} op
 * @param {any} result
 */
function answer(id, op, result) {
  if (op !== 'parse' || result.rows.length <= ROWS_PER_PART) {
    post({ id, result });
    return;
  }
  const { rows, ...rest } = result;
  const parts = Math.ceil(rows.length / ROWS_PER_PART);
  post({ id, head: { report: rest, parts } });
  for (let at = 0; at < rows.length; at += ROWS_PER_PART) {
    post({ id, rows: rows.slice(at, at + ROWS_PER_PART) });
  }
}

self.onmessage = async ({ data }) => {
  const { id, op } = /** @type {import('./protocol.js').Request<Op>} */ (data);
  try {
    // The on-demand module's ops do not wait for the core (the panel, built
    // at load from texts kept, fetches it while the core compiles).
    if (CORE_OPS.has(op)) await ready;
    answer(id, op, await OPS[op](data));
  } catch (e) {
    post({ id, error: String(e?.message ?? e), unavailable: e instanceof Unavailable });
  }
};

// Once the page has its answer to 'hello': one small parse of a made-up
// text, so the first real paste does not pay for compiling the parser's
// functions (V8 compiles a wasm function on its first call: ~25 ms).
const WARM_UP =
  '某市2025年政府工作报告\n一、2024年工作回顾\n全市地区生产总值完成1234.5亿元，同比增长5.2%；' +
  '规上工业增加值增长6%左右，城乡居民人均可支配收入分别增长5%和6.5%。\n二、2025年主要目标\n' +
  '地区生产总值增长5%以上，城镇调查失业率控制在5.5%以内，新增就业1.2万人。\n';
ready.then(() => setTimeout(() => parseToJson(WARM_UP, { lang: 'zh' }), 0)).catch(() => {});
