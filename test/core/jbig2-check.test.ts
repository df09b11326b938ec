/**
 * JBIG2 segment headers checked before pdf.js's decoder believes them: a referred-to count its bytes
 * cannot hold is IMAGE_CORRUPT; a page, region, pattern collection or symbol count over the pixel limit
 * is IMAGE_TOO_LARGE; well-formed segments pass.
 */
import { describe, expect, it } from 'vitest';
import { checkJbig2 } from '../../src/core/image/jbig2-check.js';

/** One segment: number, type, no referred-to segments, page 1, and its data. */
function segment(number: number, type: number, data: number[]): number[] {
  const length = [(data.length >>> 24) & 255, (data.length >>> 16) & 255, (data.length >>> 8) & 255, data.length & 255];
  return [0, 0, 0, number, type, 0, 1, ...length, ...data];
}
const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
/** Page information: width, height, resolutions, flags, striping. */
const pageInfo = (w: number, h: number) => [...u32(w), ...u32(h), ...u32(0), ...u32(0), 0, 0, 0];
/** An immediate generic region's segment information field (width, height, x, y, flags) and some data. */
const region = (w: number, h: number) => [...u32(w), ...u32(h), ...u32(0), ...u32(0), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
const LIMIT = 1_000_000;
const check = (bytes: number[]) => () => checkJbig2([new Uint8Array(bytes)], LIMIT, 'object 5');

describe('checkJbig2', () => {
  it('passes a page and a region within the limit, and an end of page', () => {
    expect(check([...segment(1, 48, pageInfo(800, 1000)), ...segment(2, 38, region(800, 1000)), ...segment(3, 49, [])])).not.toThrow();
  });

  it('refuses a long-form referred-to count its bytes cannot hold as IMAGE_CORRUPT', () => {
    // number 1, type 38, long form (top 3 bits 111) with a 29-bit count of 0x1fffffff
    const bytes = [0, 0, 0, 1, 38, 0xff, 0xff, 0xff, 0xff, ...new Array(60).fill(0)];
    expect(check(bytes)).toThrow(expect.objectContaining({ code: 'IMAGE_CORRUPT', message: expect.stringMatching(/object 5: the JBIG2 image is damaged \(segment 1 refers to 536870911 segments/) }));
  });

  it('refuses pages, regions, pattern collections and symbol counts over the limit as IMAGE_TOO_LARGE', () => {
    const tooLarge = expect.objectContaining({ code: 'IMAGE_TOO_LARGE' });
    expect(check(segment(1, 48, pageInfo(100_000, 100_000)))).toThrow(tooLarge);
    expect(check(segment(1, 48, pageInfo(2_000_000, 0xffffffff)))).toThrow(tooLarge); // striped: the width alone
    expect(check([...segment(1, 48, pageInfo(100, 100)), ...segment(2, 38, region(1, 5_000_000))])).toThrow(tooLarge);
    // pattern dictionary: flags, 16×16 patterns, largest gray value 100,000
    expect(check(segment(1, 16, [0, 16, 16, ...u32(100_000)]))).toThrow(tooLarge);
    // symbol dictionary, Huffman coded (no AT pixels): 10 exported, 2,000,000 new symbols
    expect(check(segment(1, 0, [0, 1, ...u32(10), ...u32(2_000_000)]))).toThrow(tooLarge);
  });

  it('reads an immediate region of unknown length to the end', () => {
    const unknown = [0, 0, 0, 1, 38, 0, 1, 0xff, 0xff, 0xff, 0xff, ...region(200_000, 200_000)];
    expect(check(unknown)).toThrow(expect.objectContaining({ code: 'IMAGE_TOO_LARGE' }));
  });
});
