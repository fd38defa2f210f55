// Node entry: the web build's wasm read from disk and instantiated
// synchronously, so parse() works right after import.
import { readFileSync } from 'node:fs';
import { initSync, render } from './wasm/zhibiao.js';

initSync({ module: readFileSync(new URL('./wasm/zhibiao_bg.wasm', import.meta.url)) });

export { parse, render, defaultOptions, version } from './wasm/zhibiao.js';

// The CLI's --format csv|tsv|json, written by the same Rust renderers.
export const toCSV = (report) => render(report, 'csv');
export const toTSV = (report) => render(report, 'tsv');
export const toJSON = (report) => render(report, 'json');
