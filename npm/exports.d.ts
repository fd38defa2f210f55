import type { Report, Options } from './wasm/zhibiao.js';

/** Parses a report; never throws on any text. `options.coreOnly` keeps only standard indicators. */
export declare function parse(text: string, options?: Partial<Options> | null): Report;
/** CSV for Excel/WPS: UTF-8 BOM, CRLF, quoting; formula-like text neutralised. The bytes of `zhibiao --format csv`. */
export declare function toCSV(report: Report): string;
/** Tab-separated text for pasting into a spreadsheet. The bytes of `zhibiao --format tsv`. */
export declare function toTSV(report: Report): string;
/** Pretty JSON `{meta, rows, notes}`. The bytes of `zhibiao --format json`. */
export declare function toJSON(report: Report): string;
