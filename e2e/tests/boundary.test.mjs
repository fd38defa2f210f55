// The wasm boundary as JavaScript sees it (run in Node: the same module the
// page loads). No browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { initSync, parseToJson, defaultOptions, version, setTables } from '../../www/pkg/zhibiao.js';
import { samples, WWW } from '../helpers.mjs';

initSync({ module: fs.readFileSync(path.join(WWW, 'pkg', 'zhibiao_bg.wasm')) });
// The core module takes its data tables from its host, as the page's worker gives them.
setTables(...['divisions.txt', 'indicators.tsv'].map((f) => fs.readFileSync(path.join(WWW, 'pkg', f), 'utf8')));

// Reports come out as JSON text; every entry point wraps parseToJson so.
const parse = (text, options) => JSON.parse(parseToJson(text, options));

const GDP = '地区生产总值完成63.65亿元，同比增长5.2%。';

test('returns plain objects with camelCase keys and null for unknowns', () => {
  const report = parse(GDP, null);
  assert.equal(Object.getPrototypeOf(report), Object.prototype);
  assert.ok(Array.isArray(report.rows) && Array.isArray(report.notes));
  const gdp = report.rows.find((r) => r.canonical === '地区生产总值');
  assert.ok(gdp, 'the GDP row');
  assert.equal(gdp.value, 63.65);
  assert.equal(gdp.unit, '亿元');
  assert.equal(gdp.change, 5.2);
  assert.equal(gdp.changeUnit, '%');
  assert.equal(gdp.valueMax, null);
  assert.equal(gdp.status, 'actual');
});

test('start/end are UTF-16 offsets, not code points', () => {
  // Same code point offsets; the astral prefix is 3 UTF-16 units longer.
  const plain = parse('甲乙丙。\n' + GDP, null).rows;
  const astral = parse('𠮷𠮷😀。\n' + GDP, null).rows;
  assert.ok(plain.length > 0 && plain[0].start >= 5, 'the fact starts after the prefix');
  assert.deepEqual(
    astral.map((r) => [r.start, r.end]),
    plain.map((r) => [r.start + 3, r.end + 3]),
  );
});

test('text.slice(start, end) is the evidence, on every sample', (t) => {
  let checked = 0;
  for (const { name, text } of samples()) {
    const { rows } = parse(text, null);
    assert.ok(rows.length > 0, name);
    for (const row of rows) {
      assert.ok(row.start <= row.end && row.end <= text.length, `${name}: ${row.indicator}`);
      if (!row.evidence) continue;
      assert.equal(text.slice(row.start, row.end), row.evidence, `${name}: ${row.indicator}`);
      checked++;
    }
  }
  if (checked === 0) t.todo('the parser does not fill `evidence` yet');
});

test('defaultOptions() gives every option; options are applied', () => {
  assert.deepEqual(defaultOptions(), { coreOnly: false, dictionary: '' });
  const text = samples()[0].text;
  const all = parse(text, defaultOptions()).rows;
  const core = parse(text, { coreOnly: true }).rows;
  assert.ok(core.length > 0 && core.length < all.length);
  assert.ok(core.every((r) => r.core));
  assert.deepEqual(parse(text, {}).rows, all, 'missing options take defaults');
  assert.deepEqual(parse(text, undefined).rows, all);
});

test('bad options reach JavaScript as an Error', () => {
  assert.throws(() => parse('x', { coreOnly: 'yes' }), (e) => e instanceof Error && /options/.test(e.message));
});

test('empty and odd input never throws', () => {
  assert.ok(parse('', null).notes.length > 0);
  for (const text of ['\u0000', '\uFEFF', '\uD800', '%%%', '1'.repeat(10_000), '。'.repeat(1000)]) {
    assert.ok(Array.isArray(parse(text, null).rows));
  }
});

test('version() is the crate version', () => {
  const cargo = fs.readFileSync(path.join(WWW, '..', 'Cargo.toml'), 'utf8');
  assert.equal(version(), cargo.match(/^version = "(.*)"/m)[1]);
});

test('the TypeScript declarations name every field the real objects have', () => {
  const dts = fs.readFileSync(path.join(WWW, 'pkg', 'zhibiao.d.ts'), 'utf8');
  const block = (name) => dts.match(new RegExp(`export interface ${name} \\{([^}]*)\\}`))[1];
  const report = parse(samples()[0].text, null);
  const declared = (name) => new Set([...block(name).matchAll(/^\s*(\w+):/gm)].map((m) => m[1]));
  assert.deepEqual(new Set(Object.keys(report)), declared('Report'));
  assert.deepEqual(new Set(Object.keys(report.meta)), declared('Meta'));
  assert.deepEqual(new Set(Object.keys(report.rows[0])), declared('Row'));
  assert.deepEqual(new Set(Object.keys(defaultOptions())), declared('Options'));
  assert.match(dts, /export function parseToJson\(text: string, options: [^)]*\): string;/);
  // The renderers are in the on-demand module (feature `xlsx`, which includes `export`).
  const more = fs.readFileSync(path.join(WWW, 'pkg', 'zhibiao_xlsx.d.ts'), 'utf8');
  assert.match(more, /export function render\(report: Report, options: [^)]*\): string;/);
  assert.match(more, /export function parseToJson\(/, 'features only add: the parser is there too');
  assert.doesNotMatch(dts, /export function (render|panelToJson|toXlsx)\(/, 'the core module only parses');
  // The npm package wraps parseToJson as parse() → Report.
  const npm = fs.readFileSync(path.join(WWW, '..', 'npm', 'exports.d.ts'), 'utf8');
  assert.match(npm, /export declare function parse\(text: string, options\?: [^)]*\): Report;/);
  assert.doesNotMatch(dts.slice(0, dts.indexOf('export type InitInput')), /\bany\b/);
});

test('the tables handed over once give regions and standard names', () => {
  const report = parse('2025年鞍山市政府工作报告\n全市地区生产总值完成2100亿元，增长5%。', null);
  assert.equal(report.meta.region, '鞍山市');
  assert.equal(report.meta.level, 'city');
  assert.equal(report.rows[0].canonical, '地区生产总值');
  // The first tables stay: second ones are refused.
  assert.equal(setTables('=某省\n', ''), false);
  assert.equal(parse('2025年鞍山市政府工作报告\n', null).meta.region, '鞍山市');
});
