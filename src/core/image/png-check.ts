/**
 * A PNG's structure checked before any decoder sees it. @napi-rs/canvas's native decoder crashes the
 * whole process (SIGSEGV) on a chunk with a wrong CRC, or on a header that declares far more pixels than
 * the compressed data holds, and pdf-lib's decoder spins forever on a truncated file: one such upload
 * must not take a batch, or a server, down. So: the signature, every chunk's length and CRC, a valid
 * IHDR (size against the pixel limit, a legal bit depth for the colour type), image data present, IEND
 * present, and the image data inflating to exactly the number of bytes the header implies (counted while
 * streaming, never held).
 */
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { InvoicectlError } from '../errors.js';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const BIT_DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
/** Adam7 passes: x start, y start, x step, y step. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

interface Ihdr {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlace: number;
}

export async function checkPng(bytes: Uint8Array, name: string, maxPixels = Number.POSITIVE_INFINITY): Promise<void> {
  const corrupt = (why: string) => new InvoicectlError('IMAGE_CORRUPT', `${name}: the PNG is damaged (${why})`, { file: name });
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.length < 8 || SIGNATURE.some((b, i) => view[i] !== b)) throw corrupt('no PNG signature');
  let ihdr: Ihdr | undefined;
  const idat: Buffer[] = [];
  let ended = false;
  for (let pos = 8; !ended; ) {
    if (pos + 12 > view.length) throw corrupt('it ends before its IEND chunk');
    const length = view.readUInt32BE(pos);
    const type = view.toString('latin1', pos + 4, pos + 8);
    if (length > 0x7fffffff || pos + 12 + length > view.length) throw corrupt(`the ${type} chunk runs past the end of the file`);
    const data = view.subarray(pos + 8, pos + 8 + length);
    if (zlib.crc32(view.subarray(pos + 4, pos + 8 + length)) !== view.readUInt32BE(pos + 8 + length)) throw corrupt(`the ${type} chunk's checksum is wrong`);
    if (type === 'IHDR') ihdr = readIhdr(data, corrupt);
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') ended = true;
    pos += 12 + length;
  }
  if (!ihdr) throw corrupt('no IHDR chunk');
  if (ihdr.width * ihdr.height > maxPixels) {
    throw new InvoicectlError('IMAGE_TOO_LARGE', `${name}: ${ihdr.width}×${ihdr.height} pixels, over the limit of ${maxPixels}`, { file: name, maxImagePixels: maxPixels });
  }
  if (idat.length === 0) throw corrupt('no image data');
  const expected = expectedDataLength(ihdr);
  const inflated = await inflatedLength(idat, expected + 1).catch(() => {
    throw corrupt('its image data does not decompress');
  });
  if (inflated !== expected) throw corrupt(`its image data holds ${inflated} bytes where the header implies ${expected}`);
}

function readIhdr(data: Buffer, corrupt: (why: string) => Error): Ihdr {
  if (data.length !== 13) throw corrupt('the IHDR chunk has the wrong size');
  const ihdr = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), bitDepth: data[8], colorType: data[9], interlace: data[12] };
  if (ihdr.width === 0 || ihdr.height === 0) throw corrupt('it has no pixels');
  if (!BIT_DEPTHS[ihdr.colorType]?.includes(ihdr.bitDepth)) throw corrupt(`colour type ${ihdr.colorType} with bit depth ${ihdr.bitDepth}`);
  if (data[10] !== 0 || data[11] !== 0 || ihdr.interlace > 1) throw corrupt('an unknown compression, filter or interlace method');
  return ihdr;
}

/** Bytes of filtered scanlines the header implies: per row one filter byte plus the packed pixels. */
function expectedDataLength(h: Ihdr): number {
  const bitsPerPixel = CHANNELS[h.colorType] * h.bitDepth;
  const rows = (width: number, height: number) => (width > 0 && height > 0 ? height * (1 + Math.ceil((width * bitsPerPixel) / 8)) : 0);
  if (h.interlace === 0) return rows(h.width, h.height);
  return ADAM7.reduce((sum, [x0, y0, dx, dy]) => sum + rows(Math.ceil((h.width - x0) / dx), Math.ceil((h.height - y0) / dy)), 0);
}

/** How many bytes the zlib stream inflates to, stopping once past `limit`. */
async function inflatedLength(parts: Buffer[], limit: number): Promise<number> {
  let total = 0;
  const inflate = zlib.createInflate();
  Readable.from(parts).pipe(inflate);
  for await (const chunk of inflate) {
    total += (chunk as Buffer).length;
    if (total >= limit) {
      inflate.destroy();
      break;
    }
  }
  return total;
}
