// The npm package as users get it: the tarball from `./build.sh package`
// installed into a scratch project, then imported in Node and, through its
// `zhibiao/web` entry, in a page in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, CLI, launch, samples } from '../helpers.mjs';
import { startServer } from '../serve.mjs';

const PKG = path.join(ROOT, 'pkg');
let project;

before(() => {
  const tarball = fs.existsSync(PKG) && fs.readdirSync(PKG).find((f) => /^zhibiao-.*\.tgz$/.test(f));
  assert.ok(tarball, 'pkg/zhibiao-*.tgz is missing: run ./build.sh package');
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibiao-npm-'));
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'user', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', path.join(PKG, tarball)], {
    cwd: project,
    stdio: 'inherit',
  });
  fs.writeFileSync(path.join(project, 'sample.txt'), samples()[0].text);
});
after(() => {
  if (project) fs.rmSync(project, { recursive: true, force: true });
});

/** Runs an ES module in the scratch project and returns what it prints as JSON. */
function runInNode(source) {
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', source], { cwd: project, encoding: 'utf8' }));
}

test('package.json has the fields the issue asks for', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(project, 'node_modules', 'zhibiao', 'package.json'), 'utf8'));
  assert.equal(manifest.name, 'zhibiao');
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.types, './index.d.ts');
  assert.ok(manifest.exports['.'].node && manifest.exports['.'].default && manifest.exports['./web']);
  assert.ok(Array.isArray(manifest.files));
  for (const file of ['index.d.ts', 'web.d.ts', 'exports.d.ts', 'README.md', 'wasm/zhibiao_bg.wasm', 'wasm/zhibiao_bundler.js']) {
    assert.ok(fs.existsSync(path.join(project, 'node_modules', 'zhibiao', file)), file);
  }
  const types = fs.readFileSync(path.join(project, 'node_modules', 'zhibiao', 'wasm', 'zhibiao.d.ts'), 'utf8');
  for (const name of ['interface Report', 'interface Row', 'interface Meta', 'interface Options', 'function parse']) {
    assert.ok(types.includes(name), name);
  }
});

test('Node imports the installed package and parses a sample', () => {
  const out = runInNode(`
    import { readFileSync } from 'node:fs';
    import { parse, toCSV, toTSV, toJSON, version, defaultOptions } from 'zhibiao';
    const text = readFileSync('sample.txt', 'utf8');
    const report = parse(text);
    const core = parse(text, { coreOnly: true });
    const row = report.rows[0];
    console.log(JSON.stringify({
      version: version(), options: defaultOptions(), rows: report.rows.length, core: core.rows.length,
      traced: report.rows.every((r) => text.slice(r.start, r.end) === r.evidence),
      csv: toCSV(report), tsv: toTSV(report), json: toJSON(report),
    }));
  `);
  assert.match(out.version, /^\d+\.\d+\.\d+/);
  assert.deepEqual(out.options, { coreOnly: false, dictionary: '' });
  assert.ok(out.rows > 10 && out.core > 0 && out.core < out.rows, `${out.rows} rows, ${out.core} core`);
  assert.ok(out.traced, 'every evidence is text.slice(start, end)');
  assert.equal(out.csv.split('\r\n').length - 2 >= out.rows, true);
  assert.ok(out.tsv.startsWith('指标\t标准名称\t'));

  // The helpers give the CLI's bytes (when the CLI has been built).
  if (fs.existsSync(CLI)) {
    const sample = path.join(project, 'sample.txt');
    assert.equal(out.csv, execFileSync(CLI, ['--format', 'csv', sample], { encoding: 'utf8' }));
    assert.equal(out.tsv, execFileSync(CLI, ['--format', 'tsv', sample], { encoding: 'utf8' }));
    assert.equal(out.json, execFileSync(CLI, ['--format', 'json', sample], { encoding: 'utf8' }));
  }
});

test('a page in Chromium imports zhibiao/web from node_modules and parses', async () => {
  fs.writeFileSync(
    path.join(project, 'index.html'),
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="importmap">{ "imports": { "zhibiao/web": "./node_modules/zhibiao/web.js" } }</script>
<script type="module">
  import init, { parse, toCSV } from 'zhibiao/web';
  await init();
  const text = await (await fetch('sample.txt')).text();
  const report = parse(text);
  window.result = { rows: report.rows.length, first: report.rows[0].evidence, csvLines: toCSV(report).split('\\r\\n').length };
</script>`,
  );
  const env = await launch();
  const server = await startServer(project);
  try {
    const page = await env.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}index.html`);
    const result = await (await page.waitForFunction(() => window.result)).jsonValue();
    const inNode = runInNode(`
      import { readFileSync } from 'node:fs';
      import { parse } from 'zhibiao';
      const report = parse(readFileSync('sample.txt', 'utf8'));
      console.log(JSON.stringify({ rows: report.rows.length, first: report.rows[0].evidence }));
    `);
    assert.equal(result.rows, inNode.rows, 'browser and Node give the same rows');
    assert.equal(result.first, inNode.first);
    assert.ok(server.requests.includes('/node_modules/zhibiao/wasm/zhibiao_bg.wasm'));
    assert.deepEqual(errors, []);
  } finally {
    await new Promise((resolve) => server.server.close(resolve));
    await env.close();
  }
});

test('toCSV/toTSV write numbers as the CLI does, XX for a redacted value, and neutralise formulas', () => {
  const out = runInNode(`
    import { toCSV, toTSV } from 'zhibiao';
    const meta = { title: null, region: null, level: null, kind: null, reports: [], targets: [] };
    const row = (fields) => ({
      indicator: '=HYPERLINK("x")', canonical: null, core: false, category: '其他', value: null, valueMax: null,
      unit: '亿元', valueQualifier: null, placeholder: true, change: -2.6, changeMax: null, changeUnit: '个百分点',
      changeQualifier: 'approx', status: 'target', period: null, evidence: 'a,\\tb\\nc', start: 0, end: 6, ...fields,
    });
    const numbers = [22, 63.65, -0, 1e21, 1e-7].map((value) => row({ indicator: 'n', placeholder: false, value }));
    const report = { meta, notes: [], rows: [row({}), ...numbers] };
    console.log(JSON.stringify({ csv: toCSV(report), tsv: toTSV(report) }));
  `);
  const csv = out.csv.split('\r\n');
  assert.equal(csv[1], `"'=HYPERLINK(""x"")",,,否,XX,,亿元,,-2.6,,个百分点,约,目标,,其他,"a,\tb\nc",0,6`);
  assert.equal(out.tsv.split('\n')[1], `'=HYPERLINK("x")\t\t\t否\tXX\t\t亿元\t\t-2.6\t\t个百分点\t约\t目标\t\t其他\ta, b c\t0\t6`);
  // Rust's Display for f64: shortest digits, never an exponent.
  assert.deepEqual(csv.slice(2, 7).map((line) => line.split(',')[4]), ['22', '63.65', '0', '1000000000000000000000', '0.0000001']);
});
