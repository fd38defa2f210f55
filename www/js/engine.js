// Where parsing happens: a Web Worker (worker.js) that fetches, compiles and
// instantiates the wasm as soon as the page starts, while the user is still
// reading, so the first paste finds the parser ready. The main thread never
// runs the parser: a large text cannot freeze the page. Large reports come
// back in slices of rows, each its own small task on the main thread.

// Its messages are typed in protocol.js.

/** @typedef {import('./protocol.js').Ops} Ops */
/** @typedef {import('./protocol.js').Op} Op */
/** @typedef {import('./protocol.js').Report} Report */
/** @typedef {import('./protocol.js').Row} Row */
/** @typedef {import('./protocol.js').RenderOptions} RenderOptions */
/** @typedef {import('./protocol.js').RenderFormat} RenderFormat */

/** The on-demand module (downloads, copying) could not be fetched: offline before its first use. */
export class ExportUnavailable extends Error {}

/**
 * A job waiting for its answer; a large report is gathered in `report`.
 * @typedef {{ resolve: (value: any) => void, reject: (error: Error) => void, report?: Report, parts?: number }} Job
 */

/** @type {Worker | null} */
let worker = null;
/** @type {Promise<Ops['hello']['out']> | null} */
let ready = null;
let loaded = false; // `ready` has resolved: jobs go to the worker at once
let nextId = 1;
/** @type {Map<number, Job>} */
const pending = new Map();

function ensureWorker() {
  if (worker) return worker;
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }) => onAnswer(data);
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(new Error(event.message || 'worker failed'));
  };
  return worker;
}

/** @param {any} data an Answer (protocol.js) */
function onAnswer(data) {
  const job = pending.get(data.id);
  if (!job) return;
  if (data.error !== undefined) {
    pending.delete(data.id);
    job.reject(data.unavailable ? new ExportUnavailable(data.error) : new Error(data.error));
  } else if (data.head) {
    // A large report: meta and notes first, then `data.head.parts` slices of rows.
    job.report = { ...data.head.report, rows: [] };
    job.parts = data.head.parts;
    if (job.parts === 0) finish(data.id, job, job.report);
  } else if (data.rows) {
    for (const row of data.rows) job.report.rows.push(row);
    if (--job.parts === 0) finish(data.id, job, job.report);
  } else {
    finish(data.id, job, data.result);
  }
}

/**
 * @param {number} id
 * @param {Job} job
 * @param {unknown} result
 */
function finish(id, job, result) {
  pending.delete(id);
  job.resolve(result);
}

/**
 * Posts an op to the worker; resolves to its answer.
 * @template {Op} K
 * @param {{ op: K } & Ops[K]['in']} message
 * @returns {Promise<Ops[K]['out']>}
 */
function ask(message) {
  const w = ensureWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, ...message });
  });
}

// A worker that dies takes its jobs with it: fail them, start afresh next time.
/** @param {Error} error */
function failAll(error) {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
  worker?.terminate();
  worker = null;
  ready = null;
  loaded = false;
}

let kept = false;

/**
 * An op of the on-demand module. The worker may have started before the
 * service worker took the page over (a first visit), and then its fetches
 * bypass it: once the module has served, the service worker is asked to
 * keep it (as it keeps what it serves), so it works offline after its first
 * use, not only once the page was idle long enough (sw-client.js).
 * @template {Op} K
 * @param {{ op: K } & Ops[K]['in']} message
 * @returns {Promise<Ops[K]['out']>}
 */
async function onDemand(message) {
  // The worker starts with the core, but this op does not wait for it.
  loadEngine().catch(() => {}); // its failure is the page's to show (app.js)
  const result = await ask(message);
  if (!kept && navigator.serviceWorker?.controller) {
    kept = true;
    navigator.serviceWorker.controller.postMessage({ type: 'CACHE_LAZY', only: ['pkg/zhibiao_xlsx'] });
  }
  return result;
}

