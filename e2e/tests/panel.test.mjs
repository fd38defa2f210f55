// The panel view (www/js/panel/): several reports dropped, one table of
// targets beside results, evidence highlighted in the right report, a chart,
// CSV/XLSX downloaded and read back, texts kept across an offline reload;
// and the time to build the panel of 31 long reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { launch, openPage, samples, axeViolations } from '../helpers.mjs';

// Short made-up reports: a city's 2023, 2024 and 2025 work reports.
const report = (year, review, targets) =>
  `漯河市${year}年政府工作报告\n——${year}年1月10日在漯河市人民代表大会上\n\n` +
  `一、${year - 1}年工作回顾\n过去一年，${review}\n\n二、${year}年主要目标\n今年主要预期目标是：${targets}\n`;
const FILES = [
  ['青川2023.txt', report(2023, '全市地区生产总值增长4.5%。', '地区生产总值增长5%左右，一般公共预算收入增长5%以上。')],
  ['青川2024.txt', report(2024, '全市地区生产总值完成2875.4亿元，同比增长5.8%；一般公共预算收入增长6.1%。', '地区生产总值增长6%左右，一般公共预算收入增长5%以上，城镇调查失业率控制在5.5%以内。')],
  ['青川2025.txt', report(2025, '全市地区生产总值达到3030.2亿元，增长5.9%；一般公共预算收入增长5.2%；城镇调查失业率5.1%。', '地区生产总值增长5.5%左右。')],
];

async function dropFiles(page, files) {
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const [name, text] of files) dt.items.add(new File([text], name, { type: 'text/plain' }));
    const target = document.getElementById('panel-view');
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

const waitForPanel = (page, n) =>
  page.waitForFunction((n) => new RegExp(`^${n} 份报告`).test(document.getElementById('panel-status').textContent), n);

/** Waits until cell `k` of the row of `canonical` in `period` reads `pattern` (a new build comes from the worker). */
async function waitForCell(page, canonical, period, k, pattern) {
  const read = () => rowOf(page, canonical, period).then((h) => h.evaluate((tr, i) => tr?.cells[i].textContent ?? null, k));
  try {
    await page.waitForFunction(([c, p, i, source]) => {
      const tr = [...document.querySelectorAll('#panel-body tr')]
        .find((r) => r.cells[1].textContent === c && r.cells[2].textContent === p);
      return !!tr && new RegExp(source).test(tr.cells[i].textContent);
    }, [canonical, period, k, pattern.source], { timeout: 10000 });
  } catch {
    // Let the assertion say what the cell reads instead.
  }
  assert.match(await read(), pattern);
}

const rowOf = (page, canonical, period) =>
  page.evaluateHandle(([c, p]) => [...document.querySelectorAll('#panel-body tr')]
    .find((tr) => tr.cells[1].textContent === c && tr.cells[2].textContent === p), [canonical, period]);

