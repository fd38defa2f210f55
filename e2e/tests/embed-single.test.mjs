// The single-file page (dist/zhibiao.html, `./build.sh single`) opened from
// file:// with the network cut: it parses, exports, and asks for nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { ROOT, watch } from '../helpers.mjs';

const SINGLE = path.join(ROOT, 'dist', 'zhibiao.html');
let context;
let userDataDir;

before(async () => {
  assert.ok(fs.existsSync(SINGLE), `${SINGLE} is missing: run ./build.sh single`);
  userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibiao-single-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    acceptDownloads: true,
  });
  await context.setOffline(true);
});
after(async () => {
  await context?.close();
  if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
});

async function openSingle() {
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const problems = watch(page, 'file://');
  await page.goto(pathToFileURL(SINGLE).href);
  return { page, requests, problems };
}

const status = (page) => page.$eval('#table', (el) => el.shadowRoot.querySelector('.status').textContent);

test('opened from file:// offline, the sample parses with nothing fetched', async () => {
  const { page, requests, problems } = await openSingle();
  await page.click('#sample');
  await page.waitForFunction(() => document.getElementById('table').report?.rows.length > 0);
  const report = await page.$eval('#table', (el) => el.report);
  assert.ok(report.rows.length > 10, `rows: ${report.rows.length}`);
  assert.match(await status(page), new RegExp(`共 ${report.rows.length} 行指标`));
  // The evidence view is there too.
  await page.locator('#table tbody tr').first().click();
  assert.equal(
    await page.$eval('#table', (el) => el.shadowRoot.querySelector('mark.active')?.textContent),
    report.rows[0].evidence,
  );
  const fetched = requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:'));
  assert.deepEqual(fetched, []);
  assert.deepEqual(problems.consoleErrors, [], 'no CSP violation or failed load');
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

test('pasted text parses and the CSV download has the CLI columns', async () => {
  const { page, problems } = await openSingle();
  await page.locator('#table textarea').fill('2024年全市地区生产总值完成63.65亿元，同比增长5.2%。');
  await page.waitForFunction(() => !document.getElementById('csv').disabled);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv')]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  const lines = csv.split('\r\n');
  assert.ok(lines[0].startsWith('\uFEFF指标,标准名称,地区,核心,数值,'));
  assert.ok(lines[1].startsWith('地区生产总值,地区生产总值,,是,63.65,,亿元,'), lines[1]);
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});
