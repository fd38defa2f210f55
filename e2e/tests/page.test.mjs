// The page in a real browser: Debian's Chromium through playwright-core,
// www/ served on a free 127.0.0.1 port by e2e/serve.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, openPage, pasteText, samples, tableRows, waitForTable, axeViolations, cli, ARTIFACTS, E2E_DIR } from '../helpers.mjs';

const KEY_ROWS = JSON.parse(fs.readFileSync(path.join(E2E_DIR, 'key-rows.json'), 'utf8'));
const SAMPLES = samples();
const COL = { indicator: 0, canonical: 1, value: 2, unit: 3, change: 4, qualifier: 5, status: 6, period: 7, category: 8 };

let env;
const allProblems = [];

before(async () => {
  env = await launch({ clipboard: true });
});

after(async () => {
  await env?.close();
});

async function freshPage() {
  const opened = await openPage(env.context, env.url);
  allProblems.push(opened.problems);
  await opened.page.evaluate(() => localStorage.clear());
  return opened.page;
}

async function pasteAndWait(page, text) {
  await pasteText(page, text);
  await waitForTable(page);
}

// Whether a table row shows a gold row: the numbers as the report writes
// them (5.0 stays 5.0, 1,349,084 keeps its commas), a change with its unit
// and no space, a minus for a fall.
const number = (cell) => (cell === '' ? null : Number(cell.replace(/,/g, '')));
function shows(cells, row) {
  const value = row.placeholder ? cells[COL.value] === '（隐去）' : number(cells[COL.value]) === row.value;
  const unit = row.changeUnit ?? '';
  const change =
    row.change === null
      ? cells[COL.change] === ''
      : cells[COL.change].endsWith(unit) && number(cells[COL.change].slice(0, cells[COL.change].length - unit.length)) === row.change;
  return cells[COL.canonical] === row.canonical && value && cells[COL.unit] === (row.unit ?? '') && change;
}

test('each sample: the table holds its key core rows, meta above it', async () => {
  const page = await freshPage();
  for (const { name, text } of SAMPLES) {
    await pasteAndWait(page, text);
    const rows = await tableRows(page);
    const status = await page.textContent('#status');
    assert.match(status, new RegExp(`识别出 ${rows.length} 项指标`), name);
    assert.ok(KEY_ROWS[name]?.length > 0, `key rows picked for ${name}`);
    for (const key of KEY_ROWS[name]) {
      assert.ok(rows.some((r) => shows(r, key)), `${name}: ${JSON.stringify(key)}`);
    }
    assert.equal(await page.isVisible('#meta'), true);
  }
  // The example of the issue, spelled out.
  await pasteAndWait(page, SAMPLES[0].text);
  const gdp = (await tableRows(page)).find((r) => r[COL.canonical] === '地区生产总值');
  assert.deepEqual([gdp[COL.value], gdp[COL.unit], gdp[COL.change], gdp[COL.status]], ['63.65', '亿元', '5.2%', '实际']);
  await page.close();
});

test('click a row: the source shows its evidence, highlighted and in view', async () => {
  const page = await freshPage();
  const text = SAMPLES[0].text;
  await pasteAndWait(page, text);
  const tr = page.locator('#body tr', { hasText: '地区生产总值' }).first();
  await tr.click();
  assert.equal(await page.isVisible('#source-view'), true);
  const marked = await page.$$eval('#source-view mark.active', (ms) => ms.map((m) => m.textContent).join(''));
  assert.match(marked, /63\.65/);
  assert.match(marked, /5\.2/);
  assert.ok(text.includes(marked), 'the highlighted text is a stretch of the source');
  // In view (waits for the scroll corrections after layout).
  await page.waitForFunction(() => {
    const view = document.getElementById('source-view');
    const mark = view.querySelector('mark.active').getBoundingClientRect();
    const box = view.getBoundingClientRect();
    return mark.top >= box.top && mark.bottom <= box.bottom;
  });
  assert.equal(await tr.getAttribute('class'), 'core selected');

  // Keyboard: arrow to the next row, Enter shows its evidence.
  await tr.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const selected = await page.$eval('#body tr.selected', (row) => row.dataset.index);
  const focused = await page.evaluate(() => document.activeElement.dataset.index);
  assert.equal(selected, focused);
  assert.notEqual(selected, await tr.getAttribute('data-index'));
  await page.close();
});