test('several files dropped make one panel, linked back to its reports', async () => {
  const env = await launch();
  try {
    const { page, problems } = await openPage(env.context, env.url);
    await page.click('#panel-toggle');
    await dropFiles(page, FILES);
    await waitForPanel(page, 3);
    const gdp = await rowOf(page, '地区生产总值', '2024');
    const cells = await gdp.evaluate((tr) => [...tr.cells].map((td) => td.textContent));
    assert.equal(cells[0], '漯河市');
    assert.match(cells[3], /约\+6%\[2\]/);
    assert.match(cells[5], /3030\.2亿元 \+5\.9%\[3\]/);
    assert.equal(cells[6], '-0.1个百分点');
    assert.equal(cells[7], '左右');
    // The actual links to the 2025 report (index 2) with its evidence marked.
    await gdp.evaluate((tr) => tr.cells[5].querySelector('button').click());
    await page.waitForSelector('#panel-mark');
    assert.equal(await page.getAttribute('#panel-source', 'data-report'), '2');
    const mark = await page.textContent('#panel-mark');
    assert.match(mark, /5\.9%/);
    const sourceText = await page.textContent('#panel-source');
    assert.ok(sourceText.startsWith('漯河市2025年'));
    assert.equal(await page.getAttribute('#panel-tabs [role=tab][aria-selected=true]', 'id'), 'panel-tab-2');
    assert.equal(await page.getAttribute('#panel-text', 'aria-labelledby'), 'panel-tab-2');
    // No chart until an indicator is clicked; then one, below the table.
    assert.equal(await page.$$eval('#panel-view svg', (s) => s.length), 0);
    await page.waitForSelector('#panel-chart-hint');
    await gdp.evaluate((tr) => tr.cells[1].querySelector('button').click());
    const chart = await page.waitForSelector('#panel-figure svg');
    assert.equal(await page.$$eval('#panel-view svg', (s) => s.length), 1, 'one chart at a time');
    // Targets dashed, results solid, every point labelled, a legend, the unit.
    assert.equal(await chart.evaluate((s) => s.querySelector('polyline.target').getAttribute('stroke-dasharray')), '6 4');
    assert.equal(await chart.evaluate((s) => s.querySelector('polyline.result').getAttribute('stroke-dasharray')), 'none');
    const texts = await chart.evaluate((s) => [...s.querySelectorAll('text')].map((t) => t.textContent));
    for (const label of ['5%', '6%', '5.5%', '4.5%', '5.8%', '5.9%', '目标', '实际', '2023', '2025']) assert.ok(texts.includes(label), `${label} in ${texts}`);
    assert.match(await chart.evaluate((s) => s.querySelector('title').textContent), /漯河市 · 地区生产总值：增速（%）/);
    // Downloads: the SVG as drawn, the PNG drawn from it.
    const [svgDl] = await Promise.all([page.waitForEvent('download'), page.click('#panel-chart-svg')]);
    const svgFile = fs.readFileSync(await svgDl.path(), 'utf8');
    assert.ok(svgFile.startsWith('<?xml') && svgFile.includes('<polyline') && svgFile.includes('5.9%'));
    assert.match(svgDl.suggestedFilename(), /\.svg$/);
    const [pngDl] = await Promise.all([page.waitForEvent('download'), page.click('#panel-chart-png')]);
    const png = fs.readFileSync(await pngDl.path());
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.ok(png.length > 5000, `${png.length} bytes`);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems.consoleErrors, []);
    // CSV: the long table, read back.
    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('#panel-export-csv')]);
    const csv = fs.readFileSync(await csvDl.path(), 'utf8');
    assert.ok(csv.startsWith('\uFEFF地区,标准名称,类别,期间,目标数值,'));
    const line = csv.split('\r\n').find((l) => l.startsWith('漯河市,地区生产总值,经济,2024,'));
    assert.ok(line, csv);
    assert.ok(line.includes(',6,,%,约,青川2024.txt,'), line);
    // XLSX: the long sheet and the wide one, read back from the zip.
    const [xlsxDl] = await Promise.all([page.waitForEvent('download'), page.click('#panel-export-xlsx')]);
    const xlsx = await xlsxDl.path();
    const listing = execFileSync('python3', ['-c', `
import sys, zipfile, re
z = zipfile.ZipFile(sys.argv[1])
wb = z.read('xl/workbook.xml').decode()
print('|'.join(re.findall(r'<sheet name="([^"]+)"', wb)))
print('3030.2亿元 +5.9%' in z.read('xl/sharedStrings.xml').decode())`, xlsx]).toString().trim().split('\n');
    assert.equal(listing[0], '面板|宽表 漯河市|报告');
    assert.equal(listing[1], 'True');
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.foreignRequests, []);

    // Offline reload keeps the texts and rebuilds the panel from the cache.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await new Promise((resolve) => env.server.close(resolve));
    env.server.closeAllConnections?.();
    await env.context.setOffline(true);
    await page.reload();
    await page.waitForSelector('#panel-view:not([hidden])');
    await waitForPanel(page, 3);
    assert.deepEqual(
      await page.$$eval('#panel-tabs [role=tab]', (b) => b.map((x) => x.textContent)),
      ['1. 青川2023.txt', '2. 青川2024.txt', '3. 青川2025.txt'],
    );
    assert.ok(await rowOf(page, '地区生产总值', '2024').then((h) => h.evaluate((tr) => !!tr)));
  } finally {
    await env.close();
  }
});

