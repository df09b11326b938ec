/**
 * Image dimensions read from the header alone, so an oversized image is refused before anything
 * decodes it (a 30000x30000 PNG is small on disk and 3.6 GB in memory).
 */
import { InvoicectlError } from './errors.js';
import type { FileType } from './filetype.js';

export interface ImageInfo {
  width: number;
  height: number;
}

export function imageInfo(bytes: Uint8Array, type: FileType, name: string): ImageInfo {
  const info = type === 'png' ? pngInfo(bytes) : type === 'jpeg' ? jpegInfo(bytes) : type === 'tiff' ? tiffInfo(bytes) : null;
  if (!info || info.width < 1 || info.height < 1) throw new InvoicectlError('IMAGE_CORRUPT', `${name}: cannot read the image size`);
  return info;
}

export function checkImagePixels(info: ImageInfo, maxPixels: number, name: string): void {
  if (info.width * info.height > maxPixels) {
    throw new InvoicectlError('IMAGE_TOO_LARGE', `${name} is ${info.width}x${info.height} pixels, over the limit of ${maxPixels}`, { ...info, limit: maxPixels });
  }
}

function pngInfo(b: Uint8Array): ImageInfo | null {
  if (b.length < 24) return null;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

function jpegInfo(b: Uint8Array): ImageInfo | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) {
      i++;
      continue;
    }
    const marker = b[i + 1];
    const length = (b[i + 2] << 8) | b[i + 3];
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (b[i + 5] << 8) | b[i + 6], width: (b[i + 7] << 8) | b[i + 8] };
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) i += 2;
    else i += 2 + length;
  }
  return null;
}

function tiffInfo(b: Uint8Array): ImageInfo | null {
  if (b.length < 8) return null;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const le = b[0] === 0x49;
  const u16 = (o: number) => v.getUint16(o, le);
  const u32 = (o: number) => v.getUint32(o, le);
  const ifd = u32(4);
  if (ifd + 2 > b.length) return null;
  let width = 0;
  let height = 0;
  const count = u16(ifd);
  for (let k = 0; k < count; k++) {
    const e = ifd + 2 + k * 12;
    if (e + 12 > b.length) break;
    const tag = u16(e);
    const type = u16(e + 2);
    const value = type === 3 ? u16(e + 8) : u32(e + 8);
    if (tag === 256) width = value;
    if (tag === 257) height = value;
  }
  return width && height ? { width, height } : null;
}
