// deploy/nginx.conf, as a portal would use it: Debian's nginx serves www/
// with that file (only `listen` and `root` changed) on a local port, and
// the page runs in Chromium against it: headers, paste, table, CSV export
// (the CLI's bytes), offline reload, no request elsewhere, no console error.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import http from 'node:http';
import { spawn } from 'node:child_process';
import { launch, openPage, pasteText, waitForTable, tableRows, samples, cli, ROOT, WWW } from '../helpers.mjs';

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const SITE = path.join(ROOT, 'deploy', 'nginx.conf');

async function freePort() {
  const server = net.createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The site file with this port and www/, inside a main config of its own (a scratch prefix). */
function config(prefix, port) {
  const site = fs.readFileSync(SITE, 'utf8');
  const local = site.replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`).replace(/^(\s*)root \S+;/m, `$1root ${WWW};`);
  assert.notEqual(local, site);
  return `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  access_log ${prefix}/access.log;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  default_type application/octet-stream;
${local}
}
`;
}

let nginx = null;
let origin = '';
let prefix = '';

async function startNginx() {
  const port = await freePort();
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), config(prefix, port));
  nginx = spawn(NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  nginx.stderr.on('data', (d) => (err += d));
  origin = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited: ${err}`);
    const up = await new Promise((resolve) => http.get(origin, (res) => resolve(res.resume() && true)).on('error', () => resolve(false)));
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not answer: ${err}`);
}

function stopNginx() {
  if (!nginx || nginx.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    nginx.once('exit', resolve);
    nginx.kill('SIGTERM');
  });
}

before(async () => {
  prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibiao-nginx-'));
  fs.chmodSync(prefix, 0o755);
  await startNginx();
});
after(async () => {
  await stopNginx();
  fs.rmSync(prefix, { recursive: true, force: true });
});

function head(file, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(new URL(file, origin), { headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers }));
    }).on('error', reject);
  });
}

test('the configuration is valid and sends the right types and headers', async () => {
  const page = await head('/');
  assert.equal(page.status, 200);
  assert.match(page.headers['content-type'], /^text\/html; charset=utf-8/);
  assert.match(page.headers['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
  assert.equal(page.headers['x-content-type-options'], 'nosniff');
  assert.equal(page.headers['referrer-policy'], 'no-referrer');
  assert.match(page.headers['permissions-policy'], /clipboard-write=\(self\)/);
  assert.equal(page.headers['cache-control'], 'no-cache');
  assert.ok(page.headers.etag);
  const wasm = await head('/pkg/zhibiao_bg.wasm', { 'accept-encoding': 'gzip' });
  assert.equal(wasm.headers['content-type'], 'application/wasm');
  assert.equal(wasm.headers['content-encoding'], 'gzip');
  for (const [file, type] of [['/js/app.js', 'text/javascript'], ['/manifest.webmanifest', 'application/manifest+json'], ['/sw.js', 'text/javascript'], ['/pkg/pdfjs/pdf.min.mjs', 'text/javascript']]) {
    const got = (await head(file)).headers['content-type'];
    assert.ok(got.startsWith(type), `${file}: ${got}`);
  }
  const again = await head('/index.html', { 'if-none-match': page.headers.etag });
  assert.equal(again.status, 304);
  assert.match((await head('/embed.html')).headers['content-security-policy'], /frame-ancestors \*/);
  assert.equal((await head('/.git/config')).status, 404);
});

test('paste, table, CSV export, offline reload: nothing fetched elsewhere, no console error', async () => {
  const env = await launch({ origin });
  try {
    const { page, problems } = await openPage(env.context, env.url);
    const sample = samples()[0];
    await pasteText(page, sample.text);
    await waitForTable(page);
    assert.ok((await tableRows(page)).length > 10);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    assert.equal(fs.readFileSync(await download.path(), 'utf8'), cli(sample.text, 'csv'));
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => /离线/.test(document.getElementById('status').textContent), null, { timeout: 30_000 }).catch(() => {});
    await stopNginx();
    await env.context.setOffline(true);
    await page.reload();
    await page.waitForFunction(() => document.getElementById('version').textContent !== '');
    await pasteText(page, samples()[1].text);
    await waitForTable(page);
    assert.ok((await tableRows(page)).length > 10);
    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], foreignRequests: [] });
  } finally {
    await env.close();
  }
});
