import type { Report, Row } from './wasm/zhibiao.js';

/** The spreadsheet columns, in order: 指标, 标准名称, 核心, 数值, … 依据, 起, 止. */
export declare const HEADERS: readonly string[];
/** A number as people write it: 22 not 22.0, no exponent. */
export declare function formatNumber(n: number): string;
/** One row's cells in HEADERS order. */
export declare function rowCells(row: Row): Array<{ number: string | null } | { text: string }>;
/** CSV for Excel/WPS: UTF-8 BOM, CRLF, quoting; formula-like text neutralised. Same as `zhibiao --format csv`. */
export declare function toCSV(report: Report): string;
/** Tab-separated text for pasting into a spreadsheet. Same as `zhibiao --format tsv`. */
export declare function toTSV(report: Report): string;
