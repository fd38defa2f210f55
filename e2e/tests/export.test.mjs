// The page's pure helpers (www/js/export.js, decode.js), run in Node. The
// CSV/TSV/JSON files are the Rust renderers' (page.test.mjs, embed-package).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileName, describeRow } from '../../www/js/export.js';
import { decodeBytes } from '../../www/js/decode.js';

const row = (fields) => ({
  indicator: '地区生产总值', canonical: '地区生产总值', core: true, category: '经济',
  value: 63.65, valueMax: null, unit: '亿元', valueQualifier: null, placeholder: false,
  change: 5.2, changeMax: null, changeUnit: '%', changeQualifier: null,
  status: 'actual', period: '2024H1', evidence: '地区生产总值完成63.65亿元，同比增长5.2%', start: 0, end: 24,
  ...fields,
});

// The cells themselves are the library's (src/render/cells.rs and its tests).
test('a row described in a line: its name and cells as the library wrote them', () => {
  assert.equal(describeRow(row({ cells: ['63.65', '5.2%', ''] })), '地区生产总值 63.65亿元 5.2%');
  assert.equal(describeRow(row({ canonical: null, indicator: '新增就业', cells: ['', '5.0%', '约'] })), '新增就业 5.0%');
  assert.equal(describeRow(row({ cells: undefined })), '地区生产总值');
});

test('file names come from the title and are safe everywhere', () => {
  assert.equal(fileName('关于立山区2024年上半年计划执行情况的报告', 'csv'), '关于立山区2024年上半年计划执行情况的报告.csv');
  assert.equal(fileName('a/b:c*?"<>|d', 'json'), 'a b c d.json');
  assert.equal(fileName(null, 'csv'), 'zhibiao.csv');
  assert.equal(fileName('...', 'csv'), 'zhibiao.csv');
  assert.ok(fileName('长'.repeat(300), 'csv').length <= 84);
  // A crawler's label before the title is not part of the name.
  assert.equal(fileName('标题：二0二五年政府工作报告', 'csv'), '二0二五年政府工作报告.csv');
  assert.equal(fileName('标题: 报告', 'csv'), '报告.csv');
  assert.equal(fileName('【标题】报告', 'csv'), '报告.csv');
});

test('files decode as UTF-8, or as GBK/GB18030 when not valid UTF-8', () => {
  const text = '地区生产总值完成63.65亿元，同比增长5.2%。';
  const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text });
  assert.deepEqual(decodeBytes(gbk), { text, encoding: 'GB18030' });
  assert.deepEqual(decodeBytes(Buffer.from(text)), { text, encoding: 'UTF-8' });
  assert.equal(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).text, text);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  assert.equal(decodeBytes(utf16).text, text);
});
