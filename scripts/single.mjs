// Writes the single-file page: one HTML file with the wasm (base64), the
// wasm-bindgen glue, <zhibiao-table> and a small page
// inlined. It works opened from file:// with no network (no service worker
// needed), e.g. from a USB stick or a plain-http intranet share.
//
//   node scripts/single.mjs www/pkg dist/zhibiao.html
//
// Its Content-Security-Policy allows exactly the inlined scripts (by hash),
// the glue's blob: import and wasm compilation, and no connections at all.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkgDir = path.resolve(process.argv[2] ?? path.join(root, 'www', 'pkg'));
const outFile = path.resolve(process.argv[3] ?? path.join(root, 'dist', 'zhibiao.html'));

const read = (...parts) => fs.readFileSync(path.join(...parts), 'utf8');
const single = (name) => read(root, 'scripts', 'single', name);

/** Text that sits inside a <script> element must not end it early. */
function scriptSafe(name, text) {
  if (/<\/script|<!--/i.test(text)) throw new Error(`${name} cannot be inlined: it contains </script or <!--`);
  return text;
}

const hash = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function crateVersion() {
  return read(root, 'Cargo.toml').match(/^version = "([^"]*)"/m)[1];
}

const wasm = fs.readFileSync(path.join(pkgDir, 'zhibiao_bg.wasm'));
const parts = {
  WASM_BASE64: wasm.toString('base64'),
  GLUE: scriptSafe('glue', read(pkgDir, 'zhibiao.js')),
  SAMPLE: scriptSafe('sample', read(root, 'www', 'sample.txt')),
  BOOT: scriptSafe('boot', single('boot.js')),
  ELEMENT: scriptSafe('element', read(root, 'www', 'zhibiao-table.js')),
  PAGE: scriptSafe('page', single('page.js')),
  CSS: single('page.css'),
  ICON: `data:image/svg+xml;base64,${fs.readFileSync(path.join(root, 'www', 'icons', 'icon.svg')).toString('base64')}`,
  VERSION: crateVersion(),
};
parts.CSP = [
  "default-src 'none'",
  `script-src ${hash(parts.BOOT)} ${hash(parts.ELEMENT)} ${hash(parts.PAGE)} blob: 'wasm-unsafe-eval'`,
  `style-src ${hash(parts.CSS)}`,
  'img-src data:',
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const html = single('page.html').replace(/\{\{(\w+)\}\}/g, (_, key) => {
  if (!(key in parts)) throw new Error(`page.html names an unknown part {{${key}}}`);
  return parts[key];
});
fs.mkdirSync(path.dirname(outFile), { recursive: true });
fs.writeFileSync(outFile, html);
console.error(`single-file page: ${path.relative(process.cwd(), outFile)} ${Buffer.byteLength(html)} bytes`);
