// What a new user hit in the first hour (issue 18): binary junk taken for
// text, a failed read's "reading…" left in the status line, a saved page's
// inline style tripping the CSP, two files dropped and one silently left,
// messages run together, words and numbers broken inside in English, the
// phone's table out of sight, and the 地区 column for texts of many places.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, pasteText, waitForTable, tableRows, axeViolations, samples } from '../helpers.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

// Made-up reports of the usual shape.
const REPORT =
  '2024年，全市地区生产总值完成12345.6亿元，同比增长5.2%；新增市场主体1500户以上；城镇调查失业率控制在5.5%以内；森林覆盖率达到45.67%。\n' +
  '2024年1-11月，全市居民消费价格上涨0.5个百分点，新增绿地面积1,349,084平方米，社会消费品零售总额增长3.1%，一般公共预算收入增长2%。\n';
const OTHER = '2024年，全县粮食产量达到36.5万吨，增长2.1%。\n';

/** Bytes no text file has: a fixed pseudo-random stream (with NULs, as real junk has). */
function junk(n, seed = 7) {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const shownError = (page) => page.$eval('#error', (e) => (e.hidden ? '' : e.textContent));
const statusText = (page) => page.textContent('#status');

/** Switches the page to `lang` ('en' or 'zh-CN') unless it is shown in it already. */
async function setLang(page, lang) {
  if ((await page.evaluate(() => document.documentElement.lang)) !== lang) await page.click('#lang');
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

async function freshPage() {
  const opened = await openPage(env.context, env.url);
  await setLang(opened.page, 'zh-CN');
  await pasteText(opened.page, REPORT);
  await waitForTable(opened.page);
  return opened;
}

async function dropOnPage(page, files) {
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const [name, bytes] of files) dt.items.add(new File([Uint8Array.from(bytes)], name));
    const zone = document.getElementById('drop-zone');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files.map(([name, buffer]) => [name, [...buffer]]));
}

test('binary junk named .txt is refused, and the report shown stays', async () => {
  const { page } = await freshPage();
  const before = await tableRows(page);
  for (const bytes of [junk(4096), Buffer.from([0x61, 0x62, 0xff, 0xfe, 0xff, 0x80, 0xff, 0x63])]) {
    await page.setInputFiles('#file', { name: 'junk.txt', mimeType: 'text/plain', buffer: bytes });
    await page.waitForFunction(() => !document.getElementById('error').hidden);
    assert.match(await shownError(page), /不是文本/);
    assert.deepEqual(await tableRows(page), before, 'the report is not replaced');
    assert.ok(!(await page.inputValue('#text')).includes('\ufffd'));
    await page.$eval('#error', (e) => (e.hidden = true));
  }
  await page.close();
});

