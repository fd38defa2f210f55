// embed.html in an iframe on a host page served from another port (another
// origin): the postMessage protocol of docs/embedding.md, and its origin checks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, watch, samples } from '../helpers.mjs';
import { startServer } from '../serve.mjs';

let env;
let host;
let hostDir;
before(async () => {
  env = await launch();
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibiao-host-'));
  host = await startServer(hostDir);
});
after(async () => {
  await env?.close();
  await new Promise((resolve) => host?.server.close(resolve));
  fs.rmSync(hostDir, { recursive: true, force: true });
});

/**
 * Opens a host page framing embed.html with `query`; the host records every
 * message it gets in window.received as { origin, data }.
 */
async function hostPage(query) {
  const hostOrigin = host.url.replace(/\/$/, '');
  const frameUrl = `${env.url}embed.html?${query.replace('HOST', encodeURIComponent(hostOrigin))}`;
  fs.writeFileSync(
    path.join(hostDir, 'host.html'),
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title>
<script>
  window.received = [];
  addEventListener('message', (e) => {
    received.push({ origin: e.origin, data: e.data });
    // Size the frame as docs/embedding.md tells hosts to.
    if (e.data?.type === 'height') document.getElementById('zb').style.height = e.data.height + 'px';
  });
</script>
<h1>某市门户</h1>
<iframe id="zb" src="${frameUrl}" width="800" height="500" title="指标"></iframe>`,
  );
  const page = await env.context.newPage();
  const problems = watch(page, hostOrigin);
  await page.goto(`${host.url}host.html`);
  const frame = page.frameLocator('#zb');
  await frame.locator('zhibiao-table').waitFor({ state: 'attached' });
  return { page, frame, problems, hostOrigin };
}

const zhibiaoOrigin = () => env.url.replace(/\/$/, '');

function waitForMessage(page, type, id) {
  return page.waitForFunction(
    ([t, i]) => window.received.find((m) => m.data?.type === t && (i === undefined || m.data.id === i)),
    [type, id],
  ).then((handle) => handle.jsonValue());
}

test('the host sends text and gets the report back from the zhibiao origin', async () => {
  const { page, problems } = await hostPage('origin=HOST&core-only');
  const ready = await waitForMessage(page, 'ready');
  assert.equal(ready.origin, zhibiaoOrigin());
  assert.equal(ready.data.source, 'zhibiao');

  const sample = samples()[1];
  await page.evaluate((text) => {
    document.getElementById('zb').contentWindow.postMessage({ source: 'zhibiao', type: 'parse', id: 7, text }, '*');
  }, sample.text);
  const result = await waitForMessage(page, 'result', 7);
  assert.equal(result.origin, zhibiaoOrigin());
  const { report } = result.data;
  assert.ok(report.rows.length > 0, 'rows');
  assert.ok(report.rows.every((r) => r.core), 'core-only from the URL');
  assert.equal(sample.text.slice(report.rows[0].start, report.rows[0].end), report.rows[0].evidence);

  // Options in the message override the URL's.
  await page.evaluate((text) => {
    document.getElementById('zb').contentWindow.postMessage(
      { source: 'zhibiao', type: 'parse', id: 8, text, options: { coreOnly: false } },
      '*',
    );
  }, sample.text);
  const all = await waitForMessage(page, 'result', 8);
  assert.ok(all.data.report.rows.length > report.rows.length);

  const height = await waitForMessage(page, 'height');
  assert.ok(height.data.height > 100, `height ${height.data.height}`);
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

test('the frame height follows the content down as well as up', async () => {
  const { page } = await hostPage('origin=HOST&show-source');
  await waitForMessage(page, 'ready');
  const send = (id, text) =>
    page.evaluate(([i, t]) => {
      document.getElementById('zb').contentWindow.postMessage({ source: 'zhibiao', type: 'parse', id: i, text: t }, '*');
    }, [id, text]);
  const frameHeight = () => page.evaluate(() => document.getElementById('zb').getBoundingClientRect().height);
  const settle = async () => {
    let last = -1;
    for (let i = 0; i < 40; i++) {
      await page.waitForTimeout(100);
      const h = await frameHeight();
      if (h === last) return h;
      last = h;
    }
    return last;
  };
  await send(1, samples()[2].text);
  await waitForMessage(page, 'result', 1);
  const tall = await settle();
  await send(2, '地区生产总值完成63.65亿元。');
  await waitForMessage(page, 'result', 2);
  const short = await settle();
  assert.ok(tall > 600, `a long report makes a tall frame (${tall}px)`);
  assert.ok(short < 450, `a short report shrinks it again (${short}px, was ${tall}px)`);
  await page.close();
});

test('typing inside the frame reports with id null', async () => {
  const { page, frame } = await hostPage('origin=HOST&lang=en');
  await waitForMessage(page, 'ready');
  await frame.locator('textarea').fill('2024年全市地区生产总值完成63.65亿元，同比增长5.2%。');
  const result = await waitForMessage(page, 'result');
  assert.equal(result.data.id, null);
  assert.equal(result.data.report.rows[0].value, 63.65);
  assert.equal(await frame.locator('th').first().textContent(), 'Indicator');
  await page.close();
});

test('a frame set up for another origin neither answers nor reports', async () => {
  // The frame trusts only port 9 (nothing there): this host is a stranger.
  const { page, frame } = await hostPage(`origin=${encodeURIComponent('http://127.0.0.1:9')}`);
  await page.evaluate(() => {
    document.getElementById('zb').contentWindow.postMessage(
      { source: 'zhibiao', type: 'parse', id: 1, text: '地区生产总值完成63.65亿元。' },
      '*',
    );
  });
  await page.waitForTimeout(1500);
  assert.deepEqual(await page.evaluate(() => window.received), []);
  // The frame itself still works for its user.
  assert.equal(await frame.locator('textarea').inputValue(), '');
  await page.close();
});

test('an origin that is not exactly an origin turns messaging off', async () => {
  const { page } = await hostPage(`origin=HOST${encodeURIComponent('/path')}`);
  await page.waitForTimeout(1000);
  assert.deepEqual(await page.evaluate(() => window.received), []);
  await page.close();
});
