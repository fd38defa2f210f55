// axe-core on every page but the main one (page.test.mjs checks that): the
// panel view, embed.html alone and framed by another site, the
// <zhibiao-table> element on a portal page, and the single-file build opened
// from file://. Any violation fails, whatever its impact.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { launch, openPage, samples, axeViolations, ROOT } from '../helpers.mjs';
import { startServer } from '../serve.mjs';

const TEXT = samples()[0].text;
let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

test('axe: the panel view, empty, with reports, in English', async () => {
  const { page } = await openPage(env.context, env.url);
  const check = async (label) => assert.deepEqual(await axeViolations(page), [], label);
  await page.click('#panel-toggle');
  await check('empty panel');
  await page.click('#panel-paste');
  await page.fill('#panel-edit', TEXT);
  await page.waitForSelector('#panel-body tr');
  await check('editing a text, with the table and charts');
  await page.click('#panel-tabs [role=tab]');
  await page.locator('#panel-body .panel-link').first().click();
  await page.waitForSelector('#panel-mark');
  await check('the source with the evidence marked');
  await page.click('#lang');
  await check('in English');
  await page.close();
});

test('axe: embed.html alone, and framed by a page of another origin', async () => {
  const page = await env.context.newPage();
  await page.goto(`${env.url}embed.html?show-source`);
  await page.locator('zhibiao-table textarea').fill(TEXT);
  await page.locator('zhibiao-table tbody tr').first().waitFor();
  assert.deepEqual(await axeViolations(page), [], 'embed.html with a report');
  await page.close();

  const hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibiao-axe-host-'));
  const host = await startServer(hostDir);
  try {
    fs.writeFileSync(
      path.join(hostDir, 'host.html'),
      `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><link rel="icon" href="data:,"><title>某市门户</title>
<main><h1>某市门户</h1><iframe src="${env.url}embed.html?lang=en" width="800" height="500" title="指标"></iframe></main>`,
    );
    const hostPage = await env.context.newPage();
    await hostPage.goto(`${host.url}host.html`);
    const frame = hostPage.frames().find((f) => f.url().includes('embed.html'));
    await frame.locator('zhibiao-table textarea').fill(TEXT);
    await frame.locator('zhibiao-table tbody tr').first().waitFor();
    assert.deepEqual(await axeViolations(hostPage, [frame]), [], 'the iframe route, in English');
    await hostPage.close();
  } finally {
    host.server.closeAllConnections?.(); // else close() waits for the browser's keep-alive
    await new Promise((resolve) => host.server.close(resolve));
    fs.rmSync(hostDir, { recursive: true, force: true });
  }
});

test('axe: the portal example (two <zhibiao-table> elements, one with its source)', async () => {
  const page = await env.context.newPage();
  await page.goto(`${env.url}examples/portal.html`);
  await page.locator('#report tbody tr').first().waitFor();
  await page.locator('#report tbody tr').first().click();
  await page.locator('#paste textarea').fill(TEXT);
  await page.locator('#paste tbody tr').first().waitFor();
  assert.deepEqual(await axeViolations(page), [], 'portal');
  await page.close();
});

test('axe: the single-file build from file://', async () => {
  const single = path.join(ROOT, 'dist', 'zhibiao.html');
  assert.ok(fs.existsSync(single), `${single} is missing: run ./build.sh single`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibiao-axe-single-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(single).href);
    await page.waitForSelector('#sample:not([disabled])');
    assert.deepEqual(await axeViolations(page), [], 'single file, empty');
    await page.click('#sample');
    await page.locator('#table tbody tr').first().waitFor();
    await page.locator('#table tbody tr').first().click();
    assert.deepEqual(await axeViolations(page), [], 'single file with the sample and its source');
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
