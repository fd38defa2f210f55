// The page's XLSX export: the sheet writer's wasm module is fetched only on
// the first click, and the workbook holds the rows shown, numbers as numbers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch, openPage, pasteText, waitForTable, tableRows, samples, unzip } from '../helpers.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

async function downloadXlsx(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-xlsx')]);
  assert.match(download.suggestedFilename(), /\.xlsx$/);
  return unzip(fs.readFileSync(await download.path()));
}

const isXlsxModule = (p) => p.includes('zhibiao_xlsx');

test('the XLSX module loads on the first click only, and the workbook has the shown rows', async () => {
  const { page, problems } = await openPage(env.context, env.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(500);
  assert.deepEqual(env.requests.filter(isXlsxModule), [], 'not in the first load nor the pre-cache');

  await pasteText(page, samples()[0].text);
  await waitForTable(page);
  const shown = await tableRows(page);
  const files = await downloadXlsx(page);
  assert.ok(env.requests.some((p) => p.endsWith('/pkg/zhibiao_xlsx_bg.wasm')), 'fetched on demand');

  const workbook = files.get('xl/workbook.xml').toString();
  assert.match(workbook, /<sheet name="指标"/);
  assert.match(workbook, /<sheet name="报告信息"/);
  const sheet = files.get('xl/worksheets/sheet1.xml').toString();
  assert.equal((sheet.match(/<row /g) ?? []).length, shown.length + 1, 'header + the rows shown');
  assert.match(sheet, /<pane ySplit="1"[^>]*state="frozen"/);
  // Numbers are number cells (no t="s"): column D (数值) of the first row that has one.
  assert.match(sheet, /<c r="E\d+"( s="\d+")?><v>-?[\d.]+<\/v><\/c>/);
  const strings = files.get('xl/sharedStrings.xml').toString();
  for (const header of ['指标', '数值', '单位', '依据']) assert.ok(strings.includes(`<t>${header}</t>`), header);

  // Filters apply: core rows only.
  await page.check('#f-core');
  await waitForTable(page);
  const core = await tableRows(page);
  assert.ok(core.length < shown.length);
  const coreSheet = (await downloadXlsx(page)).get('xl/worksheets/sheet1.xml').toString();
  assert.equal((coreSheet.match(/<row /g) ?? []).length, core.length + 1);
  assert.equal(env.requests.filter((p) => p.endsWith('/pkg/zhibiao_xlsx_bg.wasm')).length, 1, 'loaded once');
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});
