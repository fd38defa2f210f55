// Bundler entry (webpack 5 with asyncWebAssembly, Vite with a wasm plugin):
// the bundler loads the wasm; parse() works right after import.
export { parse, defaultOptions, version } from './wasm/zhibiao_bundler.js';
export * from './helpers.js';
