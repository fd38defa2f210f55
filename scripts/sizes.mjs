// Raw and gzip (-9) sizes of what each embedding route costs a visitor,
// for docs/embedding.md. Run after ./build.sh web, xlsx, package, single:
//   ./build.sh sizes
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const www = (p) => path.join(root, 'www', p);
const CORE = [www('pkg/zhibiao_bg.wasm'), www('pkg/zhibiao.js')];
// The data tables the core module takes from the page (setTables).
const TABLES = [www('pkg/divisions.txt'), www('pkg/indicators.tsv')];
const ELEMENT = [www('zhibiao-table.js')];

function tarball() {
  const dir = path.join(root, 'pkg');
  const name = fs.existsSync(dir) && fs.readdirSync(dir).find((f) => /^zhibiao-.*\.tgz$/.test(f));
  return name ? [path.join(dir, name)] : [];
}

const ROUTES = [
  ['core wasm (zhibiao_bg.wasm)', [CORE[0]]],
  ['core wasm + glue (zhibiao.js)', CORE],
  ['data tables (divisions.txt, indicators.tsv), fetched with the core', TABLES],
  ['core + glue + tables', [...CORE, ...TABLES]],
  ['on-demand module: renderers, panel, XLSX (zhibiao_xlsx_bg.wasm + glue)', [www('pkg/zhibiao_xlsx_bg.wasm'), www('pkg/zhibiao_xlsx.js')]],
  ['element script (zhibiao-table.js)', ELEMENT],
  ['custom element route: element + core + tables', [...ELEMENT, ...CORE, ...TABLES]],
  ['iframe route: embed.html/.js/.css + element + core + tables', [www('embed.html'), www('embed.js'), www('embed.css'), ...ELEMENT, ...CORE, ...TABLES]],
  ['single-file page (dist/zhibiao.html)', [path.join(root, 'dist', 'zhibiao.html')]],
  ['npm tarball (already gzip)', tarball()],
];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('| route | raw | gzip -9 |\n|---|---:|---:|');
for (const [label, files] of ROUTES) {
  const missing = files.length === 0 ? ['(not built)'] : files.filter((f) => !fs.existsSync(f));
  if (missing.length) {
    console.log(`| ${label} | missing: ${missing.map((f) => path.relative(root, f)).join(', ')} | |`);
    continue;
  }
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    raw += bytes.length;
    gzip += file.endsWith('.tgz') ? bytes.length : zlib.gzipSync(bytes, { level: 9 }).length;
  }
  console.log(`| ${label} | ${kb(raw)} | ${kb(gzip)} |`);
}
