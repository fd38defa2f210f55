// What people expect of the page (issue 11): pasting always works and
// replaces unless "add" is ticked, numbers read as the report writes them,
// a legend for the core mark, English category names, headers that fit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, pasteText, waitForTable, tableRows, samples } from '../helpers.mjs';

const COL = { indicator: 0, canonical: 1, value: 2, unit: 3, change: 4, qualifier: 5, status: 6, period: 7, category: 8 };
const GDP = '2024年全市地区生产总值完成1349084亿元，同比增长5.0%。\n一般公共预算收入完成12.5亿元。';
const OTHER = '2024年全市粮食产量达到63.65万吨，增长1.2%。\n城镇新增就业3.2万人。';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

async function freshPage() {
  const { page, problems } = await openPage(env.context, env.url);
  await page.evaluate(() => localStorage.clear());
  return { page, problems };
}

const sourceText = (page) => page.textContent('#source-view');

test('a paste replaces the text in the editor and in the evidence view; "add" appends', async () => {
  const { page } = await freshPage();
  await pasteText(page, GDP, '#text');
  await waitForTable(page);
  assert.ok(await page.isVisible('#source-view'), 'the evidence view after a paste');
  // Ctrl+V in the evidence view: the new report replaces the old one.
  await pasteText(page, OTHER, '#source-view');
  await page.waitForFunction(() => document.getElementById('source-view').textContent.includes('粮食'));
  await waitForTable(page);
  assert.ok(!(await sourceText(page)).includes('地区生产总值'), 'replaced, not merged');
  assert.ok((await tableRows(page)).every((r) => !r[COL.canonical].includes('地区生产总值')));
  // In the editor too.
  await page.click('#view-edit');
  await pasteText(page, GDP, '#text');
  await page.waitForFunction(() => document.getElementById('source-view').textContent.includes('地区生产总值'));
  assert.ok(!(await sourceText(page)).includes('粮食'));
  // Ticked: the paste is added.
  await page.check('#paste-add');
  await pasteText(page, OTHER, '#source-view');
  await page.waitForFunction(() => document.getElementById('source-view').textContent.includes('粮食'));
  const both = await sourceText(page);
  assert.ok(both.includes('地区生产总值') && both.includes('粮食'), 'added');
  await page.close();
});

test('numbers as written: 5.0 stays 5.0, no space before %, large values stay in their cell', async () => {
  const { page } = await freshPage();
  await pasteText(page, GDP);
  await waitForTable(page);
  const gdp = (await tableRows(page)).find((r) => r[COL.canonical] === '地区生产总值');
  assert.ok(gdp, 'the GDP row');
  assert.equal(gdp[COL.value], '1349084');
  assert.equal(gdp[COL.change], '5.0%');
  const overflow = await page.$$eval('#body td', (tds) => tds.filter((td) => td.scrollWidth > td.clientWidth + 1).map((td) => td.textContent));
  assert.deepEqual(overflow, [], 'no cell runs into the next one');
  await page.close();
});

test('a legend explains the core mark', async () => {
  const { page } = await freshPage();
  const legend = page.locator('.legend');
  assert.ok(await legend.isVisible());
  assert.match(await legend.textContent(), /核心指标/);
  await page.close();
});

test('in English: category names translated, headers and statuses fit at 1280 px', async () => {
  const { page } = await freshPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.click('#lang');
  await pasteText(page, samples()[3].text);
  await waitForTable(page);
  const rows = await tableRows(page);
  const gdp = rows.find((r) => r[COL.canonical] === '地区生产总值');
  assert.equal(gdp?.[COL.category], 'Economy');
  assert.ok(rows.every((r) => !/[\u4e00-\u9fff]/.test(r[COL.category])), 'no Chinese category left');
  assert.ok(rows.some((r) => r[COL.status] === 'estimate' || r[COL.status] === 'target'));
  const clipped = await page.$$eval('thead th .sort, #body td:nth-child(7), #body td:nth-child(9)', (els) =>
    els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
  );
  assert.deepEqual(clipped, [], 'every header, status and category fits');
  assert.match(await page.textContent('.legend'), /core indicator/);
  await page.click('#lang');
  await page.close();
});
