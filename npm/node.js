// Node entry: the web build's wasm read from disk and instantiated
// synchronously, so parse() works right after import.
import { readFileSync } from 'node:fs';
import { initSync } from './wasm/zhibiao.js';

initSync({ module: readFileSync(new URL('./wasm/zhibiao_bg.wasm', import.meta.url)) });

export { parse, defaultOptions, version } from './wasm/zhibiao.js';
export * from './helpers.js';
