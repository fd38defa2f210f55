// Where parsing happens: on the main thread for ordinary reports (fastest:
// no copy, no message), in a Web Worker for large texts so the page never
// freezes. Both run the same wasm build of zhibiao::parse.
import init, { parse, render, defaultOptions, version } from '../pkg/zhibiao.js';

/** Texts longer than this (UTF-16 units) are parsed in the worker. */
export const WORKER_THRESHOLD = 200_000;

let ready = null;
let worker = null;
let nextId = 1;
const pending = new Map();

/** Loads the wasm module once; rejects with an Error when it cannot. */
export function loadEngine() {
  ready ??= init().then(() => ({ version: version(), options: defaultOptions() }));
  return ready;
}

/** Parses `text`; resolves to a Report, rejects with an Error. */
export async function parseText(text, options) {
  await loadEngine();
  if (text.length <= WORKER_THRESHOLD) return parse(text, options);
  return parseInWorker(text, options);
}

/**
 * The report as the CLI's `--format csv|tsv|json` writes it: the Rust
 * renderers (src/render/), so page, npm package and CLI give the same bytes.
 */
export async function renderReport(report, format) {
  await loadEngine();
  return render(report, format);
}

function parseInWorker(text, options) {
  const w = ensureWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, text, options });
  });
}

function ensureWorker() {
  if (worker) return worker;
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }) => {
    const job = pending.get(data.id);
    if (!job) return;
    pending.delete(data.id);
    if (data.error) job.reject(new Error(data.error));
    else job.resolve(data.report);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    failAll(new Error(event.message || 'worker failed'));
  };
  return worker;
}

// A worker that dies takes its jobs with it: fail them, start afresh next time.
function failAll(error) {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
  worker?.terminate();
  worker = null;
}
