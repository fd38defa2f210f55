// Draws the app icons (a white bar chart on red) as PNGs for the manifest:
// `node e2e/make-icons.mjs` writes www/icons/{icon,maskable}-{192,512}.png.
// "any" icons have rounded corners; "maskable" ones fill the square and keep
// the drawing inside the central safe zone (a circle of 80% diameter).
import fs from 'node:fs';
import zlib from 'node:zlib';

const RED = [166, 27, 41];
const WHITE = [255, 255, 255];
const SAMPLES = 4; // per axis, for anti-aliased edges

// Bars as fractions of the drawing box: [x0, y0, x1, y1].
const BARS = [
  [0.18, 0.52, 0.34, 0.82],
  [0.42, 0.34, 0.58, 0.82],
  [0.66, 0.18, 0.82, 0.82],
];

function inRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

// Colour at (x, y) in [0,1]², or null for transparent.
function shade(x, y, maskable) {
  if (!maskable && !inRoundedSquare(x, y, 0.2)) return null;
  const scale = maskable ? 0.6 : 0.8; // maskable: inside the safe zone
  const u = (x - 0.5) / scale + 0.5;
  const v = (y - 0.5) / scale + 0.5;
  const onBar = BARS.some(([x0, y0, x1, y1]) => u >= x0 && u <= x1 && v >= y0 && v <= y1);
  return onBar ? WHITE : RED;
}

function draw(size, maskable) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = shade((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, maskable);
          if (!c) continue;
          sum[0] += c[0];
          sum[1] += c[1];
          sum[2] += c[2];
          sum[3] += 1;
        }
      }
      const o = (py * size + px) * 4;
      const n = sum[3];
      pixels[o] = n ? Math.round(sum[0] / n) : 0;
      pixels[o + 1] = n ? Math.round(sum[1] / n) : 0;
      pixels[o + 2] = n ? Math.round(sum[2] / n) : 0;
      pixels[o + 3] = Math.round((255 * n) / SAMPLES ** 2);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = new URL('../www/icons/', import.meta.url);
fs.mkdirSync(out, { recursive: true });
for (const size of [192, 512]) {
  fs.writeFileSync(new URL(`icon-${size}.png`, out), png(size, draw(size, false)));
  fs.writeFileSync(new URL(`maskable-${size}.png`, out), png(size, draw(size, true)));
}
