// <zhibiao-table> in Chromium: the portal example page (strict CSP, src
// attribute, show-source, core-only, theming), the text property, the text
// area, lang, and the same-origin rule for src.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, watch, samples } from '../helpers.mjs';

let env;
before(async () => {
  env = await launch();
});
after(async () => {
  await env?.close();
});

/** A page with only the element script loaded, on the served origin. */
async function blankPage(body = '') {
  const page = await env.context.newPage();
  const problems = watch(page, env.url.replace(/\/$/, ''));
  env.overrides.set('/embed-element-test.html', `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="zhibiao-table.js"></script><body>${body}</body>`);
  await page.goto(`${env.url}embed-element-test.html`);
  await page.waitForFunction(() => customElements.get('zhibiao-table'));
  return { page, problems };
}

/** Waits for the element's next report and returns a summary of it. */
function nextReport(page, selector) {
  return page.evaluate(
    (sel) =>
      new Promise((resolve) => {
        document.querySelector(sel).addEventListener(
          'zhibiao-parsed',
          (e) => resolve({ rows: e.detail.rows.length, core: e.detail.rows.every((r) => r.core), title: e.detail.meta.title }),
          { once: true },
        );
      }),
    selector,
  );
}

const shadowRows = (page, selector) =>
  page.$eval(selector, (el) => [...el.shadowRoot.querySelectorAll('tbody tr')].map((tr) => [...tr.cells].map((td) => td.textContent)));

test('the portal example shows the sample, core rows only, under a strict CSP', async () => {
  const page = await env.context.newPage();
  const problems = watch(page, env.url.replace(/\/$/, ''));
  await page.goto(`${env.url}examples/portal.html`);
  await page.waitForFunction(() => /核心指标 \d+ 项/.test(document.getElementById('summary').textContent));
  const rows = await shadowRows(page, '#report');
  assert.ok(rows.length > 5, `rows: ${rows.length}`);
  const report = await page.$eval('#report', (el) => el.report);
  assert.ok(report.rows.every((r) => r.core), 'core-only keeps standard indicators');
  assert.equal(rows[0][0], report.rows[0].canonical);
  // Theme: the portal's blue header through --zhibiao-header-bg.
  const headerBg = await page.$eval('#report', (el) => getComputedStyle(el.shadowRoot.querySelector('th')).backgroundColor);
  assert.equal(headerBg, 'rgb(11, 79, 156)');
  // The src element has no text area; the empty one has.
  assert.equal(await page.$eval('#report', (el) => el.shadowRoot.querySelector('.input').hidden), true);
  assert.equal(await page.$eval('#paste', (el) => el.shadowRoot.querySelector('.input').hidden), false);
  // show-source: clicking a row marks its evidence in the source text.
  await page.locator('#report tbody tr').nth(2).click();
  const active = await page.$eval('#report', (el) => el.shadowRoot.querySelector('mark.active')?.textContent);
  assert.equal(active, report.rows[2].evidence);
  assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
  await page.close();
});

test('text property, text area and lang', async () => {
  const { page, problems } = await blankPage('<zhibiao-table id="a"></zhibiao-table><zhibiao-table id="b" lang="en" hide-input></zhibiao-table>');
  const sample = samples()[0];
  const parsed = nextReport(page, '#b');
  await page.$eval('#b', (el, text) => {
    el.text = text;
  }, sample.text);
  const summary = await parsed;
  assert.ok(summary.rows > 10);
  assert.deepEqual(
    await page.$eval('#b', (el) => [...el.shadowRoot.querySelectorAll('th')].map((th) => th.textContent)),
    ['Indicator', 'Value', 'Unit', 'Change', 'Qualifier', 'Status', 'Period'],
  );
  assert.match(await page.$eval('#b', (el) => el.shadowRoot.querySelector('.status').textContent), /indicator rows/);
  assert.equal(await page.$eval('#b', (el) => el.shadowRoot.querySelector('.input').hidden), true);

  // Typing into the element's own text area parses after a pause.
  const typed = nextReport(page, '#a');
  await page.locator('#a textarea').fill('2024年全市地区生产总值完成63.65亿元，同比增长5.2%；新增企业1000家以上。');
  assert.equal((await typed).rows, 2);
  // Written as the page's table writes them: 5.2%, 以上 in its own column.
  const [cells, count] = await shadowRows(page, '#a');
  assert.deepEqual(cells, ['地区生产总值', '63.65', '亿元', '5.2%', '', '实际', '2024']);
  assert.deepEqual(count.slice(1, 5), ['1000', '家', '', '以上']);

  // core-only set later parses again.
  const again = nextReport(page, '#b');
  await page.$eval('#b', (el) => el.setAttribute('core-only', ''));
  const core = await again;
  assert.ok(core.core && core.rows < summary.rows);
  assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
  await page.close();
});

test('src on another origin is refused with an error event', async () => {
  const { page } = await blankPage();
  const message = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const el = document.createElement('zhibiao-table');
        el.addEventListener('zhibiao-error', (e) => resolve(e.detail.message), { once: true });
        el.setAttribute('src', 'http://example.invalid/report.txt');
        document.body.append(el);
      }),
  );
  assert.match(message, /同一网站.*example\.invalid/);
  await page.close();
});