test('hovering a number in the text shows the row it became', async () => {
  const page = await freshPage();
  await pasteAndWait(page, SAMPLES[0].text);
  await page.click('#view-source');
  const mark = page.locator('#source-view mark', { hasText: '63.65' }).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.hover();
  const hovered = await page.$$eval('#body tr.hover', (trs) => trs.map((tr) => tr.cells[1].textContent));
  assert.ok(hovered.includes('地区生产总值'), JSON.stringify(hovered));
  assert.match(await page.textContent('#hover-info'), /地区生产总值 63\.65亿元 5\.2%/);
  assert.match(await mark.getAttribute('title'), /地区生产总值/);
  await page.close();
});

test('sorting and filters', async () => {
  const page = await freshPage();
  await pasteAndWait(page, SAMPLES[3].text);
  // Every row of the report drawn, as many as the status counts.
  await page.waitForFunction(() => {
    const m = /识别出 (\d+)/.exec(document.getElementById('status').textContent);
    return m && document.querySelectorAll('#body tr').length === Number(m[1]);
  });
  const all = (await tableRows(page)).length;

  // The first screenful of rows comes at once, the rest in later tasks: wait for all.
  await page.click('th[data-key="value"] button');
  await waitForTable(page);
  assert.equal(await page.getAttribute('th[data-key="value"]', 'aria-sort'), 'ascending');
  const values = (await tableRows(page)).map((r) => r[COL.value]).filter((v) => /^-?[\d.]+$/.test(v)).map(Number);
  assert.deepEqual(values, [...values].sort((a, b) => a - b));
  await page.click('th[data-key="value"] button');
  assert.equal(await page.getAttribute('th[data-key="value"]', 'aria-sort'), 'descending');

  await page.check('#f-core');
  await waitForTable(page);
  const core = await page.$$eval('#body tr', (trs) => trs.map((tr) => tr.classList.contains('core')));
  assert.ok(core.length > 0 && core.length < all && core.every(Boolean));
  assert.match(await page.textContent('#status'), new RegExp(`识别出 ${all} 项指标，显示 ${core.length} 项`));
  await page.uncheck('#f-core');

  await page.selectOption('#f-status', 'target');
  await waitForTable(page);
  const statuses = new Set((await tableRows(page)).map((r) => r[COL.status]));
  assert.ok(statuses.size === 0 || (statuses.size === 1 && statuses.has('目标')));
  await page.selectOption('#f-status', '');

  const category = await page.$eval('#f-category', (s) => s.options[1]?.value);
  assert.ok(category, 'categories offered');
  await page.selectOption('#f-category', category);
  await waitForTable(page);
  assert.ok((await tableRows(page)).every((r) => r[COL.category] === category));
  await page.selectOption('#f-category', '');

  await page.fill('#f-search', '地区生产总值');
  await waitForTable(page);
  const found = await tableRows(page);
  assert.ok(found.length > 0 && found.length < all);
  await page.close();
});

test('CSV export: BOM, header, the rows shown, a file name from the title', async () => {
  const page = await freshPage();
  await pasteAndWait(page, SAMPLES[0].text);
  const shown = (await tableRows(page)).length;
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
  const file = await download.path();
  const csv = fs.readFileSync(file, 'utf8');
  assert.ok(csv.startsWith('\uFEFF指标,标准名称,'), csv.slice(0, 40));
  assert.match(csv, /\r\n地区生产总值,地区生产总值,[^,]*,是,63\.65,,亿元,/);
  assert.equal(csv.trimEnd().split('\r\n').length, shown + 1);
  // One renderer: the CLI writes the same bytes for the same text.
  assert.equal(csv, cli(SAMPLES[0].text, 'csv'));
  assert.match(download.suggestedFilename(), /\.csv$/);
  const title = await page.textContent('#meta-title');
  if (title !== '未识别') assert.ok(download.suggestedFilename().startsWith(title.slice(0, 10)));
  await page.close();
});

test('JSON export and TSV copy', async () => {
  const page = await freshPage();
  await pasteAndWait(page, SAMPLES[1].text);
  const shown = (await tableRows(page)).length;

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const jsonText = fs.readFileSync(await download.path(), 'utf8');
  assert.equal(jsonText, cli(SAMPLES[1].text, 'json'), 'the CLI writes the same bytes');
  const json = JSON.parse(jsonText);
  assert.equal(json.rows.length, shown);
  assert.ok('meta' in json && Array.isArray(json.notes));
  assert.match(download.suggestedFilename(), /\.json$/);

  await page.click('#copy-tsv');
  await page.waitForFunction(() => /已复制/.test(document.getElementById('status').textContent));
  const tsv = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(tsv, cli(SAMPLES[1].text, 'tsv'), 'the CLI writes the same bytes');
  // For Word/WPS documents: an HTML table beside the text.
  const html = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return item.types.includes('text/html') ? (await item.getType('text/html')).text() : '';
  });
  assert.match(html, /<table[^>]*>.*<th>指标<\/th>/s);
  assert.equal((html.match(/<tr>/g) ?? []).length, shown + 1);
  const lines = tsv.trimEnd().split('\n');
  assert.equal(lines.length, shown + 1);
  assert.ok(lines[0].startsWith('指标\t标准名称\t'));
  assert.ok(lines.every((l) => l.split('\t').length === lines[0].split('\t').length));
  await page.close();
});

