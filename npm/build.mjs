// Completes the npm package in the given directory (default pkg/): the
// wasm-bindgen output is already in wasm/; this adds the entry
// points, types, README and a package.json whose version is the crate's.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'pkg'));

const COPIED = ['node.js', 'bundler.js', 'web.js', 'index.d.ts', 'web.d.ts', 'exports.d.ts', 'README.md'];

function crateField(name) {
  const toml = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8');
  const match = toml.match(new RegExp(`^${name} = "([^"]*)"`, 'm'));
  if (!match) throw new Error(`Cargo.toml has no ${name}`);
  return match[1];
}

const manifest = {
  name: 'zhibiao',
  version: crateField('version'),
  description: crateField('description'),
  license: crateField('license'),
  type: 'module',
  keywords: ['chinese', 'government', 'report', 'indicators', 'statistics', 'wasm'],
  main: './node.js',
  types: './index.d.ts',
  exports: {
    '.': {
      types: './index.d.ts',
      node: './node.js',
      default: './bundler.js',
    },
    './web': {
      types: './web.d.ts',
      default: './web.js',
    },
    './zhibiao_bg.wasm': './wasm/zhibiao_bg.wasm',
    './package.json': './package.json',
  },
  files: [...COPIED.filter((f) => f !== 'README.md'), 'wasm/'],
  sideEffects: ['./node.js', './bundler.js', './wasm/zhibiao_bundler.js'],
  engines: { node: '>=18' },
};

for (const file of COPIED) fs.copyFileSync(path.join(here, file), path.join(out, file));
fs.writeFileSync(path.join(out, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
console.error(`npm package zhibiao ${manifest.version} in ${out}`);
