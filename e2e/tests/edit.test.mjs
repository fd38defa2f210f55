// Edit before export, repeated mentions folded, units on demand (issue 11):
// in Chromium, on a made-up report; the files come from the Rust renderers
// (src/render/marks.rs, units.rs) through wasm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { launch, openPage, pasteText, waitForTable, tableRows, cli, unzip } from '../helpers.mjs';
import { textKey, rowKeys, correctedRows } from '../../www/js/edits.js';

// Made up for these tests: the same fact twice (rows 1 and 4), money, people.
const TEXT = [
  '2024年全市经济运行情况',
  '2024年，全市地区生产总值完成63.65亿元，同比增长5.0%。年末常住人口达到1.5万人，接待游客3200人次。',
  '总的看，全市地区生产总值完成63.65亿元，同比增长5.0%，规上工业增加值增长6.1%。',
  '',
].join('\n');
const OTHER = '2023年，全县粮食产量达到12.5万吨，同比增长2.1%。';
const COL = { indicator: 0, canonical: 1, value: 2, unit: 3, change: 4, status: 6, period: 7 };

let env;
const problems = [];
before(async () => {
  env = await launch({ clipboard: true });
});
after(async () => {
  await env?.close();
});

async function freshPage() {
  const opened = await openPage(env.context, env.url);
  problems.push(opened.problems);
  await opened.page.evaluate(() => localStorage.clear());
  // Start from nothing kept: the page has read the last test's text and edits.
  await opened.page.reload();
  await opened.page.waitForFunction(() => document.getElementById('version').textContent !== '');
  return opened.page;
}

async function show(page, text) {
  await pasteText(page, text);
  await waitForTable(page);
}

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return fs.readFileSync(await file.path());
}

const csvLines = (buffer) => buffer.toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');

