// Test images made on the spot, byte by byte: PNG (with or without alpha), GIF, BMP.
// Nothing is downloaded; every size is exact.
import { deflateSync, crc32 } from 'node:zlib';
import { randomBytes } from 'node:crypto';

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A PNG of `width`×`height`. `alpha`: RGBA (colour type 6); `trns`: RGB plus a tRNS chunk;
 * `noise`: random pixels, so the file does not compress (for "too heavy").
 */
export function png(width, height, { alpha = false, trns = false, noise = false, rgb = [40, 90, 200] } = {}) {
  const channels = alpha ? 4 : 3;
  const row = 1 + width * channels;
  let raw;
  if (noise) {
    raw = randomBytes(row * height);
    for (let y = 0; y < height; y++) raw[y * row] = 0; // filter byte: none
  } else {
    raw = Buffer.alloc(row * height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = y * row + 1 + x * channels;
        raw[i] = rgb[0];
        raw[i + 1] = (rgb[1] + y) & 0xff;
        raw[i + 2] = rgb[2];
        if (alpha) raw[i + 3] = 128;
      }
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = alpha ? 6 : 2; // colour type
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr)];
  if (trns) parts.push(chunk('tRNS', Buffer.from([0, 0, 0, 0, 0, 0])));
  parts.push(chunk('IDAT', deflateSync(raw, { level: noise ? 0 : 6 })), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat(parts);
}

/** A 1-frame GIF (GIF89a) of the given size. */
export function gif(width, height) {
  const header = Buffer.from('GIF89a', 'latin1');
  const screen = Buffer.alloc(7);
  screen.writeUInt16LE(width, 0);
  screen.writeUInt16LE(height, 2);
  screen[4] = 0x80; // global colour table, 2 colours
  const palette = Buffer.from([0, 0, 0, 255, 255, 255]);
  const descriptor = Buffer.alloc(10);
  descriptor[0] = 0x2c;
  descriptor.writeUInt16LE(width, 5);
  descriptor.writeUInt16LE(height, 7);
  // LZW min code size 2, one tiny data block (clear, 0, end), block terminator, trailer.
  const data = Buffer.from([0x02, 0x02, 0x44, 0x01, 0x00, 0x3b]);
  return Buffer.concat([header, screen, palette, descriptor.subarray(0, 10), data]);
}

/** A 24-bit BMP. */
export function bmp(width, height) {
  const rowSize = Math.ceil((width * 3) / 4) * 4;
  const pixels = Buffer.alloc(rowSize * height, 0x80);
  const header = Buffer.alloc(54);
  header.write('BM', 0, 'latin1');
  header.writeUInt32LE(54 + pixels.length, 2);
  header.writeUInt32LE(54, 10);
  header.writeUInt32LE(40, 14);
  header.writeInt32LE(width, 18);
  header.writeInt32LE(height, 22);
  header.writeUInt16LE(1, 26);
  header.writeUInt16LE(24, 28);
  header.writeUInt32LE(pixels.length, 34);
  return Buffer.concat([header, pixels]);
}

/** A file for Playwright's setInputFiles. */
export const file = (name, mimeType, buffer) => ({ name, mimeType, buffer });
