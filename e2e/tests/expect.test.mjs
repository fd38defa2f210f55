// What people expect of the page (issue 11): pasting always works and
// replaces unless "add" is ticked, numbers read as the report writes them,
// a legend for the core mark, English category names, headers that fit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
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

test('my indicators: an added name gives canonical rows, exports as TSV and re-imports', async () => {
  const { page } = await freshPage();
  const text = '2024年全县特色农产品加工总值达到12.5亿元，增长8.0%。';
  await page.click('#dictionary summary');
  // The category is one of the parser's (src/category.rs), or left to it.
  const categories = await page.$$eval('#dict-category option', (os) => os.map((o) => o.value));
  assert.deepEqual(categories, ['', '经济', '工业', '农业', '投资', '消费', '外贸', '财政', '收入', '就业', '民生', '科技', '生态', '政务', '其他']);
  await page.fill('#dict-name', '特色产业产值');
  await page.selectOption('#dict-category', '经济');
  await page.fill('#dict-variants', '特色农产品加工总值、特色产业总产值');
  await page.click('#dict-form button[type="submit"]');
  await pasteText(page, text);
  await waitForTable(page);
  const canonicalRow = async () =>
    (await tableRows(page)).find((r) => r[COL.canonical] === '特色产业产值' && r[COL.value] === '12.5');
  assert.ok(await canonicalRow(), JSON.stringify(await tableRows(page)));

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#dict-export')]);
  assert.match(download.suggestedFilename(), /\.tsv$/);
  const tsv = fs.readFileSync(await download.path(), 'utf8');
  assert.equal(tsv, '特色产业产值\t经济\t特色农产品加工总值\t特色产业总产值\n');

  // Deleted: the row is no longer canonical; re-imported: it is again.
  await page.click('#dict-list button');
  await page.waitForFunction(() => document.querySelectorAll('#dict-list li').length === 0);
  await waitForTable(page);
  assert.equal(await canonicalRow(), undefined);
  await page.setInputFiles('#dict-file', { name: 'mine.tsv', mimeType: 'text/tab-separated-values', buffer: Buffer.from(tsv) });
  await page.waitForFunction(() => document.querySelectorAll('#dict-list li').length === 1);
  await page.waitForFunction(() => [...document.querySelectorAll('#body tr td:nth-child(2)')].some((td) => td.textContent === '特色产业产值'));
  assert.ok(await canonicalRow());
  // Kept in the browser: still there after a reload.
  await page.reload();
  await page.waitForFunction(() => document.getElementById('version').textContent !== '');
  assert.equal(await page.locator('#dict-list li').count(), 1);
  // A bad line is named, not swallowed.
  await page.setInputFiles('#dict-file', { name: 'bad.tsv', mimeType: 'text/plain', buffer: Buffer.from('茶叶产值\t经挤\t茶叶\n只有名称没有制表符\t\t\n\t经济\t别名\n') });
  await page.waitForFunction(() => !document.getElementById('error').hidden);
  assert.match(await page.textContent('#error'), /line 2: unknown category '经挤' \(use one of 经济, 工业, .*其他/);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});
