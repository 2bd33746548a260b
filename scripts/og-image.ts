/**
 * npm run og-image — writes public/og/site.png, the one share preview of every
 * page (1200 × 630, the size Open Graph and Twitter cards ask for): the site's
 * mark (the favicon's tick on its blue) on white. No text and no chart, so it
 * cannot show a figure out of date or out of context. Written with zlib alone:
 * the machines building the site have no image tools.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const WIDTH = 1200;
const HEIGHT = 630;
const BLUE = [0x0b, 0x4f, 0x8a] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

// The favicon's shapes (viewBox 0 0 32 32): a rounded square and a tick stroked 3.5 wide.
const SIZE = 360;
const scale = SIZE / 32;
const left = (WIDTH - SIZE) / 2;
const top = (HEIGHT - SIZE) / 2;
const tick: Array<[number, number]> = [
  [9, 17],
  [14, 22],
  [23, 11],
];

function distanceToSegment(x: number, y: number, [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const dx = bx - ax;
  const dy = by - ay;
  const along = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + along * dx), y - (ay + along * dy));
}

/** How much of the pixel centred on (x, y), in favicon units, is inside the rounded square (0–1). */
function squareCover(x: number, y: number): number {
  const radius = 6;
  const qx = Math.max(Math.abs(x - 16) - (16 - radius), 0);
  const qy = Math.max(Math.abs(y - 16) - (16 - radius), 0);
  const outside = Math.hypot(qx, qy) - radius;
  return Math.max(0, Math.min(1, 0.5 - outside * scale));
}

function tickCover(x: number, y: number): number {
  const [a, b, c] = tick as [[number, number], [number, number], [number, number]];
  const distance = Math.min(distanceToSegment(x, y, a, b), distanceToSegment(x, y, b, c)) - 3.5 / 2;
  return Math.max(0, Math.min(1, 0.5 - distance * scale));
}

const mix = (from: readonly number[], to: readonly number[], share: number) =>
  from.map((value, index) => Math.round(value + ((to[index] ?? 0) - value) * share));

const raw = Buffer.alloc((WIDTH * 3 + 1) * HEIGHT);
for (let row = 0; row < HEIGHT; row += 1) {
  const offset = row * (WIDTH * 3 + 1);
  raw[offset] = 0; // filter: none
  for (let column = 0; column < WIDTH; column += 1) {
    const x = (column + 0.5 - left) / scale;
    const y = (row + 0.5 - top) / scale;
    const square = squareCover(x, y);
    const colour = mix(mix(WHITE, BLUE, square), WHITE, square * tickCover(x, y));
    raw.set(colour, offset + 1 + column * 3);
  }
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(WIDTH, 0);
header.writeUInt32BE(HEIGHT, 4);
header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync('public/og', { recursive: true });
writeFileSync('public/og/site.png', png);
console.log(`public/og/site.png: ${WIDTH} × ${HEIGHT}, ${png.length} bytes`);
