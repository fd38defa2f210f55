// The parser worker's messages (worker.js ⇄ engine.js), as JSDoc types both
// sides import; `tsc --checkJs` (./build.sh test, www/jsconfig.json) holds
// them to it. No code: types only.
//
// In: {id, op, …} with the op's fields. Out: {id, result}; {id, error} (and
// `unavailable: true` when the on-demand module cannot be fetched); a
// report with many rows as {id, head} then `head.parts` × {id, rows}.
// `parse` and `hello` need only the core module; the other ops the
// on-demand one (pkg/zhibiao_xlsx*: renderers, sheet writer, the panel, the
// page's texts), fetched on first use. The panel is built in a worker of
// its own (panel/worker.js, PanelAnswer below); its downloads come here.
/** @typedef {import('../pkg/zhibiao_xlsx.js').Panel} Panel */

/** @typedef {import('../pkg/zhibiao.js').Report} Report */
/** @typedef {import('../pkg/zhibiao.js').Row} Row */
/** @typedef {import('../pkg/zhibiao.js').Options} Options */
/** @typedef {import('../pkg/zhibiao.js').RenderOptions} RenderOptions */
/** @typedef {import('../pkg/zhibiao.js').RenderFormat} RenderFormat */

/**
 * What each op takes (beside `id` and `op`) and answers.
 * @typedef {{
 *   hello: { in: {}, out: { version: string, options: Options } },
 *   parse: { in: { text: string, options: Partial<Options> | null }, out: Report },
 *   render: { in: { report: Report, format: RenderFormat | RenderOptions }, out: string },
 *   clipboard: { in: { report: Report, format: RenderFormat | RenderOptions }, out: { text: string, html: string } },
 *   xlsx: { in: { report: Report, options: RenderOptions | null }, out: Uint8Array },
 *   editTexts: { in: { row: Row & { valueConverted?: boolean, changeConverted?: boolean } }, out: { value: string, change: string } },
 *   readEdit: { in: { value: string, change: string, period: string }, out: TypedEdit },
 *   panelExport: { in: { panel: string, format: 'xlsx' | 'csv' | 'tsv' }, out: Uint8Array | string },
 * }} Ops
 */

/** @typedef {keyof Ops} Op */

/**
 * A message to the worker.
 * @template {Op} K
 * @typedef {{ id: number, op: K } & Ops[K]['in']} Request
 */

/**
 * The edit dialog's fields read by the library (typed.rs): `[low, high]`
 * (nulls for an empty field) or null when not a number; whether the period
 * is one the rows write.
 * @typedef {{ value: [number | null, number | null] | null, change: [number | null, number | null] | null, period: boolean }} TypedEdit
 */

/**
 * The panel worker's answer (panel/worker.js): a panel of several texts
 * (the library's panelWithTexts), what its table writes of each cell
 * ([target, estimate, actual, gap] in the page's language, panel/render.rs),
 * and the ms it took.
 * @typedef {{ panel: Panel, shown: string[][], ms: number }} PanelAnswer
 */

/**
 * A message from the worker.
 * @typedef {{ id: number, result: unknown }
 *   | { id: number, error: string, unavailable: boolean }
 *   | { id: number, head: { report: Omit<Report, 'rows'>, parts: number } }
 *   | { id: number, rows: Row[] }} Answer
 */

export {};
