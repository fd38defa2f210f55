// A tiny static file server for www/: used by `./build.sh serve` and by the
// browser tests. Only GET/HEAD, only files under the root, correct MIME types
// (application/wasm matters: instantiateStreaming refuses anything else),
// gzip when the browser takes it, and an ETag so a reload revalidates with
// a 304 rather than fetching every file again.
//
//   node e2e/serve.mjs [ROOT] [--port N]     (ROOT: www, N: 8080)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.ico': 'image/x-icon',
  '.bcmap': 'application/octet-stream',
};
// Already compressed: gzip would only cost time.
const STORED = new Set(['.png', '.ico', '.bcmap']);

const typeOf = (file) => MIME[path.extname(file)] ?? 'application/octet-stream';

/**
 * The path asked for, decoded, or null when the URL is not one (`//`, a
 * malformed escape such as `%E0%A4%A`, a NUL byte).
 */
export function requestPath(rawUrl) {
  try {
    const decoded = decodeURIComponent(new URL(rawUrl, 'http://x').pathname);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

/**
 * The file under `base` that `urlPath` names, or null when it resolves
 * outside `base` (`/..%2Fwww-old/x` is www-old/x: a sibling, refused).
 */
export function fileUnder(base, urlPath) {
  const file = path.resolve(base, `.${urlPath}`);
  const relative = path.relative(base, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return urlPath.endsWith('/') ? path.join(file, 'index.html') : file;
}

// Bodies by file, kept while the file is unchanged: { stamp, body, gzip, etag }.
const bodies = new Map();

function loadBody(file, stat) {
  const stamp = `${stat.size}-${stat.mtimeMs}`;
  const kept = bodies.get(file);
  if (kept?.stamp === stamp) return kept;
  const body = fs.readFileSync(file);
  const etag = `"${crypto.createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
  const fresh = { stamp, body, etag, gzip: null };
  bodies.set(file, fresh);
  return fresh;
}

const acceptsGzip = (req) => /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');

/** Sends `file`: 304 when the browser holds this version, gzip when it takes it. */
function sendFile(req, res, file, log) {
  let entry;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    entry = loadBody(file, stat);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const headers = { 'content-type': typeOf(file), 'cache-control': 'no-cache', etag: entry.etag, vary: 'Accept-Encoding' };
  if (req.headers['if-none-match'] === entry.etag) {
    res.writeHead(304, headers).end();
    return;
  }
  let body = entry.body;
  if (acceptsGzip(req) && !STORED.has(path.extname(file))) {
    entry.gzip ??= zlib.gzipSync(entry.body);
    body = entry.gzip;
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = body.length;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  log(entry.body.length, body.length);
  res.end(body);
}

/**
 * Starts serving `root` on 127.0.0.1:`port` (0 picks a free port).
 * Resolves to { server, url, requests, transfers, overrides }: `requests` logs
 * every path asked for, `transfers` every body sent as { path, bytes, sent }
 * (bytes: the file's size; sent: after compression).
 */
export function startServer(root, port = 0) {
  const base = path.resolve(root);
  const requests = [];
  const transfers = [];
  // Tests put other bodies in place of files here: path → string.
  const overrides = new Map();
  const server = http.createServer((req, res) => {
    const urlPath = requestPath(req.url);
    if (urlPath === null) {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    requests.push(urlPath);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    const file = fileUnder(base, urlPath);
    if (!file) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden');
      return;
    }
    if (overrides.has(urlPath)) {
      res.writeHead(200, { 'content-type': typeOf(urlPath), 'cache-control': 'no-cache' });
      res.end(overrides.get(urlPath));
      return;
    }
    sendFile(req, res, file, (bytes, sent) => transfers.push({ path: urlPath, bytes, sent }));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://127.0.0.1:${actual}/`, requests, transfers, overrides });
    });
  });
}

/** ROOT and --port N (or --port=N) from the command line. */
export function serveArgs(argv) {
  let root = 'www';
  let port = 8080;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    if (flag === '--port') {
      port = Number(inline ?? argv[++i]);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port needs a port number (0–65535), not '${inline ?? argv[i] ?? ''}'`);
    } else if (argv[i].startsWith('-')) {
      throw new Error(`unknown option '${argv[i]}' (usage: serve.mjs [ROOT] [--port N])`);
    } else {
      root = argv[i];
    }
  }
  return { root, port };
}

async function main() {
  let args;
  try {
    args = serveArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`serve: ${e.message}`);
    process.exit(2);
  }
  try {
    const { url } = await startServer(args.root, args.port);
    console.log(`zhibiao is served on ${url}  (Ctrl-C to stop)`);
  } catch (e) {
    if (e.code !== 'EADDRINUSE' && e.code !== 'EACCES') throw e;
    const why = e.code === 'EADDRINUSE' ? 'is in use (is zhibiao already served there?)' : 'may not be opened by this user';
    console.error(`serve: port ${args.port} on 127.0.0.1 ${why}. Choose another: ./build.sh serve --port ${args.port + 1}`);
    process.exit(1);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
