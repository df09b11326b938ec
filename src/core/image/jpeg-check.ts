/**
 * A JPEG's structure checked before any decoder sees it (see png-check.ts for why): the marker
 * segments in order and inside the file, one frame header (SOF) with a sane size, precision and
 * components, the frame's pixels against the limit, at least one scan whose components the frame
 * declares (at most MAX_SCANS of them), and the end-of-image marker (a truncated file is refused, not half-decoded).
 */
import { InvoicectlError } from '../errors.js';

const u16 = (b: Uint8Array, o: number) => (b[o] << 8) | b[o + 1];
/** SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
const isFrameMarker = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
/**
 * Real encoders write 1 scan (baseline) or about 10 (progressive); each scan makes a decoder walk the
 * whole image again, so a file that repeats a tiny scan 200,000 times keeps any decoder busy for hours.
 * 1,000 is the limit libjpeg-turbo's documentation suggests for untrusted files (djpeg -maxscans).
 */
const MAX_SCANS = 1000;
/** Markers that stand alone, without a length: TEM, RST0..7 (SOI and EOI are handled on their own). */
const isStandalone = (m: number) => m === 0x01 || (m >= 0xd0 && m <= 0xd7);

export function checkJpeg(b: Uint8Array, name: string, maxPixels = Number.POSITIVE_INFINITY): void {
  const corrupt = (why: string) => new InvoicectlError('IMAGE_CORRUPT', `${name}: the JPEG is damaged (${why})`, { file: name });
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) throw corrupt('no JPEG start marker');
  let components: number[] | undefined;
  let scans = 0;
  for (let o = 2; ; ) {
    if (o + 2 > b.length) throw corrupt('it ends before its end marker');
    if (b[o] !== 0xff) throw corrupt(`no marker where one must be, at byte ${o}`);
    const marker = b[o + 1];
    if (marker === 0xff) {
      o += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) break;
    if (marker === 0xd8 || marker === 0x00) throw corrupt(`an unexpected marker at byte ${o}`);
    if (isStandalone(marker)) {
      o += 2;
      continue;
    }
    if (o + 4 > b.length) throw corrupt('it ends inside a marker');
    const length = u16(b, o + 2);
    const end = o + 2 + length;
    if (length < 2 || end > b.length) throw corrupt(`a segment runs past the end of the file, at byte ${o}`);
    const body = b.subarray(o + 4, end);
    if (isFrameMarker(marker)) {
      if (components) throw corrupt('two frame headers');
      components = readFrame(body, name, maxPixels, corrupt);
    }
    if (marker !== 0xda) {
      o = end;
      continue;
    }
    if (!components) throw corrupt('image data before the frame header');
    checkScanHeader(body, components, corrupt);
    scans += 1;
    if (scans > MAX_SCANS) throw corrupt(`more than ${MAX_SCANS} scans`);
    o = skipEntropyData(b, end);
  }
  if (!components) throw corrupt('no frame header');
  if (scans === 0) throw corrupt('no image data');
}

/** The frame header: precision, size (height 0, "defined later", is refused), the component ids. */
function readFrame(body: Uint8Array, name: string, maxPixels: number, corrupt: (why: string) => Error): number[] {
  if (body.length < 6) throw corrupt('the frame header is too short');
  const [precision, height, width, count] = [body[0], u16(body, 1), u16(body, 3), body[5]];
  if (![8, 12, 16].includes(precision)) throw corrupt(`a sample precision of ${precision} bits`);
  if (width === 0 || height === 0) throw corrupt('it has no pixels');
  if (count < 1 || count > 4 || body.length !== 6 + 3 * count) throw corrupt(`a frame header with ${count} components`);
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const sampling = body[7 + 3 * i];
    const [h, v] = [sampling >> 4, sampling & 15];
    if (h < 1 || h > 4 || v < 1 || v > 4) throw corrupt('a component sampling factor out of range');
    ids.push(body[6 + 3 * i]);
  }
  if (width * height > maxPixels) {
    throw new InvoicectlError('IMAGE_TOO_LARGE', `${name}: ${width}×${height} pixels, over the limit of ${maxPixels}`, { file: name, maxImagePixels: maxPixels });
  }
  return ids;
}

function checkScanHeader(body: Uint8Array, frameComponents: number[], corrupt: (why: string) => Error): void {
  const count = body[0];
  if (count < 1 || count > 4 || body.length !== 4 + 2 * count) throw corrupt('a scan header of the wrong size');
  for (let i = 0; i < count; i++) {
    if (!frameComponents.includes(body[1 + 2 * i])) throw corrupt('a scan of a component the frame does not have');
  }
}

/** The offset of the first marker after a scan's entropy-coded data (0xFF00 is a stuffed byte, RSTn sits inside). */
function skipEntropyData(b: Uint8Array, from: number): number {
  for (let o = from; o + 1 < b.length; o++) {
    if (b[o] !== 0xff) continue;
    const next = b[o + 1];
    if (next === 0x00 || next === 0xff || (next >= 0xd0 && next <= 0xd7)) continue;
    return o;
  }
  return b.length; // no marker after the data: truncated, reported by the caller's loop
}