/** Starts the worker and its wasm; resolves to { version, options }, rejects with an Error. */
export function loadEngine() {
  ready ??= ask({ op: 'hello' }).then(
    (answer) => {
      loaded = true;
      return answer;
    },
    (error) => {
      ready = null;
      throw error;
    },
  );
  return ready;
}

/**
 * Parses `text`; resolves to a Report, rejects with an Error. Once the
 * engine is loaded the text is posted before this returns, so the caller's
 * next work overlaps the parse.
 * @param {string} text
 * @param {Partial<import('./protocol.js').Options> | null} options
 */
export function parseText(text, options) {
  if (loaded) return ask({ op: 'parse', text, options });
  return loadEngine().then(() => ask({ op: 'parse', text, options }));
}

/**
 * The report as the CLI's `--format csv|tsv|json` writes it: the Rust
 * renderers (src/render/), so page, npm package and CLI give the same bytes.
 * They are in the second, on-demand module: the first call fetches it.
 * Rejects with an ExportUnavailable when it cannot be fetched.
 * @param {Report} report
 * @param {RenderFormat | RenderOptions} format
 */
export function renderReport(report, format) {
  return onDemand({ op: 'render', report, format });
}

/**
 * The report as an XLSX workbook (bytes), by the on-demand module as renderReport; `options`: {money, people} or null.
 * @param {Report} report
 * @param {RenderOptions | null} options
 */
export function xlsxReport(report, options = null) {
  return onDemand({ op: 'xlsx', report, options });
}

/**
 * The report for the clipboard: its TSV (`format`: renderReport's options
 * with format 'tsv') and that TSV as an HTML table, by the on-demand module.
 * @param {Report} report
 * @param {RenderFormat | RenderOptions} format
 */
export function clipboardTexts(report, format) {
  return onDemand({ op: 'clipboard', report, format });
}

/**
 * The edit dialog's value and change fields for a shown row, as the table
 * writes them (the evidence's digits unless converted), by the on-demand module.
 * @param {Ops['editTexts']['in']['row']} row
 */
export function editTexts(row) {
  return onDemand({ op: 'editTexts', row });
}

/**
 * The table's cells ([value, change, qualifier]) of rows the page changed
 * (corrected, in a unit of choice), in the page's language `lang`, written
 * by the library (render/cells.rs) in the on-demand module. The parse
 * writes the other rows' cells itself.
 * @param {Ops['cells']['in']['rows']} rows
 * @param {string} lang
 */
export function rowCells(rows, lang) {
  return onDemand({ op: 'cells', rows, lang });
}

/**
 * A panel of several texts (the panel view), built by the on-demand module:
 * the panel, what its table writes of each cell in the language `lang`, and
 * the ms it took.
 * @param {Ops['panel']['in']} request
 */
export function buildPanel(request) {
  return onDemand({ op: 'panel', ...request });
}

/**
 * Numbers as the library writes them (the panel's charts: values and axis
 * ticks), by the on-demand module.
 * @param {number[]} numbers
 */
export function numberTexts(numbers) {
  return onDemand({ op: 'numbers', numbers });
}

/**
 * The indicator lines of a user's dictionary (TSV text), read by the
 * library (indicator::line_fields) in the on-demand module.
 * @param {string} tsv
 */
export function dictionaryLines(tsv) {
  return onDemand({ op: 'dictionaryLines', tsv });
}

/**
 * A panel (its JSON text) as an XLSX workbook (bytes) or the long table as CSV or TSV.
 * @param {string} panel
 * @param {'xlsx' | 'csv' | 'tsv'} format
 */
export function exportPanel(panel, format) {
  return onDemand({ op: 'panelExport', panel, format });
}

/**
 * What was typed into the edit dialog, read by the library (typed.rs).
 * @param {Ops['readEdit']['in']} fields
 */
export function readEdit(fields) {
  return onDemand({ op: 'readEdit', ...fields });
}