test('across places: a sorted bar chart with values; the header lines up with the body', async () => {
  const env = await launch();
  try {
    const { page, problems } = await openPage(env.context, env.url);
    await page.click('#panel-toggle');
    const place = (name, growth) => report(2025, `全市地区生产总值增长${growth}%。`, '地区生产总值增长5%左右。').replaceAll('漯河', name);
    await dropFiles(page, [...FILES, ['许昌2025.txt', place('许昌', 4.8)], ['周口2025.txt', place('周口', 6.3)]]);
    await waitForPanel(page, 5);
    const gdp = await rowOf(page, '地区生产总值', '2024');
    await gdp.evaluate((tr) => tr.cells[1].querySelector('button').click());
    await page.waitForSelector('#panel-chart-places');
    await page.click('#panel-chart-places');
    await page.waitForSelector('#panel-figure svg rect.bar');
    const bars = await page.$$eval('#panel-figure svg rect.bar', (rs) => rs.map((r) => Number(r.getAttribute('width'))));
    assert.equal(bars.length, 3);
    assert.deepEqual([...bars].sort((a, b) => b - a), bars, 'largest first');
    const texts = await page.$$eval('#panel-figure svg text', (ts) => ts.map((t) => t.textContent));
    for (const label of ['周口市', '漯河市', '许昌市', '6.3%', '5.9%', '4.8%']) assert.ok(texts.includes(label), `${label} in ${texts}`);
    // The header's cells start where the body's do.
    const offsets = await page.evaluate(() => {
      const head = [...document.querySelectorAll('#panel-table thead th')];
      const body = [...document.querySelector('#panel-body tr').cells];
      // Where a cell's content starts: its box and its padding.
      const start = (el) => Math.round(el.getBoundingClientRect().left + parseFloat(getComputedStyle(el).paddingLeft));
      return head.map((th, i) => start(th) - start(body[i]));
    });
    assert.ok(offsets.every((d) => Math.abs(d) <= 1), `header offsets ${offsets}`);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems.consoleErrors, []);
  } finally {
    await env.close();
  }
});

test('one pasted round-up of several places is a panel of its own, with a chart across its places', async () => {
  const env = await launch();
  try {
    const { page, problems } = await openPage(env.context, env.url);
    await page.click('#panel-toggle');
    await page.click('#panel-paste');
    // A made-up round-up: real cities, made-up figures, three shapes.
    await page.fill('#panel-edit', [
      '2025年部分城市经济数据',
      '洛阳市经济总量5600亿元，同比增长4.9%，常住人口700万人。',
      '许昌以3700亿元的经济总量居第三位。',
      '南阳、新乡地区生产总值分别为4900亿元、3500亿元。',
    ].join('\n'));
    await waitForPanel(page, 1);
    const places = await page.$$eval('#panel-body tr', (trs) => trs
      .filter((tr) => tr.cells[1].textContent === '地区生产总值')
      .map((tr) => tr.cells[0].textContent));
    assert.deepEqual([...places].sort(), ['南阳市', '新乡市', '洛阳市', '许昌市'].sort());
    const gdp = await rowOf(page, '地区生产总值', '2025');
    await gdp.evaluate((tr) => tr.cells[1].querySelector('button').click());
    // One period only: the chart across places is the only one, no toggle.
    await page.waitForSelector('#panel-figure svg rect.bar');
    const bars = await page.$$eval('#panel-figure svg rect.bar', (rs) => rs.map((r) => Number(r.getAttribute('width'))));
    assert.equal(bars.length, 4);
    assert.deepEqual([...bars].sort((a, b) => b - a), bars, 'largest first');
    const texts = await page.$$eval('#panel-figure svg text', (ts) => ts.map((t) => t.textContent));
    for (const label of ['洛阳市', '南阳市', '许昌市', '新乡市']) assert.ok(texts.includes(label), `${label} in ${texts}`);
    assert.deepEqual(problems.consoleErrors, []);
  } finally {
    await env.close();
  }
});

