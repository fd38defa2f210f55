// Browser entry without a bundler: `await init()` once (it fetches
// wasm/zhibiao_bg.wasm next to this file), then parse().
import { render } from './wasm/zhibiao.js';

export { default, initSync, parse, render, defaultOptions, version } from './wasm/zhibiao.js';

// The CLI's --format csv|tsv|json, written by the same Rust renderers.
export const toCSV = (report) => render(report, 'csv');
export const toTSV = (report) => render(report, 'tsv');
export const toJSON = (report) => render(report, 'json');
