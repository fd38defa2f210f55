// Node entry: the web build's wasm read from disk and instantiated
// synchronously, so parse() works right after import. Reports come out of the
// wasm as JSON text; parse() gives them as objects.
import { readFileSync } from 'node:fs';
import { initSync, parseToJson, render } from './wasm/zhibiao.js';

initSync({ module: readFileSync(new URL('./wasm/zhibiao_bg.wasm', import.meta.url)) });

export { version, render, defaultOptions } from './wasm/zhibiao.js';

/** Parses a report: `options` is a partial Options object or null. */
export const parse = (text, options) => JSON.parse(parseToJson(text, options));

// The CLI's --format csv|tsv|json, written by the same Rust renderers.
export const toCSV = (report) => render(report, 'csv');
export const toTSV = (report) => render(report, 'tsv');
export const toJSON = (report) => render(report, 'json');