test('files that cannot be read are listed and stay listed; the picker offers no .doc', async () => {
  const env = await launch();
  try {
    const { page } = await openPage(env.context, env.url);
    await page.click('#panel-toggle');
    assert.doesNotMatch(await page.getAttribute('#panel-file', 'accept'), /\.doc(,|$)/);
    await page.evaluate((files) => {
      const dt = new DataTransfer();
      for (const [name, text] of files) dt.items.add(new File([text], name));
      dt.items.add(new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])], '旧报告.doc'));
      dt.items.add(new File([new Uint8Array(300).map((_, i) => (i * 37) % 256)], 'junk.txt'));
      document.getElementById('panel-view').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, FILES);
    await waitForPanel(page, 3);
    const errors = await page.$eval('#panel-errors', (e) => (e.hidden ? '' : e.textContent));
    assert.match(errors, /旧报告\.doc：旧版 Word/);
    assert.match(errors, /junk\.txt：这个文件不是文本/);
    assert.equal(await page.$$eval('#panel-tabs [role=tab]', (t) => t.length), 3, 'no tab for junk');
    // Five reports of one year: nothing to set side by side, and the page says why.
    assert.equal(await page.$eval('#panel-no-gap', (e) => e.hidden), true);
    await page.click('#panel-clear');
    assert.equal(await page.$eval('#panel-errors', (e) => e.hidden), true);
    const sameYear = ['甲', '乙', '丙', '丁', '戊'].map((p) => [`${p}.txt`, report(2025, '全市地区生产总值增长5.1%。', '地区生产总值增长5%左右。').replaceAll('青川', p + '川')]);
    await dropFiles(page, sameYear);
    await waitForPanel(page, 5);
    assert.match(await page.$eval('#panel-no-gap', (e) => (e.hidden ? '' : e.textContent)), /下一年的报告/);
  } finally {
    await env.close();
  }
});

test('a text pasted in a new tab joins the panel', async () => {
  const env = await launch();
  try {
    const { page } = await openPage(env.context, env.url);
    await page.click('#panel-toggle');
    await page.click('#panel-paste');
    await page.fill('#panel-edit', report(2026, '地区生产总值增长5%。', '地区生产总值增长5%以上。').replaceAll('漯河', '许昌'));
    await waitForPanel(page, 1);
    assert.ok(await rowOf(page, '地区生产总值', '2026').then((h) => h.evaluate((tr) => tr?.cells[0].textContent === '许昌市')));
  } finally {
    await env.close();
  }
});

