// The development server (e2e/serve.mjs), by raw requests: a bad URL is a
// 400 and the server lives on, no path reaches outside the root (encoded
// `..` included), gzip and ETag/304, --port, a clear message when the port
// is taken; and `./build.sh web`/`xlsx` leave an up-to-date build alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import zlib from 'node:zlib';
import { spawn, execFileSync } from 'node:child_process';
import { startServer } from '../serve.mjs';
import { E2E_DIR, ROOT } from '../helpers.mjs';

const SERVE = path.join(E2E_DIR, 'serve.mjs');

/** A root `www` with a sibling `www-old` whose name starts the same. */
function scratchRoots() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibiao-serve-'));
  fs.mkdirSync(path.join(dir, 'www'));
  fs.mkdirSync(path.join(dir, 'www-old'));
  fs.writeFileSync(path.join(dir, 'www', 'index.html'), `<!doctype html><title>t</title>${'<p>指标</p>'.repeat(200)}`);
  fs.writeFileSync(path.join(dir, 'www', 'app.js'), 'export const x = 1;\n'.repeat(100));
  fs.writeFileSync(path.join(dir, 'www-old', 'secret.txt'), 'not for you');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'not for you either');
  return dir;
}

/** A request with the path sent exactly as written (fetch would normalise it). */
function get(port, rawPath, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('bad URLs are a 400 and the server keeps serving', async () => {
  const dir = scratchRoots();
  const { server } = await startServer(path.join(dir, 'www'));
  const { port } = server.address();
  try {
    for (const bad of ['//', '/%E0%A4%A', '/a%00b']) {
      assert.equal((await get(port, bad)).status, 400, bad);
    }
    assert.equal((await get(port, '/')).status, 200, 'still up');
  } finally {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('no path reaches outside the root, encoded or not', async () => {
  const dir = scratchRoots();
  const { server } = await startServer(path.join(dir, 'www'));
  const { port } = server.address();
  try {
    for (const escape of ['/..%2Fwww-old/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/..%5Csecret.txt', '/../www-old/secret.txt']) {
      const res = await get(port, escape);
      assert.ok(res.status === 403 || res.status === 404, `${escape}: ${res.status}`);
      assert.ok(!res.body.toString().includes('not for you'), escape);
    }
  } finally {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('gzip when asked for, and an ETag answered with 304', async () => {
  const dir = scratchRoots();
  const { server, transfers } = await startServer(path.join(dir, 'www'));
  const { port } = server.address();
  try {
    const plain = await get(port, '/app.js');
    assert.equal(plain.headers['content-encoding'], undefined);
    const zipped = await get(port, '/app.js', { 'accept-encoding': 'gzip, deflate, br' });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.ok(zipped.body.length < plain.body.length / 5);
    assert.deepEqual(zlib.gunzipSync(zipped.body), plain.body);
    const etag = zipped.headers.etag;
    assert.match(etag, /^"/);
    const again = await get(port, '/app.js', { 'if-none-match': etag, 'accept-encoding': 'gzip' });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    fs.appendFileSync(path.join(dir, 'www', 'app.js'), 'export const y = 2;\n');
    const changed = await get(port, '/app.js', { 'if-none-match': etag });
    assert.equal(changed.status, 200);
    assert.notEqual(changed.headers.etag, etag);
    // The log keeps the file's size (the benchmark's raw bytes) and what went out.
    const sent = transfers.find((t) => t.sent < t.bytes);
    assert.ok(sent && sent.path === '/app.js');
  } finally {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** Runs serve.mjs; resolves with its first line of output or its exit. */
function runServe(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SERVE, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve({ child, out, err, code: null });
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => resolve({ child, out, err, code }));
  });
}

test('--port, and a taken port is one clear line, not a stack trace', async () => {
  const dir = scratchRoots();
  const taken = await startServer(path.join(dir, 'www'));
  const { port } = taken.server.address();
  try {
    const refused = await runServe([path.join(dir, 'www'), '--port', String(port)]);
    assert.equal(refused.code, 1);
    assert.match(refused.err, new RegExp(`port ${port} .*in use.*--port ${port + 1}`));
    assert.doesNotMatch(refused.err, /\n\s+at /, 'no stack trace');
    const free = await runServe([path.join(dir, 'www'), '--port=0']);
    assert.match(free.out, /served on http:\/\/127\.0\.0\.1:\d+\//);
    free.child.kill();
    const bad = await runServe(['--port', 'eighty']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--port needs a port number/);
  } finally {
    taken.server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an up-to-date build is left alone (./build.sh serve starts in seconds)', () => {
  const wasm = path.join(ROOT, 'www', 'pkg', 'zhibiao_bg.wasm');
  const xlsx = path.join(ROOT, 'www', 'pkg', 'zhibiao_xlsx_bg.wasm');
  const before = [fs.statSync(wasm).mtimeMs, fs.statSync(xlsx).mtimeMs];
  const run = (what) => execFileSync(path.join(ROOT, 'build.sh'), [what], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  run('web');
  run('xlsx');
  assert.deepEqual([fs.statSync(wasm).mtimeMs, fs.statSync(xlsx).mtimeMs], before);
});
