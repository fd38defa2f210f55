// Types of the Node and bundler entries: ready to use after import.
export { parse, render, defaultOptions, version } from './wasm/zhibiao.js';
export type { Report, Row, Meta, Options, Status, Qualifier, Level, Kind } from './wasm/zhibiao.js';
export * from './exports.js';
