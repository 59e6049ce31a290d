/**
 * Draws the toolbar icon (a lens over lines of text) at each size as PNG, with no image library:
 * a small PNG encoder over node:zlib. Run by hand when the design changes; the PNGs are committed.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function icon(size: number): Buffer {
  const s = size / 128;
  const blue: [number, number, number, number] = [31, 95, 191, 255];
  const paper: [number, number, number, number] = [250, 250, 247, 255];
  const line: [number, number, number, number] = [120, 130, 140, 255];
  return png(size, (px, py) => {
    const x = (px + 0.5) / s;
    const y = (py + 0.5) / s;
    const dx = x - 58, dy = y - 56;
    const d = Math.hypot(dx, dy);
    // Handle of the lens, from the rim towards the bottom right.
    const along = (dx + dy) / Math.SQRT2;
    const across = Math.abs(dx - dy) / Math.SQRT2;
    if (along > 40 && along < 86 && across < 9) return blue;
    if (d >= 32 && d <= 42) return blue;
    if (d < 32) {
      if (Math.abs(y - 44) < 3 && x > 38 && x < 78) return line;
      if (Math.abs(y - 56) < 3 && x > 38 && x < 72) return line;
      if (Math.abs(y - 68) < 3 && x > 38 && x < 76) return line;
      return paper;
    }
    return [0, 0, 0, 0];
  });
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, icon(size));
console.log('icons written to public/icons');
