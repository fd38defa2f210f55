// Browser entry without a bundler: `await init()` once (it fetches
// wasm/zhibiao_bg.wasm next to this file), then parse().
export { default, initSync, parse, defaultOptions, version } from './wasm/zhibiao.js';
export * from './helpers.js';
