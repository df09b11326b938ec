/**
 * Cheap facts about an image read from its header: type (from magic bytes, never the file name),
 * pixel size and resolution. Reading them before decoding lets the pixel limit refuse a decompression
 * bomb without ever allocating its pixels.
 */
import type UTIF from 'utif2';
import { lazyRequire } from '../lazy-require.js';
import { checkTiff } from './tiff-check.js';

// utif2 (and the pako it brings) takes ~40 ms to load: only when a TIFF is met, not for every PDF batch.
const utif = lazyRequire<typeof UTIF>('utif2');

export type ImageKind = 'png' | 'jpg' | 'tiff';

export interface ImageHeader {
  kind: ImageKind;
  width: number;
  height: number;
  /** Resolution the file declares, if any (pixels per inch). */
  dpi?: number;
}

export function sniffImage(b: Uint8Array): ImageKind | undefined {
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpg';
  if (b.length >= 4 && ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a && b[3] === 0) || (b[0] === 0x4d && b[1] === 0x4d && b[2] === 0 && b[3] === 0x2a))) return 'tiff';
  return undefined;
}

const u16 = (b: Uint8Array, o: number) => (b[o] << 8) | b[o + 1];
const u32 = (b: Uint8Array, o: number) => ((b[o] << 24) >>> 0) + (b[o + 1] << 16) + (b[o + 2] << 8) + b[o + 3];

/** Header facts, or undefined when the header is unreadable (the caller reports IMAGE_CORRUPT). */
export function readImageHeader(b: Uint8Array): ImageHeader | undefined {
  const kind = sniffImage(b);
  if (kind === 'png') return pngHeader(b);
  if (kind === 'jpg') return jpegHeader(b);
  if (kind === 'tiff') return tiffHeaders(b)?.[0];
  return undefined;
}

function pngHeader(b: Uint8Array): ImageHeader | undefined {
  if (b.length < 24 || String.fromCharCode(...b.subarray(12, 16)) !== 'IHDR') return undefined;
  const header: ImageHeader = { kind: 'png', width: u32(b, 16), height: u32(b, 20) };
  // pHYs (pixels per metre) comes before the image data when present.
  for (let o = 8; o + 8 <= b.length; ) {
    const len = u32(b, o);
    const type = String.fromCharCode(...b.subarray(o + 4, o + 8));
    if (type === 'IDAT' || type === 'IEND') break;
    if (type === 'pHYs' && len === 9 && b[o + 16] === 1) header.dpi = Math.round(u32(b, o + 8) * 0.0254);
    o += 12 + len;
  }
  return header.width > 0 && header.height > 0 ? header : undefined;
}

function jpegHeader(b: Uint8Array): ImageHeader | undefined {
  let dpi: number | undefined;
  for (let o = 2; o + 4 <= b.length; ) {
    if (b[o] !== 0xff) return undefined;
    const marker = b[o + 1];
    if (marker === 0xff) { o++; continue; } // fill byte
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) { o += 2; continue; }
    const len = u16(b, o + 2);
    if (len < 2) return undefined;
    // JFIF APP0: units 1 = dots per inch, 2 = dots per cm.
    if (marker === 0xe0 && String.fromCharCode(...b.subarray(o + 4, o + 9)) === 'JFIF\0') {
      const units = b[o + 11];
      const x = u16(b, o + 12);
      if (x > 1 && units === 1) dpi = x;
      if (x > 1 && units === 2) dpi = Math.round(x * 2.54);
    }
    // SOF0..SOF15 except DHT (C4), JPG (C8), DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (o + 9 > b.length) return undefined;
      const height = u16(b, o + 5);
      const width = u16(b, o + 7);
      return width > 0 && height > 0 ? { kind: 'jpg', width, height, dpi } : undefined;
    }
    if (marker === 0xda || marker === 0xd9) return undefined; // image data before any frame header
    o += 2 + len;
  }
  return undefined;
}

/** Every page (IFD) of a TIFF with its size, read without decoding pixels. */
export function tiffHeaders(b: Uint8Array): (ImageHeader & { ifd: UTIF.IFD; orientation: number })[] | undefined {
  let ifds: UTIF.IFD[];
  try {
    // utif2 follows directory offsets unchecked (a loop spins forever): the structure is checked first.
    checkTiff(b, 'TIFF');
    const decode = utif().decode as (buffer: ArrayBuffer, options: { parseMN: boolean; debug: boolean }) => UTIF.IFD[];
    ifds = decode(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer, { parseMN: false, debug: false });
  } catch {
    return undefined;
  }
  const num = (v: unknown): number | undefined => (Array.isArray(v) && typeof v[0] === 'number' ? v[0] : undefined);
  const pages = ifds
    .map((ifd) => {
      const width = num(ifd.t256) ?? 0;
      const height = num(ifd.t257) ?? 0;
      const res = num(ifd.t282);
      const unit = num(ifd.t296) ?? 2; // 2 = inch, 3 = cm
      const dpi = res && res > 1 ? Math.round(unit === 3 ? res * 2.54 : res) : undefined;
      return { kind: 'tiff' as const, width, height, dpi, ifd, orientation: num(ifd.t274) ?? 1 };
    })
    .filter((p) => p.width > 0 && p.height > 0);
  return pages.length ? pages : undefined;
}
