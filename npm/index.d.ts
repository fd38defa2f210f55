// Types of the Node and bundler entries: ready to use after import.
export { version, render, defaultOptions } from './wasm/zhibiao.js';
export type { Report, Row, Meta, Options, Status, Qualifier, Level, Kind } from './wasm/zhibiao.js';
export * from './exports.js';
