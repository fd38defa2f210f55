// Bundler entry (webpack 5 with asyncWebAssembly, Vite with a wasm plugin):
// the bundler loads the wasm; parse() works right after import.
import { render } from './wasm/zhibiao_bundler.js';

export { parse, render, defaultOptions, version } from './wasm/zhibiao_bundler.js';

// The CLI's --format csv|tsv|json, written by the same Rust renderers.
export const toCSV = (report) => render(report, 'csv');
export const toTSV = (report) => render(report, 'tsv');
export const toJSON = (report) => render(report, 'json');