async function copied(page) {
  await page.click('#copy-tsv');
  await page.waitForFunction(() => /已复制|Copied/.test(document.getElementById('status').textContent));
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Opens row `index`'s editor, types `fields` (name → text), saves. */
async function editRow(page, index, fields) {
  await page.click(`#body tr[data-index="${index}"] [data-act="edit"]`);
  await page.waitForSelector('#edit-dialog[open]');
  for (const [name, value] of Object.entries(fields)) {
    const control = `#edit-dialog [name="${name}"]`;
    if (name === 'status') await page.selectOption(control, value);
    else await page.fill(control, value);
  }
  await page.click('#edit-dialog button[value="save"]');
  await page.waitForSelector('#edit-dialog:not([open])', { state: 'attached' });
}

test('a corrected cell is marked in the table and goes into CSV, TSV, JSON and XLSX with 已修改', async () => {
  const page = await freshPage();
  await show(page, TEXT);
  assert.equal((await tableRows(page)).length, 5);
  await editRow(page, 1, { value: '1.6', period: '2024H2' });
  const rows = await tableRows(page);
  assert.equal(rows[1][COL.value], '1.6');
  assert.equal(rows[1][COL.period], '2024H2');
  const marked = await page.$$eval('#body tr[data-index="1"] td.edited', (tds) => tds.map((td) => td.title));
  assert.equal(marked.length, 2, 'the value and the period cells are marked');
  assert.match(marked[0], /已修改，原为：1\.5/);
  // The edit button has focus again after the dialog.
  await page.waitForFunction(() => document.activeElement?.dataset.act === 'edit');

  const csv = csvLines(await download(page, '#export-csv'));
  assert.ok(csv[0].endsWith(',依据,起,止,已修改,已核对'), csv[0]);
  assert.equal(csv[2], '常住人口,常住人口,,是,1.6,,万人,,,,,,实际,2024H2,民生,常住人口达到1.5万人,49,60,数值、期间,');
  assert.ok(csv[1].endsWith(',22,46,,'), 'an untouched row has empty marks');

  const tsv = (await copied(page)).split('\n');
  assert.ok(tsv[0].endsWith('\t已修改\t已核对'));
  assert.ok(tsv[2].startsWith('常住人口\t常住人口\t\t是\t1.6\t') && tsv[2].endsWith('\t数值、期间\t'));

  const json = JSON.parse((await download(page, '#export-json')).toString('utf8'));
  assert.equal(json.rows[1].value, 1.6);
  assert.deepEqual(json.rows[1].edited, ['value', 'period']);
  assert.equal(json.rows[0].edited, undefined);

  const sheet = unzip(await download(page, '#export-xlsx'));
  const strings = sheet.get('xl/sharedStrings.xml').toString();
  for (const s of ['已修改', '已核对', '数值、期间']) assert.ok(strings.includes(`<t>${s}</t>`), s);
  await page.close();
});

test('a dropped row is not exported; a checked one says so; restoring gives the CLI bytes back', async () => {
  const page = await freshPage();
  await show(page, TEXT);
  await page.click('#body tr[data-index="2"] [data-act="drop"]');
  assert.ok(await page.$('#body tr[data-index="2"].dropped'));
  await page.waitForFunction(() => document.activeElement?.dataset.act === 'restore');
  await page.check('#body tr[data-index="0"] [data-act="check"]');
  assert.match(await page.textContent('#status'), /删除 1 行（不导出），核对 1 行。/);
  const csv = csvLines(await download(page, '#export-csv'));
  assert.equal(csv.length, 1 + 4, 'header and four rows');
  assert.ok(!csv.some((line) => line.startsWith('接待游客')));
  assert.ok(csv[1].endsWith(',22,46,,是'), csv[1]);

  await page.click('#body tr[data-index="2"] [data-act="restore"]');
  await page.uncheck('#body tr[data-index="0"] [data-act="check"]');
  assert.equal((await download(page, '#export-csv')).toString('utf8'), cli(TEXT, 'csv'));
  assert.equal(await page.evaluate(() => localStorage.getItem('zhibiao.edits')), null, 'nothing left to keep');
  await page.close();
});

test('edits stay with their text: kept on reload, absent for another text, back with the text', async () => {
  const page = await freshPage();
  await show(page, TEXT);
  await editRow(page, 0, { indicator: '全市地区生产总值', change: '5.1' });
  await page.check('#body tr[data-index="3"] [data-act="check"]');
  await page.waitForTimeout(500); // the text's own save
  await page.reload();
  await page.waitForFunction(() => document.getElementById('version').textContent !== '');
  await waitForTable(page);
  let rows = await tableRows(page);
  assert.equal(rows[0][COL.indicator], '全市地区生产总值');
  assert.equal(rows[0][COL.change], '5.1%');
  assert.ok(await page.isChecked('#body tr[data-index="3"] [data-act="check"]'));

  await show(page, OTHER);
  assert.equal(await page.$$eval('#body td.edited', (tds) => tds.length), 0);
  assert.equal(await page.$$eval('#body input[data-act="check"]:checked', (c) => c.length), 0);
  assert.equal((await download(page, '#export-csv')).toString('utf8'), cli(OTHER, 'csv'));

  await show(page, TEXT);
  rows = await tableRows(page);
  assert.equal(rows[0][COL.indicator], '全市地区生产总值');
  // Restoring the original in the dialog removes the edit.
  await page.click('#body tr[data-index="0"] [data-act="edit"]');
  await page.click('#edit-dialog button[value="reset"]');
  await page.waitForFunction(() => document.querySelector('#body tr[data-index="0"]').cells[0].textContent === '地区生产总值');
  rows = await tableRows(page);
  assert.equal(rows[0][COL.indicator], '地区生产总值');
  assert.equal(rows[0][COL.change], '5.0%', 'numbers as written again');
  await page.close();
});

test('the dialog refuses what cannot be a number or a period', async () => {
  const page = await freshPage();
  await show(page, TEXT);
  await page.click('#body tr[data-index="0"] [data-act="edit"]');
  await page.fill('#edit-dialog [name="value"]', '六十');
  await page.click('#edit-dialog button[value="save"]');
  await page.waitForSelector('#edit-dialog [name="value"][aria-invalid="true"]');
  assert.ok(await page.$('#edit-dialog[open]'), 'still open');
  assert.equal(await page.getAttribute('#edit-dialog [name="value"]', 'aria-invalid'), 'true');
  assert.match(await page.textContent('#edit-dialog .edit-error'), /数字/);
  await page.fill('#edit-dialog [name="value"]', '63.65');
  await page.fill('#edit-dialog [name="period"]', '2024Q3-Q1');
  await page.click('#edit-dialog button[value="save"]');
  await page.waitForSelector('#edit-dialog [name="period"][aria-invalid="true"]');
  assert.ok(await page.$('#edit-dialog[open]'));
  await page.keyboard.press('Escape');
  await page.waitForSelector('#edit-dialog:not([open])', { state: 'attached' });
  assert.equal(await page.$$eval('#body td.edited', (tds) => tds.length), 0);
  await page.close();
});

test('repeated mentions fold into one row with both evidences, exported once', async () => {
  const page = await freshPage();
  await show(page, TEXT);
  await page.check('#fold-repeats');
  await waitForTable(page);
  const rows = await tableRows(page);
  assert.equal(rows.length, 4);
  assert.equal(await page.getAttribute('#body tr[data-index="0"] td:first-child', 'data-mentions'), '×2');
  const title = await page.getAttribute('#body tr[data-index="0"] td:first-child', 'title');
  assert.equal(title.split('\n').filter((l) => l.includes('63.65亿元')).length, 2);
  // Clicking the row lights up both places in the text.
  await page.click('#body tr[data-index="0"] td');
  assert.equal(await page.$$eval('#source-view mark.active', (m) => m.length), 2);

  const csv = csvLines(await download(page, '#export-csv'));
  assert.equal(csv.filter((l) => l.startsWith('地区生产总值,')).length, 1);
  assert.equal(csv.length, 1 + 4);
  const all = (await download(page, '#export-csv')).toString('utf8');
  assert.ok(all.includes('"地区生产总值完成63.65亿元，同比增长5.0%\n地区生产总值完成63.65亿元，同比增长5.0%",22,46'));
  const json = JSON.parse((await download(page, '#export-json')).toString('utf8'));
  assert.deepEqual(json.rows[0].also, [{ evidence: '地区生产总值完成63.65亿元，同比增长5.0%', start: 79, end: 103 }]);

  // An edit that makes a mention differ unfolds it.
  await editRow(page, 0, { change: '5.2' });
  await page.waitForFunction(() => document.querySelectorAll('#body tr[data-index]').length === 5);
  await waitForTable(page);
  assert.equal((await tableRows(page)).length, 5);
  await page.uncheck('#fold-repeats');
  await page.close();
});

test('units on demand: 万元 and 人 across the table and every export, the evidence as written', async () => {
  const page = await freshPage();
  await show(page, TEXT);
  await page.selectOption('#unit-money', '万元');
  await page.waitForFunction(() => document.querySelector('#body tr[data-index="0"]').cells[3].textContent === '万元');
  let rows = await tableRows(page);
  assert.deepEqual([rows[0][COL.value], rows[0][COL.unit], rows[0][COL.change]], ['636500', '万元', '5.0%']);
  assert.deepEqual([rows[1][COL.value], rows[1][COL.unit]], ['1.5', '万人']);

  await page.selectOption('#unit-people', '人');
  await page.waitForFunction(() => document.querySelector('#body tr[data-index="1"]').cells[3].textContent === '人');
  rows = await tableRows(page);
  assert.deepEqual([rows[1][COL.value], rows[1][COL.unit]], ['15000', '人']);
  assert.deepEqual([rows[2][COL.value], rows[2][COL.unit]], ['3200', '人次']);

  const bytes = (await download(page, '#export-csv')).toString('utf8');
  assert.equal(bytes, cli(TEXT, 'csv', ['--money', '万元', '--people', '人']), 'the CLI writes the same with --money/--people');
  const csv = csvLines(Buffer.from(bytes));
  assert.equal(csv[1], '地区生产总值,地区生产总值,,是,636500,,万元,,5,,%,,实际,2024,经济,地区生产总值完成63.65亿元，同比增长5.0%,22,46');
  assert.ok(csv[2].startsWith('常住人口,常住人口,,是,15000,,人,'));
  assert.ok(csv[2].includes(',常住人口达到1.5万人,'));
  const tsv = await copied(page);
  assert.ok(tsv.split('\n')[1].startsWith('地区生产总值\t地区生产总值\t\t是\t636500\t\t万元\t'));
  const json = JSON.parse((await download(page, '#export-json')).toString('utf8'));
  assert.equal(json.rows[0].value, 636500);
  const strings = unzip(await download(page, '#export-xlsx')).get('xl/sharedStrings.xml').toString();
  assert.ok(strings.includes('<t>万元</t>') && !strings.includes('<t>亿元</t>'));

  // A value typed while 万元 is shown is in 万元; 亿元 then shows it in 亿元.
  await editRow(page, 0, { value: '640000' });
  await page.selectOption('#unit-money', '亿元');
  await page.waitForFunction(() => document.querySelector('#body tr[data-index="0"]').cells[3].textContent === '亿元');
  rows = await tableRows(page);
  assert.equal(rows[0][COL.value], '64');
  // The choice is kept.
  await page.reload();
  await page.waitForFunction(() => document.getElementById('version').textContent !== '');
  assert.equal(await page.inputValue('#unit-money'), '亿元');
  assert.equal(await page.inputValue('#unit-people'), '人');
  await page.close();
});

test('English: the controls and the dialog speak English; axe-core finds nothing serious', async () => {
  const page = await freshPage();
  await show(page, TEXT);
  await page.click('#lang');
  await waitForTable(page);
  assert.equal(await page.textContent('#head-row th[data-key="actions"]'), 'Check · edit');
  assert.equal(await page.getAttribute('#body tr[data-index="0"] [data-act="edit"]', 'aria-label'), 'Edit row 1');
  await editRow(page, 0, { unit: '亿美元' });
  assert.match(await page.getAttribute('#body tr[data-index="0"] td.edited', 'title'), /^Edited; was: 亿元/);
  await page.check('#body tr[data-index="1"] [data-act="check"]');
  await page.click('#body tr[data-index="2"] [data-act="drop"]');

  const require = createRequire(import.meta.url);
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource); // through the debugging protocol: the page's CSP stays on
  const serious = async () =>
    page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  assert.deepEqual(await serious(), []);
  await page.click('#body tr[data-index="0"] [data-act="edit"]');
  await page.waitForSelector('#edit-dialog[open]');
  assert.equal(await page.textContent('#edit-dialog button[value="save"]'), 'Save');
  assert.deepEqual(await serious(), []);
  await page.keyboard.press('Escape');
  await page.click('#lang');
  await page.close();
});

