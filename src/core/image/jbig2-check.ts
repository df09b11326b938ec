/**
 * The segment headers of a JBIG2 stream as embedded in a PDF (ITU-T T.88 §7.2, no file header), checked
 * before any decoder sees them. pdf.js's decoder believes them: a header claiming 536 million referred-to
 * segments, or a region of 100,000 × 100,000 pixels, made it grow arrays until V8 aborted the process.
 * Here a count that the bytes cannot hold is damage (IMAGE_CORRUPT) and a page, region or pattern
 * collection over `maxPixels` is IMAGE_TOO_LARGE.
 */
import { InvoicectlError } from '../errors.js';
import { jbig2Segments } from './jbig2-segments.js';

/** Segment types whose data begins with a region segment information field (T.88 §7.4.1). */
const REGION_TYPES = new Set([4, 6, 7, 20, 22, 23, 36, 38, 39, 40, 42, 43]);
const PAGE_INFORMATION = 48;
const PATTERN_DICTIONARY = 16;
const SYMBOL_DICTIONARY = 0;
/** A page height that says "striped, given later". */
const STRIPED_HEIGHT = 0xffffffff;

/** `chunks`: the globals stream (if any), then the image's own stream; `name` is for messages. */
export function checkJbig2(chunks: Uint8Array[], maxPixels: number, name: string): void {
  for (const data of chunks) checkSegments(data, maxPixels, name);
}

function checkSegments(data: Uint8Array, maxPixels: number, name: string): void {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const damaged = (why: string) => new InvoicectlError('IMAGE_CORRUPT', `${name}: the JBIG2 image is damaged (${why})`, { file: name });
  const tooLarge = (what: string, pixels: number) =>
    new InvoicectlError('IMAGE_TOO_LARGE', `${name}: a JBIG2 ${what} of ${pixels} pixels is over the limit of ${maxPixels}`, { file: name, maxImagePixels: maxPixels });
  for (const segment of jbig2Segments(data, damaged)) checkData(segment.type, segment.dataStart, segment.dataEnd);

  function checkData(type: number, at: number, end: number): void {
    const sized = at + 8 <= end;
    const width = sized ? view.getUint32(at) : 0;
    const height = sized ? view.getUint32(at + 4) : 0;
    if (type === PAGE_INFORMATION) {
      // 0xffffffff: a striped page whose height comes later; its width alone still counts.
      const pixels = width * (height === STRIPED_HEIGHT ? 1 : height);
      if (pixels > maxPixels) throw tooLarge('page', pixels);
    } else if (REGION_TYPES.has(type)) {
      if (width * height > maxPixels) throw tooLarge('region', width * height);
    } else if (type === PATTERN_DICTIONARY && at + 7 <= end) {
      // flags, pattern width, pattern height, largest gray value: that many + 1 patterns side by side.
      const pixels = data[at + 1]! * data[at + 2]! * (view.getUint32(at + 3) + 1);
      if (pixels > maxPixels) throw tooLarge('pattern collection', pixels);
    } else if (type === SYMBOL_DICTIONARY && at + 2 <= end) {
      const flags = view.getUint16(at);
      const huffman = flags & 1;
      const refinement = flags & 2;
      const template = (flags >> 10) & 3;
      const refinementTemplate = (flags >> 12) & 1;
      const counts = at + 2 + (huffman ? 0 : template === 0 ? 8 : 2) + (refinement && !refinementTemplate ? 4 : 0);
      // Every new symbol is at least one pixel.
      const symbols = counts + 8 <= end ? view.getUint32(counts + 4) : 0;
      if (symbols > maxPixels) throw tooLarge('symbol dictionary', symbols);
    }
  }
}