test('a failed read leaves no "reading…" in the status line', async () => {
  const { page } = await freshPage();
  // A PDF that is none: pdf.js is fetched, then the read fails.
  await page.setInputFiles('#file', { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\nnot really a pdf\n') });
  await page.waitForFunction(() => !document.getElementById('error').hidden, null, { timeout: 60_000 });
  const status = await statusText(page);
  assert.doesNotMatch(status, /正在读取|scan\.pdf/);
  assert.match(status, /识别出 \d+ 项指标/);
  await page.close();
});

test('a saved page with an inline <style> and style attributes opens without a CSP error', async () => {
  const { page, problems } = await freshPage();
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>p { color: red }</style></head>
<body><p style="font-weight:bold">${OTHER}</p><p style="display:none">隐藏的段落，增长99%。</p></body></html>`;
  await page.setInputFiles('#file', { name: '网页.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.waitForFunction(() => /已打开 网页\.html/.test(document.getElementById('status').textContent));
  assert.ok((await tableRows(page)).some((r) => r[0].includes('粮食产量')));
  assert.ok(!(await tableRows(page)).some((r) => r[4] === '99%'), 'hidden parts stay out');
  await page.waitForTimeout(300);
  assert.deepEqual(problems.consoleErrors, []);
  await page.close();
});

test('two files dropped: the first is opened and the status names the other', async () => {
  const { page } = await freshPage();
  await dropOnPage(page, [['一.txt', Buffer.from(OTHER)], ['二.txt', Buffer.from(REPORT)]]);
  await page.waitForFunction(() => /已打开 一\.txt/.test(document.getElementById('status').textContent));
  const status = await statusText(page);
  assert.match(status, /二\.txt/);
  assert.match(status, /多份报告面板/);
  // Messages apart, not run together with a bare space.
  assert.match(status, /已打开 一\.txt（UTF-8）；识别出 1 项指标；另有 1 个文件未打开/);
  await page.close();
});

test('an edit summary is its own part of the status line', async () => {
  const { page } = await freshPage();
  await page.locator('#body tr').first().locator('input[data-act="check"]').check();
  await page.waitForFunction(() => /核对 1 行/.test(document.getElementById('status').textContent));
  assert.match(await statusText(page), /识别出 \d+ 项指标；\S/);
  await page.close();
});

/** Cells whose text is broken inside a word or number: [text, lines]. */
function brokenCells(page) {
  return page.evaluate(() => {
    const broken = [];
    const lineCount = (el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    const cells = [...document.querySelectorAll('#head-row th .sort, #body td.num, #body td.word, #body td.code')];
    for (const cell of cells) {
      const text = cell.textContent.replace(/ [↕↑↓]$/, '');
      // One word (no space): must be one line; and nothing may overflow its cell.
      if ((!/\s/.test(text.trim()) && lineCount(cell) > 1) || cell.scrollWidth > cell.clientWidth + 1) broken.push([text, lineCount(cell)]);
    }
    return broken;
  });
}

test('English at 1280×900: no header, word or number broken inside; the 中文 button on one line', async () => {
  const { page } = await freshPage();
  await setLang(page, 'en');
  await waitForTable(page);
  assert.deepEqual(await brokenCells(page), []);
  // A whole report: every category's English name (Consumption, Environment…).
  await pasteText(page, samples()[3].text);
  await waitForTable(page);
  assert.deepEqual(await brokenCells(page), []);
  const lang = await page.$eval('#lang', (b) => b.getBoundingClientRect().height);
  assert.ok(lang < 45, `the 中文 button is ${lang}px high`);
  const cut = await page.$eval('#f-search', (i) => {
    const probe = document.createElement('span');
    probe.style.font = getComputedStyle(i).font;
    probe.textContent = i.placeholder;
    document.body.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width > i.clientWidth - 8;
  });
  assert.ok(!cut, 'the search placeholder shows whole');
  await setLang(page, 'zh-CN');
  await page.close();
});

test('Chinese: 12345.6, 以上 and the 限定 header on one line each; past 400 rows units are whole', async () => {
  const { page } = await freshPage();
  assert.deepEqual(await brokenCells(page), []);
  await pasteText(page, samples()[3].text);
  await waitForTable(page);
  assert.deepEqual(await brokenCells(page), []);
  const many = Array.from({ length: 450 }, (_, i) => `${2000 + (i % 20)}年，第${i + 1}片区绿地面积达到5.67万平方米。`).join('\n');
  await pasteText(page, many);
  await waitForTable(page);
  await page.waitForFunction(() => document.getElementById('rows').classList.contains('virtual'));
  const cut = await page.$$eval('#body td.word', (tds) => tds.filter((td) => td.scrollWidth > td.clientWidth + 1).map((td) => td.textContent));
  assert.deepEqual(cut, []);
  await page.close();
});

test('a phone (390×844): the table is in sight after a paste, the evidence after a click; nothing scrolls sideways', async () => {
  const page = await env.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(env.url);
  await page.waitForFunction(() => document.getElementById('version').textContent !== '');
  await pasteText(page, REPORT.repeat(3));
  await waitForTable(page);
  const inView = (selector) => page.$eval(selector, (e) => {
    const r = e.getBoundingClientRect();
    return r.top < innerHeight && r.bottom > 0;
  });
  await page.waitForFunction(() => {
    const r = document.querySelector('#body tr').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  await page.locator('#body tr').nth(1).click();
  await page.waitForSelector('#source-view mark.active');
  await page.waitForFunction(() => {
    const r = document.querySelector('#source-view mark.active').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  assert.ok(await inView('#source-view mark.active'));
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390);
  await page.click('#panel-toggle');
  await page.waitForSelector('#panel-view:not([hidden])');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390, 'the panel fits the phone');
  await page.click('#panel-toggle');
  await page.close();
});

test('the 地区 column shows when rows name several places, and search finds the place', async () => {
  const { page } = await freshPage();
  // Rows as the parser will soon give them (a `region` each): the page's own table code.
  const result = await page.evaluate(async () => {
    const table = await import('./js/table.js');
    const rows = [
      { indicator: '地区生产总值', region: '青川市', status: 'actual', evidence: 'a' },
      { indicator: '地区生产总值', region: '白河县', status: 'actual', evidence: 'b' },
    ];
    const one = rows.map((r) => ({ ...r, region: '青川市' }));
    const none = rows.map(({ region, ...r }) => r);
    const keys = () => table.shownColumns().map((c) => c.key);
    table.showRegionColumn(rows);
    const several = keys();
    const found = table.visibleIndices(rows, { search: '白河', coreOnly: false, status: '', category: '' }, {});
    table.showRegionColumn(one);
    const single = keys();
    table.showRegionColumn(none);
    const absent = keys();
    const nothing = table.visibleIndices(none, { search: '白河', coreOnly: false, status: '', category: '' }, {});
    // 合并重复提及 folds one fact said twice, not two places' equal figures.
    const { correctedRows } = await import('./js/edits.js');
    const same = { indicator: '地区生产总值', change: 5, changeUnit: '%', status: 'actual', period: '2024', evidence: '增长5%', start: 0, end: 4 };
    const unfolded = (rows) => correctedRows(rows, new Map(), { fold: true }).filter((r) => r.foldedInto === undefined).length;
    const places = unfolded([{ ...same, region: '青川市' }, { ...same, region: '白河县', start: 10, end: 14 }]);
    const twice = unfolded([{ ...same }, { ...same, start: 10, end: 14 }]);
    return { several, found, single, absent, nothing, places, twice };
  });
  assert.equal(result.places, 2);
  assert.equal(result.twice, 1);
  assert.ok(result.several.includes('region'));
  assert.deepEqual(result.found, [1]);
  assert.ok(!result.single.includes('region'));
  assert.ok(!result.absent.includes('region'));
  assert.deepEqual(result.nothing, []);
  await page.close();
});

test('axe stays clean in the English view and on a phone', async () => {
  const { page } = await freshPage();
  await setLang(page, 'en');
  assert.deepEqual(await axeViolations(page), []);
  await setLang(page, 'zh-CN');
  await page.setViewportSize({ width: 390, height: 844 });
  assert.deepEqual(await axeViolations(page), []);
  await page.close();
});
