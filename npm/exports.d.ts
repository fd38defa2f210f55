import type { Report } from './wasm/zhibiao.js';

/** CSV for Excel/WPS: UTF-8 BOM, CRLF, quoting; formula-like text neutralised. The bytes of `zhibiao --format csv`. */
export declare function toCSV(report: Report): string;
/** Tab-separated text for pasting into a spreadsheet. The bytes of `zhibiao --format tsv`. */
export declare function toTSV(report: Report): string;
/** Pretty JSON `{meta, rows, notes}`. The bytes of `zhibiao --format json`. */
export declare function toJSON(report: Report): string;
