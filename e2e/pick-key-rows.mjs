// Picks the key rows the browser tests look for: gold rows marked core that
// the current parser reproduces (canonical, value, unit, placeholder, change,
// changeUnit all equal). Run after the parser improves, then commit key-rows.json:
//   node e2e/pick-key-rows.mjs > e2e/key-rows.json
import fs from 'node:fs';
import path from 'node:path';
import { initSync, parseToJson, setTables } from '../www/pkg/zhibiao.js';
import { samples, WWW } from './helpers.mjs';

const PER_SAMPLE = Infinity;
initSync({ module: fs.readFileSync(path.join(WWW, 'pkg', 'zhibiao_bg.wasm')) });
setTables(...['divisions.txt', 'indicators.tsv'].map((f) => fs.readFileSync(path.join(WWW, 'pkg', f), 'utf8')));
const parse = (text, options) => JSON.parse(parseToJson(text, options));

const key = (r) => JSON.stringify([r.canonical, r.value, r.unit, r.placeholder, r.change, r.changeUnit]);
const picked = {};
for (const { name, text, gold } of samples()) {
  const produced = new Set(parse(text, null).rows.map(key));
  const core = gold.filter((r) => r.core && !r.optional);
  picked[name] = core
    .filter((r) => produced.has(key(r)))
    .slice(0, PER_SAMPLE)
    .map(({ canonical, value, unit, placeholder, change, changeUnit }) => ({ canonical, value, unit, placeholder, change, changeUnit }));
  console.error(`${name}: ${core.filter((r) => produced.has(key(r))).length}/${core.length} core gold rows produced`);
}
console.log(JSON.stringify(picked, null, 1));
