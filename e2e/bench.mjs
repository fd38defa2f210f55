// Measures the page (not a test: prints figures, writes e2e/artifacts/bench.json):
// - wasm size after wasm-opt, raw and gzip -9;
// - first-load transfer (gzip -9 of every file fetched on a first visit,
//   with and without the service worker's pre-cache);
// - in Chromium, median paste→table time for the longest sample and for 1 MB
//   of text, and the longest main-thread task meanwhile.
// Run by `./build.sh bench-web`.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch, openPage, samples, ARTIFACTS, WWW } from './helpers.mjs';

const RUNS_SAMPLE = 21;
const RUNS_LARGE = 5;
const MB = 1_000_000;

const gzipSize = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function fileSizes(paths) {
  let raw = 0;
  let gzip = 0;
  for (const p of new Set(paths)) {
    const file = path.join(WWW, p.endsWith('/') ? p + 'index.html' : p);
    if (!fs.existsSync(file)) continue;
    const body = fs.readFileSync(file);
    raw += body.length;
    gzip += gzipSize(body);
  }
  return { raw, gzip };
}

// Pastes `text` (set as the text area's value: the paste's own layout of the
// text area is included) and resolves with the ms until the table's first
// screen is rendered and laid out, the ms until every row is, and the
// longest main-thread task seen meanwhile.
async function pasteToTable(page, text) {
  return page.evaluate(async (t) => {
    const area = document.getElementById('text');
    const table = document.getElementById('rows');
    area.value = '';
    area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    await new Promise((r) => setTimeout(r, 50));
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
    });
    observer.observe({ type: 'longtask' });
    const shown = new Promise((resolve) => document.addEventListener('zhibiao:table', resolve, { once: true }));
    const complete = new Promise((resolve) => {
      const watch = new MutationObserver(() => {
        if (!table.hasAttribute('aria-busy')) {
          watch.disconnect();
          resolve();
        }
      });
      watch.observe(table, { attributes: true, attributeFilter: ['aria-busy'] });
    });
    const start = performance.now();
    area.value = t;
    area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    await shown;
    void table.offsetHeight; // include the table's layout
    const ms = performance.now() - start;
    await complete;
    const allMs = performance.now() - start;
    await new Promise((r) => setTimeout(r, 300)); // the evidence view, late longtask entries
    observer.disconnect();
    return { ms, allMs, longest, rows: document.querySelectorAll('#body tr').length };
  }, text);
}

const wasm = fs.readFileSync(path.join(WWW, 'pkg', 'zhibiao_bg.wasm'));
const env = await launch();
try {
  const { page } = await openPage(env.context, env.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForTimeout(500);
  const firstVisit = [...env.requests];
  // The page registers its service worker once it runs: what came before is the page itself.
  const pageOnly = fileSizes(firstVisit.slice(0, firstVisit.indexOf('/sw.js')));
  const withPrecache = fileSizes(firstVisit);

  const longestSample = samples().reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const sampleRuns = [];
  for (let i = 0; i < RUNS_SAMPLE; i++) sampleRuns.push(await pasteToTable(page, longestSample.text));

  let large = '';
  while (Buffer.byteLength(large) < MB) for (const s of samples()) large += s.text + '\n';
  while (Buffer.byteLength(large) > MB) large = large.slice(0, -1000);
  const largeRuns = [];
  for (let i = 0; i < RUNS_LARGE; i++) largeRuns.push(await pasteToTable(page, large));

  const result = {
    wasm: { raw: wasm.length, gzip: gzipSize(wasm) },
    firstLoad: { page: pageOnly, withPrecache },
    longestSample: {
      name: longestSample.name,
      chars: longestSample.text.length,
      rows: sampleRuns[0].rows,
      medianMs: median(sampleRuns.map((r) => r.ms)),
      medianAllRowsMs: median(sampleRuns.map((r) => r.allMs)),
      longestTaskMs: Math.max(...sampleRuns.map((r) => r.longest)),
      firstPasteMs: sampleRuns[0].ms,
      longestTasksMs: sampleRuns.map((r) => Math.round(r.longest)),
    },
    oneMegabyte: {
      bytes: Buffer.byteLength(large),
      chars: large.length,
      rows: largeRuns[0].rows,
      medianMs: median(largeRuns.map((r) => r.ms)),
      medianAllRowsMs: median(largeRuns.map((r) => r.allMs)),
      longestTaskMs: Math.max(...largeRuns.map((r) => r.longest)),
    },
  };
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, 'bench.json'), JSON.stringify(result, null, 2));
  const ls = result.longestSample;
  const mb = result.oneMegabyte;
  console.log(`wasm after wasm-opt:      ${kb(result.wasm.raw)} raw, ${kb(result.wasm.gzip)} gzip -9   (goal ≤ 200 KB gzip)`);
  console.log(`first load (page):        ${kb(pageOnly.raw)} raw, ${kb(pageOnly.gzip)} gzip -9   (goal ≤ 300 KB gzip)`);
  console.log(`first load + pre-cache:   ${kb(withPrecache.raw)} raw, ${kb(withPrecache.gzip)} gzip -9`);
  console.log(`paste→table ${ls.name} (${ls.chars} chars, ${ls.rows} rows): median ${ls.medianMs.toFixed(1)} ms of ${RUNS_SAMPLE} (all rows ${ls.medianAllRowsMs.toFixed(1)} ms; first paste after load ${ls.firstPasteMs.toFixed(0)} ms), longest task ${ls.longestTaskMs.toFixed(0)} ms   (goal ≤ 20 ms)`);
  console.log(`paste→table 1 MB (${mb.chars} chars, ${mb.rows} rows): median ${mb.medianMs.toFixed(0)} ms of ${RUNS_LARGE} (all rows ${mb.medianAllRowsMs.toFixed(0)} ms), longest main-thread task ${mb.longestTaskMs.toFixed(0)} ms   (goal ≤ 1000 ms, responsive)`);
} finally {
  await env.close();
}
