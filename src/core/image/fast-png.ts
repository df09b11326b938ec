/**
 * PNGs of our own pixels, compressed for speed (zlib level 1, no row filters): lossless, so a reader
 * decodes exactly the pixels given. @napi-rs/canvas's encoder writes RGBA at its default compression:
 * ~330 CPU-ms for a 200-dpi scanned page that goes to OCR, against ~30-60 here.
 */
import zlib from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** An 8-bit PNG of `channels` bytes a pixel, row-major: 1 grey, 3 RGB. */
export function fastPng(pixels: Uint8Array, width: number, height: number, channels: 1 | 3): Uint8Array {
  // Each row is a filter byte (0: none) and its pixels.
  const row = width * channels;
  const raw = Buffer.alloc((row + 1) * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * row, (y + 1) * row), y * (row + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  // Bit depth 8, colour type 0 (grey) or 2 (RGB), deflate, no filter method, no interlace.
  header.set([8, channels === 1 ? 0 : 2, 0, 0, 0], 8);
  return new Uint8Array(Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw, { level: 1 })), chunk('IEND', Buffer.alloc(0))]));
}

/**
 * An opaque page's RGBA as a PNG with the same pixels: grey (a quarter of the bytes to compress) when
 * every pixel has R = G = B, as a scanned page has, else RGB. Null when a pixel is not opaque (a PNG
 * without alpha would show it otherwise than a reader drawing it on white would).
 */
export function opaquePng(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Uint8Array | null {
  const n = width * height;
  let grey = true;
  for (let i = 0; i < n * 4; i += 4) {
    if (rgba[i + 3] !== 255) return null;
    if (grey && (rgba[i] !== rgba[i + 1] || rgba[i] !== rgba[i + 2])) grey = false;
  }
  const channels = grey ? 1 : 3;
  const out = new Uint8Array(n * channels);
  for (let i = 0, j = 0; j < out.length; i += 4) {
    out[j++] = rgba[i]!;
    if (channels === 3) {
      out[j++] = rgba[i + 1]!;
      out[j++] = rgba[i + 2]!;
    }
  }
  return fastPng(out, width, height, channels);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(zlib.crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
