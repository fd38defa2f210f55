// Every package of e2e/package-lock.json accepts the Node that runs the
// tests (CI's): else `npm ci` warns EBADENGINE, as pdfjs-dist 6 did on
// Node 20 (it wants 22.13). Only the `>=` ranges the lockfile holds are read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { E2E_DIR } from '../helpers.mjs';

const version = (text) => text.replace(/^v/, '').split('.').map(Number);
const atLeast = (have, want) => {
  for (let i = 0; i < 3; i++) if ((have[i] ?? 0) !== (want[i] ?? 0)) return (have[i] ?? 0) > (want[i] ?? 0);
  return true;
};

/** Whether `range` (`>=20.19.0 || >=22.13.0`, `>= 10`) takes `node`. */
export function accepts(range, node) {
  return range.split('||').some((part) =>
    part.trim().split(/\s+(?=>=)/).every((c) => {
      const m = /^>=\s*([\d.]+)$/.exec(c.trim());
      if (!m) throw new Error(`a range this test does not read: ${range}`);
      return atLeast(node, version(m[1]));
    }));
}

test('the range reader', () => {
  assert.ok(accepts('>=20.19.0 || >=22.13.0 || >=24', version('v20.20.2')));
  assert.ok(!accepts('>=22.13.0 || >=24', version('v20.20.2')));
  assert.ok(accepts('>= 10', version('v20.20.2')));
});

test("every locked package accepts this Node (npm ci gives no EBADENGINE)", () => {
  const lock = JSON.parse(fs.readFileSync(path.join(E2E_DIR, 'package-lock.json'), 'utf8'));
  const node = version(process.version);
  const refused = Object.entries(lock.packages)
    .filter(([, p]) => p.engines?.node && !accepts(p.engines.node, node))
    .map(([name, p]) => `${name} wants node ${p.engines.node}`);
  assert.deepEqual(refused, [], `on ${process.version}`);
});