// What is typed is read by the library (src/typed.rs, its tests).
test('edits.js keeps rows apart', () => {
  assert.equal(textKey('甲'), textKey('甲'));
  assert.notEqual(textKey('甲乙'), textKey('乙甲'));
  const rows = [
    { indicator: 'a', value: 1, start: 0, end: 5, evidence: 'x', status: 'actual' },
    { indicator: 'b', value: 2, start: 0, end: 5, evidence: 'x', status: 'actual' },
    { indicator: 'a', value: 1, start: 9, end: 14, evidence: 'y', status: 'actual' },
  ];
  assert.deepEqual(rowKeys(rows), ['0-5#0', '0-5#1', '9-14#0']);
  assert.equal(correctedRows(rows, new Map()), rows, 'nothing changed: the parser\'s own rows');
  const folded = correctedRows(rows, new Map(), { fold: true });
  assert.deepEqual(folded[0].also, [{ evidence: 'y', start: 9, end: 14 }]);
  assert.equal(folded[2].foldedInto, 0);
  assert.equal(rows[0].also, undefined, 'the parser\'s rows are not touched');
  const edits = new Map([['9-14#0', { set: { value: 3 }, edited: ['value'] }]]);
  assert.equal(correctedRows(rows, edits, { fold: true })[2].foldedInto, undefined, 'an edit tells them apart');
});

