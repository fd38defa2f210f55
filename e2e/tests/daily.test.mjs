// The page as a daily tool (issue 11): first visit downloads each file once,
// the pressed toggle stays readable, the XLSX module works offline or says
// in words why not, and Chinese is drawn with a CJK font.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, pasteText, waitForTable, samples } from '../helpers.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

/** Waits until the service worker's cache holds every path in `paths`. */
async function waitForCached(page, paths) {
  const cached = (wanted) =>
    page.evaluate(async (w) => {
      for (const name of await caches.keys()) {
        const keys = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
        if (w.every((p) => keys.includes(p))) return true;
      }
      return false;
    }, wanted);
  for (let i = 0; i < 120; i++) {
    if (await cached(paths)) return;
    await page.waitForTimeout(250);
  }
  assert.fail(`not cached: ${paths.join(', ')}`);
}

test('a first visit downloads each file once: the pre-cache takes what the page loaded', async () => {
  const { page, problems } = await openPage(env.context, env.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await waitForCached(page, ['/', '/pkg/zhibiao_bg.wasm', '/js/app.js']);
  // What the page fetched before its service worker started, fetched again by the pre-cache.
  const sw = env.requests.indexOf('/sw.js');
  assert.ok(sw > 0, 'the service worker was registered');
  const before = new Set(env.requests.slice(0, sw));
  // (The favicon is the browser's own fetch, on its own schedule, past any cache.)
  const again = [...new Set(env.requests.slice(sw + 1).filter((p) => before.has(p) && p !== '/icons/icon.svg'))];
  assert.deepEqual(again, [], 'nothing the page loaded is downloaded again');
  assert.equal(env.requests.filter((p) => p === '/pkg/zhibiao_bg.wasm').length, 1, 'the wasm once');
  assert.deepEqual(problems.pageErrors, []);
  await page.close();
});

test('hovering the pressed 编辑/对照 button keeps its label readable', async () => {
  const { page } = await openPage(env.context, env.url);
  for (const id of ['#view-edit', '#view-source']) {
    await page.click(id);
    await page.hover(id);
    await page.waitForTimeout(50);
    const { color, background, pressed } = await page.$eval(id, (b) => {
      const style = getComputedStyle(b);
      return { color: style.color, background: style.backgroundColor, pressed: b.getAttribute('aria-pressed') };
    });
    assert.equal(pressed, 'true');
    assert.notEqual(color, background, `${id}: label ${color} on ${background}`);
    assert.equal(color, 'rgb(255, 255, 255)', `${id}: white label on the dark pressed colour`);
    assert.notEqual(background, 'rgb(245, 246, 248)', `${id}: not the quiet hover wash`);
  }
  await page.close();
});

test('offline, XLSX works once the page has cached it in the background', async () => {
  const { page } = await openPage(env.context, env.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await waitForCached(page, ['/pkg/zhibiao_xlsx.js', '/pkg/zhibiao_xlsx_bg.wasm']);
  await env.context.setOffline(true);
  try {
    await page.reload();
    await page.waitForFunction(() => document.getElementById('version').textContent !== '');
    await pasteText(page, samples()[0].text);
    await waitForTable(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-xlsx')]);
    assert.match(download.suggestedFilename(), /\.xlsx$/);
  } finally {
    await env.context.setOffline(false);
  }
  await page.close();
});

test('when the XLSX module cannot load, the page says so in words', async () => {
  const { page } = await openPage(env.context, env.url);
  // The module is neither cached nor reachable (the service worker's fetches included).
  await env.context.route(/zhibiao_xlsx/, (route) => route.abort('internetdisconnected'));
  await page.evaluate(async () => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const r of await cache.keys()) if (r.url.includes('zhibiao_xlsx')) await cache.delete(r);
    }
  });
  await pasteText(page, samples()[0].text);
  await waitForTable(page);
  await page.click('#export-xlsx');
  await page.waitForFunction(() => !document.getElementById('error').hidden);
  const message = await page.textContent('#error');
  assert.match(message, /XLSX/);
  assert.match(message, /联网/);
  assert.doesNotMatch(message, /Failed to fetch|dynamically imported|TypeError/);
  await env.context.unroute(/zhibiao_xlsx/);
  await page.close();
});

test('Chinese text is drawn with a CJK font, not empty boxes', async () => {
  const { page } = await openPage(env.context, env.url);
  await pasteText(page, samples()[0].text);
  await waitForTable(page);
  const client = await page.context().newCDPSession(page);
  await client.send('DOM.enable');
  await client.send('CSS.enable');
  const { root } = await client.send('DOM.getDocument');
  const fontsOf = async (selector) => {
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    return (await client.send('CSS.getPlatformFontsForNode', { nodeId })).fonts;
  };
  for (const selector of ['h1', '#body tr td']) {
    const fonts = await fontsOf(selector);
    const glyphs = fonts.reduce((n, f) => n + f.glyphCount, 0);
    const cjk = fonts.filter((f) => /WenQuanYi|文泉|Noto (Sans|Serif) CJK|Source Han|Droid Sans Fallback|AR PL|PingFang|YaHei/i.test(f.familyName));
    assert.ok(cjk.length > 0, `${selector}: fonts used ${JSON.stringify(fonts)}`);
    assert.ok(cjk.reduce((n, f) => n + f.glyphCount, 0) > 0 && glyphs > 0);
  }
  await page.close();
});