test('the panel parses with "my indicators" and speaks the page\'s language', async () => {
  const env = await launch();
  try {
    const { page, problems } = await openPage(env.context, env.url);
    // A local indicator the built-in dictionary does not know.
    const tea = report(2025, '全市特色茶叶产值完成12.5亿元，增长8%。', '特色茶叶产值增长10%左右。');
    await page.click('#panel-toggle');
    await dropFiles(page, [['青川茶.txt', tea]]);
    await waitForPanel(page, 1);
    assert.equal(await rowOf(page, '茶叶产值', '2024').then((h) => h.evaluate((tr) => !!tr)), false);

    // Added on the page ("my indicators"): the panel is built again with it.
    await page.click('#panel-toggle');
    await page.click('#dictionary summary');
    await page.fill('#dict-name', '茶叶产值');
    await page.selectOption('#dict-category', '农业');
    await page.fill('#dict-variants', '特色茶叶产值');
    await page.click('#dict-form button[type=submit]');
    await page.click('#panel-toggle');
    await page.waitForFunction(() => [...document.querySelectorAll('#panel-body tr')].some((tr) => tr.cells[1].textContent === '茶叶产值'));
    const actual = await rowOf(page, '茶叶产值', '2024');
    assert.match(await actual.evaluate((tr) => tr.cells[5].textContent), /^12\.5亿元 \+8%\[1\]$/);
    const target = await rowOf(page, '茶叶产值', '2025');
    assert.match(await target.evaluate((tr) => tr.cells[3].textContent), /^约\+10%\[1\]$/);

    // English, as the page switches: headings, columns, cells, status, tabs.
    await page.click('#lang');
    assert.equal(await page.textContent('#panel-heading'), 'Panel of several reports');
    assert.equal(await page.textContent('#panel-toggle'), 'Back to one report');
    assert.deepEqual(
      await page.$$eval('#panel-table thead th', (ths) => ths.map((th) => th.textContent)),
      ['Region', 'Standard name', 'Period', 'Target', 'Estimate', 'Actual', 'Gap', 'Met'],
    );
    // The cells' words are the library's, built again by the worker: they follow the headings.
    await waitForCell(page, '茶叶产值', '2025', 3, /^about \+10%\[1\]$/);
    assert.match(await page.textContent('#panel-status'), /^Reports: 1; lines: \d+/);
    assert.equal(await page.textContent('#panel-close'), 'Close this report');
    assert.equal(await page.getAttribute('#panel-tabs', 'aria-label'), 'Reports');
    // A panel page without a single Chinese interface word left (data aside).
    const words = await page.$$eval('#panel-view button:not(.panel-link):not(.panel-chart-link), #panel-view h2, #panel-view .hint, #panel-view th', (els) => els.map((e) => e.textContent));
    assert.deepEqual(words.filter((w) => /[\u4e00-\u9fff]/.test(w) && !w.includes('青川')), []);
    await page.click('#lang');
    assert.equal(await page.textContent('#panel-heading'), '多份报告面板');
    await waitForCell(page, '茶叶产值', '2025', 3, /^约\+10%\[1\]$/);
    assert.deepEqual(problems.pageErrors, []);
  } finally {
    await env.close();
  }
});

// The time is reported, not asserted (a loaded CI machine is no benchmark):
// the bound only catches a hang or a quadratic build.
test('31 reports of 25 000 characters make a panel, and the time it took is reported', async () => {
  const env = await launch();
  try {
    const { page } = await openPage(env.context, env.url);
    await page.click('#panel-toggle');
    const provinces = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星云'.slice(0, 31);
    // Real density: the sample reports' text, repeated to 25 000 characters
    // under each province's own title.
    const once = samples().map((x) => x.text.split('\n').slice(1).join('\n')).join('\n');
    const body = once + '\n' + once;
    const docs = [...provinces].map((p, i) => {
      const head = `${p}省2026年政府工作报告\n`;
      const text = head + body.slice(i * 997, i * 997 + 25_000 - head.length);
      return [`${p}.txt`, text];
    });
    assert.ok(docs.every(([, t]) => t.length >= 24_900));
    // Stored as a user's texts are; the reload builds the panel in the worker.
    await page.evaluate((docs) => {
      localStorage.setItem('zhibiao.panel.texts', JSON.stringify(docs.map(([name, text]) => ({ name, text }))));
    }, docs);
    await page.reload();
    await page.waitForSelector('#panel-view:not([hidden])');
    const t0 = Date.now();
    await waitForPanel(page, 31);
    const wall = Date.now() - t0;
    const status = await page.textContent('#panel-status');
    const worker = Number(/（(\d+) 毫秒）/.exec(status)?.[1]);
    const rows = await page.$$eval('#panel-body tr', (r) => r.length);
    console.log(`panel bench: 31 × 25000 chars: worker ${worker} ms, page wait ${wall} ms, ${rows} rows`);
    assert.ok(rows >= 31);
    assert.ok(worker < 15_000, `worker ${worker} ms`);
  } finally {
    await env.close();
  }
});
