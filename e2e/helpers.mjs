// Shared by the browser tests and the benchmark: Debian's Chromium driven by
// playwright-core (no browser download), and www/ served on a free port.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

export const E2E_DIR = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(E2E_DIR, '..');
export const WWW = path.join(ROOT, 'www');
export const DATA = path.join(ROOT, 'tests', 'data');
export const ARTIFACTS = path.join(E2E_DIR, 'artifacts');
/** The CLI, built by `cargo build --release` (as ./build.sh test does). */
export const CLI = path.join(ROOT, 'target', 'release', 'zhibiao');

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// Without the networking flags Chromium keeps trying to reach the internet.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The sample reports: [{ name, text, gold: rows of the .jsonl }]. */
export function samples() {
  return fs
    .readdirSync(DATA)
    .filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      const gold = fs
        .readFileSync(path.join(DATA, `${name}.jsonl`), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
      return { name, text: fs.readFileSync(path.join(DATA, f), 'utf8'), gold };
    });
}

/** The CLI's output for `text` in `format`, `more` options after. */
export function cli(text, format, more = []) {
  return execFileSync(CLI, ['--format', format, ...more], { input: text, encoding: 'utf8' });
}

/**
 * Starts the server and a browser with a fresh profile; `clipboard`: the
 * page may read and write the clipboard; `origin`: a server already
 * running (nginx), none is started.
 * Returns { url, server, requests, transfers, overrides, context, close() }.
 */
export async function launch({ contextOptions = {}, clipboard = false, origin = null } = {}) {
  const { server, url, requests, transfers, overrides } = origin ? { url: origin } : await startServer(WWW);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhibiao-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    ...contextOptions,
  });
  const close = async () => {
    await context.close().catch(() => {});
    if (server) await new Promise((resolve) => server.close(resolve));
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
  return { url, server, requests, transfers, overrides, context, close };
}

/** Watches a page: console errors, page errors, requests to other origins. */
export function watch(page, origin) {
  const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) {
      problems.foreignRequests.push(url);
    }
  });
  return problems;
}

/** Opens the page and waits until the parser is loaded. */
export async function openPage(context, url) {
  const page = await context.newPage();
  const problems = watch(page, url.replace(/\/$/, ''));
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('version').textContent !== '');
  return { page, problems };
}

/**
 * Pastes `text` as Ctrl+V does (a paste event carrying it) into `target`,
 * by default the view on screen: the text area, or the evidence view.
 */
export async function pasteText(page, text, target = null) {
  await page.evaluate(
    ([t, selector]) => {
      const area = document.getElementById('text');
      const where = selector ? document.querySelector(selector) : area.offsetParent ? area : document.getElementById('source-view');
      where.focus();
      const data = new DataTransfer();
      data.setData('text/plain', t);
      where.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [text, target],
  );
}

/** Waits until the table shows the parse of the current text. */
export async function waitForTable(page) {
  await page.waitForFunction(() => {
    const table = document.getElementById('rows');
    return !table.hasAttribute('aria-busy') && /\d/.test(document.getElementById('status').textContent);
  });
}

/** The table's rows as shown: arrays of cell texts. */
export function tableRows(page) {
  return page.$$eval('#body tr', (trs) => trs.map((tr) => [...tr.cells].map((td) => td.textContent)));
}

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations (any impact) on a page or frame, as short lines:
 * "rule [impact]: element, element". Frames inside `target` are checked too
 * when `frames` lists them (axe must run in each). axe is evaluated through
 * the debugging protocol, so the page's CSP stays on.
 */
export async function axeViolations(target, frames = []) {
  // Frames of another origin answer only when both sides allow it.
  const open = () => window.axe.configure({ allowedOrigins: ['<unsafe_all_origins>'] });
  for (const frame of frames) {
    await frame.evaluate(AXE);
    await frame.evaluate(open);
  }
  await target.evaluate(AXE);
  if (frames.length) await target.evaluate(open);
  const result = await target.evaluate(() => window.axe.run(document, { resultTypes: ['violations', 'incomplete'] }));
  // A frame axe could not reach is "incomplete" (frame-tested), not a pass.
  const unreached = result.incomplete.filter((v) => v.id === 'frame-tested');
  if (unreached.length) throw new Error(`axe could not check a frame: ${unreached[0].nodes.map((n) => n.target.join(' '))}`);
  return result.violations.map(
    (v) => `${v.id} [${v.impact}]: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
}

/** The files of a zip archive (stored or deflated entries): name → Buffer. */
export function unzip(buffer) {
  const files = new Map();
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const skip = nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buffer.readUInt32LE(at + 42);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + size);
    files.set(name, method === 8 ? zlib.inflateRawSync(data) : data);
    at += 46 + skip;
  }
  return files;
}