test('a long (virtual) table: rows checked and dropped far down, folded, exported', async () => {
  const page = await freshPage();
  await show(page, Array(100).fill(TEXT).join('\n'));
  assert.ok(await page.$('#rows.virtual'), 'more rows than the plain table draws');
  const n = await page.evaluate(() => Number(document.getElementById('rows').getAttribute('aria-rowcount')) - 1);
  assert.ok(n >= 400, String(n));
  await page.evaluate(() => {
    const wrap = document.querySelector('.table-wrap');
    wrap.scrollIntoView({ block: 'end' });
    wrap.scrollTop = wrap.scrollHeight;
  });
  const last = n - 1;
  await page.waitForSelector(`#body tr[data-index="${last}"]`);
  await page.check(`#body tr[data-index="${last}"] [data-act="check"]`);
  await page.click(`#body tr[data-index="${last - 1}"] [data-act="drop"]`);
  // Scrolled away and back: the marks are in the data, not in the rows drawn.
  await page.evaluate(() => (document.querySelector('.table-wrap').scrollTop = 0));
  await page.waitForSelector(`#body tr[data-index="${last}"]`, { state: 'detached' });
  await page.evaluate(() => {
    const wrap = document.querySelector('.table-wrap');
    wrap.scrollIntoView({ block: 'end' });
    wrap.scrollTop = wrap.scrollHeight;
  });
  await page.waitForSelector(`#body tr[data-index="${last}"]`);
  assert.ok(await page.isChecked(`#body tr[data-index="${last}"] [data-act="check"]`));
  assert.ok(await page.$(`#body tr[data-index="${last - 1}"].dropped`));
  const csv = csvLines(await download(page, '#export-csv'));
  assert.equal(csv.length, 1 + n - 1);
  assert.ok(csv.at(-1).endsWith(',是'));

  await page.check('#fold-repeats');
  await waitForTable(page);
  const folded = await tableRows(page);
  assert.ok(folded.length < 10, `${folded.length} rows after the fold`);
  await page.close();
});

test('units that cannot be applied (the module unreachable) are said in words; the table stays as written', async () => {
  const { page } = await openPage(env.context, env.url); // its failed fetch is a console error: not watched
  await page.evaluate(() => localStorage.clear());
  await env.context.route(/zhibiao_xlsx/, (route) => route.abort('internetdisconnected'));
  await page.evaluate(async () => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const r of await cache.keys()) if (r.url.includes('zhibiao_xlsx')) await cache.delete(r);
    }
  });
  await page.reload();
  await page.waitForFunction(() => document.getElementById('version').textContent !== '');
  await show(page, TEXT);
  await page.selectOption('#unit-money', '万元');
  await page.waitForFunction(() => !document.getElementById('error').hidden);
  assert.match(await page.textContent('#error'), /无法换算单位.*离线/);
  assert.equal((await tableRows(page))[0][COL.unit], '亿元');
  await env.context.unroute(/zhibiao_xlsx/);
  await page.close();
});

test('no page error, no console error', () => {
  for (const p of problems) {
    assert.deepEqual(p.pageErrors, []);
    assert.deepEqual(p.consoleErrors, []);
    assert.deepEqual(p.foreignRequests, []);
  }
});
