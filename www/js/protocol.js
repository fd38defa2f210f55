// The worker's messages (worker.js ⇄ engine.js), as JSDoc types both sides
// import; `tsc --checkJs` (./build.sh test, www/jsconfig.json) holds them
// to it. No code: types only. One worker owns both wasm modules and serves
// every face of the page: the table, its downloads and edits, the panel.
//
// In: {id, op, …} with the op's fields. Out: {id, result}; {id, error} (and
// `unavailable: true` when the on-demand module cannot be fetched); a
// report with many rows as {id, head} then `head.parts` × {id, rows}.
// `parse` and `hello` need only the core module; the other ops the
// on-demand one (pkg/zhibiao_xlsx*: renderers, sheet writer, the panel, the
// page's texts), fetched on first use.
/** @typedef {import('../pkg/zhibiao_xlsx.js').Panel} Panel */

/** @typedef {import('../pkg/zhibiao.js').Report} Report */
/** @typedef {import('../pkg/zhibiao.js').Row} Row */
/** @typedef {import('../pkg/zhibiao.js').Options} Options */
/** @typedef {import('../pkg/zhibiao.js').RenderOptions} RenderOptions */
/** @typedef {import('../pkg/zhibiao.js').RenderFormat} RenderFormat */

/**
 * A row as the page shows it: converted to a unit of choice (those numbers
 * then not looked for in the evidence).
 * @typedef {Row & { valueConverted?: boolean, changeConverted?: boolean }} ShownRow
 */

/**
 * What each op takes (beside `id` and `op`) and answers.
 * @typedef {{
 *   hello: { in: {}, out: { version: string, options: Options } },
 *   parse: { in: { text: string, options: Partial<Options> | null }, out: Report },
 *   render: { in: { report: Report, format: RenderFormat | RenderOptions }, out: string },
 *   clipboard: { in: { report: Report, format: RenderFormat | RenderOptions }, out: { text: string, html: string } },
 *   xlsx: { in: { report: Report, options: RenderOptions | null }, out: Uint8Array },
 *   cells: { in: { rows: ShownRow[], lang: string }, out: string[][] },
 *   editTexts: { in: { row: ShownRow }, out: { value: string, change: string } },
 *   readEdit: { in: { value: string, change: string, period: string }, out: TypedEdit },
 *   panel: { in: { texts: string[], files: string[], options: Partial<Options> | null, lang: string }, out: PanelAnswer },
 *   numbers: { in: { numbers: number[] }, out: string[] },
 *   dictionaryLines: { in: { tsv: string }, out: DictionaryLine[] },
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
 * An indicator line of a user's dictionary as the library reads it
 * (indicator::line_fields): its 0-based line, the fields as written.
 * @typedef {{ line: number, name: string, category: string, variants: string[] }} DictionaryLine
 */

/**
 * A panel built (op `panel`): a panel of several texts (the library's
 * panelWithTexts), what its table writes of each cell ([target, estimate,
 * actual, gap] in the page's language, panel/render.rs), and the ms it took.
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
