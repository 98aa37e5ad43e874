// Draws the toolbar icon — a forget-me-not: five blue petals, a white ring and a
// yellow eye — at every size the manifests need. Run: node assets/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public/icon');
const sizes = [16, 32, 48, 96, 128];

/** Colour at a point in a unit square centred on (0, 0), radius 1; null = transparent. */
function colourAt(x, y) {
  const r = Math.hypot(x, y);
  if (r < 0.17) return [250, 204, 21];
  if (r < 0.3) return [255, 255, 255];
  for (let i = 0; i < 5; i += 1) {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / 5;
    const cx = Math.cos(angle) * 0.5;
    const cy = Math.sin(angle) * 0.5;
    if (Math.hypot(x - cx, y - cy) < 0.44) {
      const shade = Math.hypot(x - cx, y - cy) / 0.44;
      return [Math.round(66 + 30 * shade), Math.round(133 + 40 * shade), 244];
    }
  }
  return null;
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size) {
  const samples = 4; // 4×4 supersampling for smooth edges
  const rows = [];
  for (let py = 0; py < size; py += 1) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px += 1) {
      let [rs, gs, bs, as] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = ((px + (sx + 0.5) / samples) / size) * 2 - 1;
          const y = ((py + (sy + 0.5) / samples) / size) * 2 - 1;
          const colour = colourAt(x * 1.05, y * 1.05);
          if (colour) {
            rs += colour[0];
            gs += colour[1];
            bs += colour[2];
            as += 1;
          }
        }
      }
      const offset = 1 + px * 4;
      if (as > 0) {
        row[offset] = Math.round(rs / as);
        row[offset + 1] = Math.round(gs / as);
        row[offset + 2] = Math.round(bs / as);
      }
      row[offset + 3] = Math.round((as / samples ** 2) * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(outDir, { recursive: true });
for (const size of sizes) writeFileSync(path.join(outDir, `${size}.png`), png(size));
console.log(`Wrote ${sizes.length} icons to ${outDir}`);
