/**
 * Draws the add-in's icon (a green sheet with a header row, grid lines and a sum sign Σ) into
 * assets/icon-{16,32,64,80}.png and assets/icon.svg. Pure Node (zlib): no image library needed.
 * Run: npx tsx scripts/addin-make-icons.ts
 */
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

type Rgb = [number, number, number];
type Shape =
  | { kind: 'roundRect'; x0: number; y0: number; x1: number; y1: number; r: number; color: Rgb }
  | { kind: 'polyline'; points: [number, number][]; width: number; color: Rgb };

const hex = (h: string): Rgb => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];

// Office-like palette: Excel greens on white.
const EXCEL_DARK = '#0E5C2F';
const EXCEL_GREEN = '#107C41';
const EXCEL_LIGHT = '#21A366';
const GRID = '#B7DCC5';
const WHITE = '#FFFFFF';

/** The drawing in a 64×64 coordinate space, back to front. */
function shapes(): Shape[] {
  const s: Shape[] = [
    { kind: 'roundRect', x0: 2, y0: 2, x1: 62, y1: 62, r: 8, color: hex(EXCEL_GREEN) },
    { kind: 'roundRect', x0: 7, y0: 7, x1: 57, y1: 57, r: 4, color: hex(WHITE) },
    { kind: 'roundRect', x0: 7, y0: 7, x1: 57, y1: 19, r: 4, color: hex(EXCEL_LIGHT) },
    { kind: 'roundRect', x0: 7, y0: 14, x1: 57, y1: 19, r: 0, color: hex(EXCEL_LIGHT) },
  ];
  // Grid lines of the table body.
  for (const y of [30, 41])
    s.push({
      kind: 'polyline',
      points: [
        [8, y],
        [56, y],
      ],
      width: 1.6,
      color: hex(GRID),
    });
  for (const x of [23, 40])
    s.push({
      kind: 'polyline',
      points: [
        [x, 19],
        [x, 56],
      ],
      width: 1.6,
      color: hex(GRID),
    });
  // Σ, bold, over the grid.
  s.push({
    kind: 'polyline',
    points: [
      [46, 27],
      [46, 24],
      [19, 24],
      [33, 38],
      [19, 52],
      [46, 52],
      [46, 49],
    ],
    width: 6,
    color: hex(EXCEL_DARK),
  });
  return s;
}

function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax,
    dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inside(shape: Shape, x: number, y: number): boolean {
  if (shape.kind === 'roundRect') {
    if (x < shape.x0 || x > shape.x1 || y < shape.y0 || y > shape.y1) return false;
    const cx = Math.max(shape.x0 + shape.r, Math.min(shape.x1 - shape.r, x));
    const cy = Math.max(shape.y0 + shape.r, Math.min(shape.y1 - shape.r, y));
    return Math.hypot(x - cx, y - cy) <= shape.r;
  }
  for (let i = 1; i < shape.points.length; i++) {
    const [ax, ay] = shape.points[i - 1];
    const [bx, by] = shape.points[i];
    if (distToSegment(x, y, ax, ay, bx, by) <= shape.width / 2) return true;
  }
  return false;
}

/** RGBA pixels of the icon at `size`, 4×4 supersampled. */
function rasterize(size: number): Buffer {
  const out = Buffer.alloc(size * size * 4);
  const drawing = shapes();
  const ss = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = ((px + (sx + 0.5) / ss) * 64) / size;
          const y = ((py + (sy + 0.5) / ss) * 64) / size;
          let color: Rgb | null = null;
          for (const shape of drawing) if (inside(shape, x, y)) color = shape.color;
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      // Colour averaged over covered samples, coverage as alpha (no dark fringe).
      out[o] = a ? Math.round(r / a) : 0;
      out[o + 1] = a ? Math.round(g / a) : 0;
      out[o + 2] = a ? Math.round(b / a) : 0;
      out[o + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit, colour type 6, no filtering). */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function svg(): string {
  const body = shapes().map((s) => {
    const fill = `rgb(${s.color.join(',')})`;
    if (s.kind === 'roundRect')
      return `  <rect x="${s.x0}" y="${s.y0}" width="${s.x1 - s.x0}" height="${s.y1 - s.y0}" rx="${s.r}" fill="${fill}"/>`;
    const pts = s.points.map((p) => p.join(',')).join(' ');
    return `  <polyline points="${pts}" fill="none" stroke="${fill}" stroke-width="${s.width}" stroke-linecap="round" stroke-linejoin="round"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">\n${body.join('\n')}\n</svg>\n`;
}

const dir = join(__dirname, '..', 'assets');
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80]) writeFileSync(join(dir, `icon-${size}.png`), encodePng(size, rasterize(size)));
writeFileSync(join(dir, 'icon.svg'), svg());
console.log('icons written to', dir);
