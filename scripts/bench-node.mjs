// Median time to parse each sample with the wasm build in Node, via the npm
// package's Node entry (`./build.sh package` builds it into pkg/).
// Run: ./build.sh bench-node
import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { parse } = await import(join(root, 'pkg', 'node.js'));
const dir = join(root, 'tests', 'data');
const rounds = Number(process.argv[2] ?? 30);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

let bytes = 0;
let total = 0;
for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const text = readFileSync(join(dir, name), 'utf8');
  parse(text); // warm up
  const times = [];
  let rows = 0;
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    rows = parse(text).rows.length;
    times.push(performance.now() - t0);
  }
  const m = median(times);
  bytes += Buffer.byteLength(text);
  total += m;
  console.log(`${name}: ${text.length} chars, ${rows} rows, median ${m.toFixed(2)} ms of ${rounds}`);
}
console.log(`all five: ${(bytes / 1e6 / (total / 1000)).toFixed(1)} MB/s (sum of medians ${total.toFixed(1)} ms)`);