test('a GBK file, dropped or opened, is decoded and parsed', async () => {
  const page = await freshPage();
  const { text, name } = SAMPLES[1];
  const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk), 'the file is not UTF-8');

  // Drop: a DataTransfer holding the file, on the source pane.
  const dataTransfer = await page.evaluateHandle((bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], 'report-gbk.txt', { type: 'text/plain' }));
    return dt;
  }, [...gbk]);
  await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer });
  await page.waitForFunction(() => /GB18030/.test(document.getElementById('status').textContent));
  await waitForTable(page);
  assert.equal(await page.inputValue('#text'), text);
  assert.ok((await tableRows(page)).length >= KEY_ROWS[name].length);

  // Open: the file picker.
  await page.click('#clear');
  const file = path.join(ARTIFACTS, 'report-gbk.txt');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(file, gbk);
  await page.setInputFiles('#file', file);
  await page.waitForFunction(() => /GB18030/.test(document.getElementById('status').textContent));
  assert.equal(await page.inputValue('#text'), text);
  await page.close();
});

test('the text survives a reload; "clear" removes it from the browser', async () => {
  const page = await freshPage();
  await pasteAndWait(page, SAMPLES[2].text);
  const rows = (await tableRows(page)).length;
  await page.waitForFunction(() => localStorage.getItem('zhibiao.text')?.length > 0);
  await page.reload();
  await waitForTable(page);
  assert.equal(await page.inputValue('#text'), SAMPLES[2].text);
  assert.equal((await tableRows(page)).length, rows);

  await page.click('#clear');
  assert.equal(await page.inputValue('#text'), '');
  assert.equal(await page.evaluate(() => localStorage.getItem('zhibiao.text')), null);
  assert.equal((await tableRows(page)).length, 0);
  await page.reload();
  await page.waitForFunction(() => document.getElementById('version').textContent !== '');
  assert.equal(await page.inputValue('#text'), '');
  await page.close();
});

test('the sample button loads a report', async () => {
  const page = await freshPage();
  await page.click('#sample');
  await waitForTable(page);
  assert.ok((await tableRows(page)).length > 0);
  assert.equal(await page.isVisible('#source-view'), true);
  await page.close();
});

test('English is switchable and remembered', async () => {
  const page = await freshPage();
  await pasteAndWait(page, SAMPLES[0].text);
  await page.click('#lang');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('th[data-key="indicator"]'), 'Indicator');
  assert.match(await page.textContent('#status'), /indicators found/);
  await page.reload();
  await waitForTable(page);
  assert.equal(await page.textContent('th[data-key="status"]'), 'Status');
  await page.click('#lang');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  await page.close();
});

test('pasted text is inserted as text, never as HTML', async () => {
  const page = await freshPage();
  const evil = '<img src=x id=evil onerror="window.pwned=1"><b>粗体</b>\n地区生产总值完成63.65亿元，同比增长5.2%。';
  await pasteAndWait(page, evil);
  await page.click('#view-source');
  assert.equal(await page.$('#evil'), null);
  assert.equal(await page.$('#source-view b'), null);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  const shown = await page.textContent('#source-view');
  assert.ok(shown.startsWith('<img src=x'), shown.slice(0, 80));
  await page.close();
});

