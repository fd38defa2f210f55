// Types of the browser entry: call the default export (init) once first.
export { default, initSync, version, render, defaultOptions } from './wasm/zhibiao.js';
export type { InitInput, InitOutput } from './wasm/zhibiao.js';
export type { Report, Row, Meta, Options, Status, Qualifier, Level, Kind } from './wasm/zhibiao.js';
export * from './exports.js';
