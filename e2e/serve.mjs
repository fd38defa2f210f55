// A tiny static file server for www/: used by `./build.sh serve` and by the
// browser tests. Only GET/HEAD, only files under the root, correct MIME types
// (application/wasm matters: instantiateStreaming refuses anything else).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
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
  '.ico': 'image/x-icon',
};

/**
 * Starts serving `root` on 127.0.0.1:`port` (0 picks a free port).
 * Resolves to { server, url, requests, transfers, overrides }: `requests` logs
 * every path asked for, `transfers` every body sent as { path, bytes }.
 */
export function startServer(root, port = 0) {
  const base = path.resolve(root);
  const requests = [];
  const transfers = [];
  // Tests put other bodies in place of files here: path → string.
  const overrides = new Map();
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(urlPath);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    let file = path.join(base, urlPath);
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (overrides.has(urlPath)) {
      res.writeHead(200, { 'content-type': MIME[path.extname(urlPath)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(overrides.get(urlPath));
      return;
    }
    if (urlPath.endsWith('/')) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, {
        'content-type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      if (req.method !== 'HEAD') transfers.push({ path: urlPath, bytes: body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://127.0.0.1:${actual}/`, requests, transfers, overrides });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'www';
  const port = Number(process.argv[3] ?? 8080);
  const { url } = await startServer(root, port);
  console.log(`zhibiao is served on ${url}  (Ctrl-C to stop)`);
}
