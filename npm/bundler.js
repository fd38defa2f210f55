// Bundler entry (webpack 5 with asyncWebAssembly, Vite with a wasm plugin):
// the bundler loads the wasm; parse() works right after import. Reports come
// out of the wasm as JSON text; parse() gives them as objects.
import { parseToJson, render } from './wasm/zhibiao_bundler.js';

export { version, render, defaultOptions } from './wasm/zhibiao_bundler.js';

/** Parses a report: `options` is a partial Options object or null. */
export const parse = (text, options) => JSON.parse(parseToJson(text, options));

// The CLI's --format csv|tsv|json, written by the same Rust renderers.
export const toCSV = (report) => render(report, 'csv');
export const toTSV = (report) => render(report, 'tsv');
export const toJSON = (report) => render(report, 'json');