test('a large text is parsed in a worker, the page stays responsive', async () => {
  const page = await freshPage();
  let big = '';
  while (big.length < 500_000) for (const s of SAMPLES) big += s.text + '\n';
  await page.evaluate(() => {
    window.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longestTask = Math.max(window.longestTask, e.duration);
    }).observe({ type: 'longtask' });
  });
  await pasteAndWait(page, big);
  assert.ok(page.workers().some((w) => w.url().endsWith('/js/worker.js')), 'parsed in the worker');
  const n = Number((await page.textContent('#status')).match(/\d+/)[0]);
  assert.ok(n > 500, `${n} rows`);
  // A virtual table: every row counted, only those on screen drawn.
  assert.equal(await page.getAttribute('#rows', 'aria-rowcount'), String(n + 1));
  const drawn = (await tableRows(page)).length;
  assert.ok(drawn > 10 && drawn < 200, `${drawn} rows drawn of ${n}`);
  await page.$eval('.table-wrap', (w) => (w.scrollTop = w.scrollHeight));
  await page.waitForFunction((last) => document.querySelector(`#body tr[aria-rowindex="${last}"]`), n + 1);
  // The text is shown read-only, not pushed into the text area.
  assert.equal(await page.inputValue('#text'), '');
  assert.ok(await page.isVisible('#source-view'));
  // The evidence view, built in slices after the table: whole text, every mark.
  await page.waitForSelector('#source-view:not([aria-busy])');
  const view = await page.$eval('#source-view', (v) => ({ length: v.textContent.length, marks: v.querySelectorAll('mark').length }));
  assert.equal(view.length, big.length);
  assert.ok(view.marks > n / 2, `${view.marks} marks for ${n} rows`);
  // A row's evidence, far down the text, is found and marked.
  await page.locator('#body tr[data-index]').last().click();
  assert.ok(await page.$eval('#source-view mark.active', (m) => m.textContent.length > 0));
  // Cleared while the view of a new large text is still being built: the build stops.
  await pasteText(page, big + '\n' + SAMPLES[0].text);
  await page.click('#clear');
  await page.waitForTimeout(300);
  assert.equal(await page.getAttribute('#source-view', 'aria-busy'), null);
  assert.ok((await page.textContent('#source-view')).length < 100);
  const longest = await page.evaluate(() => window.longestTask);
  // Generous (CI machines are slow), but a frozen page would take seconds.
  assert.ok(longest < 1000, `longest main-thread task ${longest} ms`);
  await page.close();
});

test('accessibility (axe-core): no violation; screenshots', async () => {
  const page = await freshPage();
  const check = async (label) => assert.deepEqual(await axeViolations(page), [], label);
  await check('empty page');
  await pasteAndWait(page, SAMPLES[0].text);
  await page.locator('#body tr', { hasText: '地区生产总值' }).first().click();
  await check('with the table and the evidence view');
  await page.click('#dictionary summary');
  await check('"my indicators" open');
  await page.click('#lang');
  await check('in English');
  await page.click('#lang');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, 'page-desktop.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await check('phone');
  await page.screenshot({ path: path.join(ARTIFACTS, 'page-phone.png'), fullPage: true });
  await page.close();
});

test('the update prompt appears when a new version is deployed', async () => {
  const page = await freshPage();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const assets = fs.readFileSync(path.join(E2E_DIR, '..', 'www', 'pkg', 'assets.js'), 'utf8');
  env.overrides.set('/pkg/assets.js', assets.replace(/"version": "\w+"/, '"version": "test-update"'));
  try {
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.waitForSelector('#update:not([hidden])');
    await Promise.all([page.waitForEvent('load'), page.click('#update-reload')]);
    const caches = await page.evaluate(() => caches.keys());
    assert.deepEqual(caches, ['zhibiao-test-update']);
  } finally {
    env.overrides.delete('/pkg/assets.js');
  }
  await page.close();
});

test('a wasm that fails to load gives a clear message, not a blank page', async () => {
  const broken = await launch({ contextOptions: { serviceWorkers: 'block' } });
  try {
    await broken.context.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
    const page = await broken.context.newPage();
    await page.goto(broken.url);
    await page.waitForSelector('#error:not([hidden])');
    assert.match(await page.textContent('#error'), /解析引擎加载失败/);
    assert.equal(await page.isVisible('#text'), true);
  } finally {
    await broken.close();
  }
});

test('after one visit the page works with the network off', async () => {
  const offline = await launch();
  try {
    const { page, problems } = await openPage(offline.context, offline.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await new Promise((resolve) => offline.server.close(resolve));
    offline.server.closeAllConnections?.();
    await offline.context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => document.getElementById('version').textContent !== '');
    await pasteAndWait(page, SAMPLES[0].text);
    assert.ok((await tableRows(page)).some((r) => r[COL.canonical] === '地区生产总值'));
    assert.deepEqual(problems.foreignRequests, []);
  } finally {
    await offline.close();
  }
});

test('no request left 127.0.0.1 and no console error', () => {
  const merged = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  for (const p of allProblems) for (const k of Object.keys(merged)) merged[k].push(...p[k]);
  assert.deepEqual(merged, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
});
