// Draws the app icons (no network, no image libraries): a white circle with a blue check mark
// on the brand blue. `icon-*.png` are rounded squares ("any" purpose); `maskable-*.png` fill the
// whole square and keep the mark inside the central 60 %, the safe zone launchers never crop.
// Run: node scripts/make-icons.mjs   (writes icons/*.png)
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BRAND = [0x0b, 0x53, 0x94];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

// Palette PNG (colour type 3, 4 bits a pixel): every pixel is brand blue with some transparency
// (edges of the rounded square) or an opaque mix of blue and white (edges of the mark), in 8 steps
// each. About a quarter of a true-colour PNG: Chrome fetches the 192 px icon with the first load.
const STEPS = 7;
const mix = (a, b, t) => Math.round(a + (b - a) * t);
const PALETTE = [
  ...Array.from({ length: STEPS + 1 }, (_, k) => [...BRAND, Math.round((255 * k) / STEPS)]),
  ...Array.from({ length: STEPS + 1 }, (_, k) => [0, 1, 2].map((i) => mix(BRAND[i], WHITE[i], k / STEPS)).concat(255)),
];

function png(size, indices) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 4; // bit depth: 16 palette entries at most
  ihdr[9] = 3; // palette
  const row = Math.ceil(size / 2);
  const raw = Buffer.alloc((row + 1) * size); // each row: filter byte 0 (none), two pixels a byte
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const v = indices[y * size + x];
      raw[y * (row + 1) + 1 + (x >> 1)] |= x & 1 ? v : v << 4;
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', Buffer.from(PALETTE.flatMap((c) => c.slice(0, 3)))),
    chunk('tRNS', Buffer.from(PALETTE.map((c) => c[3]))),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Distance from point p to segment a-b.
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

// Colour of one point in unit coordinates (0..1), or null for transparent.
function shade(x, y, maskable) {
  if (!maskable) {
    // rounded square, corner radius 0.18
    const r = 0.18;
    const cx = Math.min(Math.max(x, r), 1 - r), cy = Math.min(Math.max(y, r), 1 - r);
    if (Math.hypot(x - cx, y - cy) > r) return null;
  }
  const scale = maskable ? 0.6 : 0.78; // mark diameter relative to the icon
  const u = (x - 0.5) / scale + 0.5, v = (y - 0.5) / scale + 0.5;
  if (Math.hypot(u - 0.5, v - 0.5) > 0.5) return BRAND;
  const d = Math.min(segDist(u, v, 0.27, 0.52, 0.43, 0.68), segDist(u, v, 0.43, 0.68, 0.74, 0.35));
  return d < 0.075 ? BRAND : WHITE;
}

function draw(size, maskable) {
  const buf = Buffer.alloc(size * size);
  const S = 4; // 4x4 supersampling for smooth edges
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let white = 0, covered = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = shade((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size, maskable);
          if (!c) continue;
          covered += 1;
          if (c === WHITE) white += 1;
        }
      }
      buf[py * size + px] = covered < S * S
        ? Math.round((STEPS * covered) / (S * S))
        : STEPS + 1 + Math.round((STEPS * white) / covered);
    }
  }
  return png(size, buf);
}

const dir = new URL('../icons/', import.meta.url);
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-192.png', 192, true],
  ['maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
]) {
  writeFileSync(new URL(name, dir), draw(size, maskable));
  console.error(`wrote icons/${name}`);
}
