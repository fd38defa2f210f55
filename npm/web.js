// Browser entry without a bundler: `await init()` once (it fetches
// wasm/zhibiao_bg.wasm next to this file), then parse(). Reports come out of the
// wasm as JSON text; parse() gives them as objects.
import { parseToJson, render } from './wasm/zhibiao.js';

export { default, initSync, version, render, defaultOptions } from './wasm/zhibiao.js';

/** Parses a report: `options` is a partial Options object or null. */
export const parse = (text, options) => JSON.parse(parseToJson(text, options));

// The CLI's --format csv|tsv|json, written by the same Rust renderers.
export const toCSV = (report) => render(report, 'csv');
export const toTSV = (report) => render(report, 'tsv');
export const toJSON = (report) => render(report, 'json');
