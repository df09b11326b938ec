/**
 * The JPEG and TIFF structure checks that keep hostile files away from decoders (utif2 spins forever on
 * a looping directory chain; pdf-lib's JPEG reader on a zero-length segment), the decoder child process
 * that contains what the checks miss, and the parser failures mapped onto stable codes with reasons.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
// @ts-expect-error plain ESM scripts of bench/, without types
import { CRAFTED_PDFS, rng, tiff, zipLyingSize, zipOf } from '../../bench/fuzz/generate.mjs';
import { InvoicectlError } from '../../src/core/errors.js';
import { collectInputs, loadInput } from '../../src/core/inputs.js';
import { checkJpeg } from '../../src/core/image/jpeg-check.js';
import { decodeRaster } from '../../src/core/image/raster.js';
import { checkTiff } from '../../src/core/image/tiff-check.js';
import { loadPdfDocument } from '../../src/pdf/load.js';
import { ROOT, runCli, tmpDir } from '../helpers/cli.js';

const MEAL = new Uint8Array(fs.readFileSync(path.join(ROOT, 'fixtures/invoices/receipts/meal.jpg')));
const TAXI = new Uint8Array(fs.readFileSync(path.join(ROOT, 'fixtures/invoices/receipts/taxi.png')));

async function failure(work: () => unknown): Promise<InvoicectlError> {
  try {
    await work();
  } catch (err) {
    return err as InvoicectlError;
  }
  throw new Error('expected a failure');
}

/** Offset of the first segment with `marker` (0xFFxx) before the scan. */
function segment(bytes: Uint8Array, test: (marker: number) => boolean): number {
  for (let o = 2; o < bytes.length; o += 2 + ((bytes[o + 2] << 8) | bytes[o + 3])) if (test(bytes[o + 1])) return o;
  throw new Error('no such segment');
}

describe('JPEG check', () => {
  it('passes a real photo', () => expect(() => checkJpeg(MEAL, 'meal.jpg')).not.toThrow());

  it('refuses a zero-length segment, a truncated file, a frame of no pixels and one over the limit', async () => {
    const zeroLength = new Uint8Array(MEAL);
    const app = segment(zeroLength, (m) => m >= 0xe0 && m <= 0xef);
    zeroLength[app + 2] = 0;
    zeroLength[app + 3] = 0;
    expect((await failure(() => checkJpeg(zeroLength, 'z.jpg'))).code).toBe('IMAGE_CORRUPT');
    const truncated = await failure(() => checkJpeg(MEAL.subarray(0, MEAL.length - 100), 't.jpg'));
    expect([truncated.code, truncated.message]).toEqual(['IMAGE_CORRUPT', 't.jpg: the JPEG is damaged (it ends before its end marker)']);
    const sof = segment(MEAL, (m) => m === 0xc0 || m === 0xc2);
    const noPixels = new Uint8Array(MEAL);
    noPixels[sof + 5] = noPixels[sof + 6] = 0;
    expect((await failure(() => checkJpeg(noPixels, 'n.jpg'))).message).toContain('no pixels');
    const huge = new Uint8Array(MEAL);
    huge.fill(0xff, sof + 5, sof + 9);
    expect((await failure(() => checkJpeg(huge, 'h.jpg', 100_000_000))).code).toBe('IMAGE_TOO_LARGE');
  });
});

describe('TIFF check', () => {
  it('passes a plain TIFF, which then decodes to its pixels', async () => {
    const bytes = tiff(16, 8);
    expect(() => checkTiff(bytes, 'ok.tif')).not.toThrow();
    const [page] = await decodeRaster(bytes, 'ok.tif', { maxPixels: 1e6 });
    expect([page.width, page.height]).toEqual([16, 8]);
    expect([...page.rgba.subarray(4, 8)]).toEqual([7, 7, 7, 255]); // grey value (i * 7) of pixel 1
  });

  it.each([
    ['a directory chain that loops', tiff(16, 16, { nextIfd: 'self' }), 'IMAGE_CORRUPT', 'loop'],
    ['a sub-directory pointing at itself', tiff(16, 16, { patch: (e: number[][], at: number) => [...e, [330, 4, 1, at]] }), 'IMAGE_CORRUPT', 'loop'],
    ['a tag claiming 2^31 values', tiff(16, 16, { patch: (e: number[][]) => [...e, [270, 3, 0x7fffffff, 8]] }), 'IMAGE_CORRUPT', 'outside the file'],
    ['a strip outside the file', tiff(16, 16, { patch: (e: number[][]) => e.map((x) => (x[0] === 273 ? [273, 4, 1, 0x7ffffff0] : x)) }), 'IMAGE_CORRUPT', 'outside the file'],
    ['a directory outside the file', tiff(16, 16, { nextIfd: 0x7ffffff0 }), 'IMAGE_CORRUPT', 'outside the file'],
    ['100000² pixels', tiff(16, 16, { patch: (e: number[][]) => e.map((x) => (x[0] === 256 || x[0] === 257 ? [x[0], 4, 1, 100_000] : x)) }), 'IMAGE_TOO_LARGE', 'over the limit'],
  ])('refuses %s, also through decodeRaster', async (_, bytes, code, words) => {
    const err = await failure(() => checkTiff(bytes, 'bad.tif', 100_000_000));
    expect(err.code).toBe(code);
    expect(err.message).toContain(words);
    expect((await failure(() => decodeRaster(bytes, 'bad.tif', { maxPixels: 100_000_000 }))).code).toBe(code);
  });
});

describe('the image decoder process', () => {
  it('contains a native crash: the PNG with a wrong IHDR checksum kills the decoder (SIGSEGV), not us', async () => {
    // The compiled module forks the compiled child (npm test builds first); from sources it would run in-process.
    const { decodeContained } = await import(path.join(ROOT, 'dist/core/image/image-decoder.js'));
    const bad = new Uint8Array(TAXI);
    bad[29] ^= 0xff;
    const err = await failure(() => decodeContained(bad, 'taxi.png', { pixels: true }));
    expect(err.code).toBe('IMAGE_CORRUPT');
    expect(err.message).toBe('taxi.png: the image cannot be decoded (the decoder died on it)');
    const good = await decodeContained(TAXI, 'taxi.png', { pixels: true });
    expect([good.width, good.height, good.rgba.length]).toEqual([300, 560, 300 * 560 * 4]);
  });

  it('says whether an image is blank without sending its pixels (a scanned page is ~15 MB of RGBA)', async () => {
    const { decodeContained } = await import(path.join(ROOT, 'dist/core/image/image-decoder.js'));
    const inked = await decodeContained(MEAL, 'meal.jpg', { pixels: false, blank: true });
    expect(inked.blank).toBe(false);
    expect(inked.rgba).toBeUndefined();
    const sheet = createCanvas(800, 1100);
    const ctx = sheet.getContext('2d');
    ctx.fillStyle = '#fdfdfd'; // a scanner's white
    ctx.fillRect(0, 0, 800, 1100);
    const white = await decodeContained(new Uint8Array(sheet.toBuffer('image/jpeg')), 'white.jpg', { pixels: false, blank: true });
    expect([white.width, white.height, white.blank, white.rgba]).toEqual([800, 1100, true, undefined]);
  });

  it('judges blankness at a quarter of the size as the whole pixels do (three lines of 6-pt print are ink)', async () => {
    const { decodeContained } = await import(path.join(ROOT, 'dist/core/image/image-decoder.js'));
    const { looksBlank } = await import(path.join(ROOT, 'dist/core/image/ink.js'));
    // An A4 page at 200 dpi with `lines` lines of small print (16 px: 6 pt) in its corner.
    const page = (lines: number) => {
      const sheet = createCanvas(1654, 2339);
      const ctx = sheet.getContext('2d');
      ctx.fillStyle = '#fdfdfd';
      ctx.fillRect(0, 0, 1654, 2339);
      ctx.font = '16px sans-serif';
      ctx.fillStyle = '#000000';
      for (let k = 0; k < lines; k++) ctx.fillText('Invoice 2024-0042 total due 1,234.56 EUR', 150, 200 + k * 60);
      return new Uint8Array(sheet.toBuffer('image/jpeg'));
    };
    for (const lines of [0, 1, 3, 12]) {
      const whole = looksBlank((await decodeContained(page(lines), 'page.jpg', { pixels: true })).rgba);
      const quarter = (await decodeContained(page(lines), 'page.jpg', { pixels: false, blank: true })).blank;
      expect([lines, quarter]).toEqual([lines, whole]);
      expect(quarter).toBe(lines < 3);
    }
  });

  it('stops a decode when the operation is aborted (Ctrl-C, --timeout), and decodes again afterwards', async () => {
    const { decodeContained } = await import(path.join(ROOT, 'dist/core/image/image-decoder.js'));
    const controller = new AbortController();
    const decoding = decodeContained(MEAL, 'meal.jpg', { pixels: true, signal: controller.signal });
    controller.abort();
    expect((await failure(() => decoding)).code).toBe('ABORTED');
    const again = await decodeContained(MEAL, 'meal.jpg', { pixels: false });
    expect(again.width * again.height).toBeGreaterThan(0);
  });
});

describe('images inside PDFs', () => {
  it('an image XObject over the pixel limit is left out of a rendering, not decoded (a 20000×30000 JBIG2 image aborted V8)', async () => {
    const dir = tmpDir();
    // The full fuzz run's finding (seed 1, input 33): random JBIG2 segments that make pdf.js grow its arrays.
    const r = rng(1 * 1_000_003 + 33);
    r.next(); // the generator's recipe roll
    r.next(); // its choice of crafted PDF
    const bytes = CRAFTED_PDFS['jbig2-image'](r);
    expect(Buffer.from(bytes).toString('latin1')).toContain('/Width 20000 /Height 30000');
    fs.writeFileSync(path.join(dir, 'jbig2.pdf'), bytes);
    const run = await runCli(['convert', path.join(dir, 'jbig2.pdf'), '--to', 'png', '--dpi', '24', '--no-cache', '-o', `${dir}/out/`]);
    expect(run.code, run.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'out', 'jbig2-1.png')).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('parser failures as stable codes', () => {
  it('a page tree that loops or 100k-deep nesting is PDF_CORRUPT with a reason, the parser message only the cause', async () => {
    const r = rng(1);
    const loop = await failure(() => loadPdfDocument(CRAFTED_PDFS['page-tree-loop'](r), 'loop.pdf'));
    expect([loop.code, loop.message]).toEqual(['PDF_CORRUPT', 'loop.pdf is not a readable PDF: the page tree loops']);
    expect(loop.cause).toBeInstanceOf(Error);
    const deep = await failure(() => loadPdfDocument(CRAFTED_PDFS['deep-array'](r), 'deep.pdf'));
    expect(deep.code).toBe('PDF_CORRUPT');
    expect(deep.message).not.toMatch(/call stack|undefined|reading/);
  });

  it('a page without a usable size ([0 0 0 0], [], null, ...) is PDF_CORRUPT, before merge scales it by Infinity', async () => {
    const r = rng(2);
    for (let i = 0; i < 20; i++) {
      const err = await failure(() => loadPdfDocument(CRAFTED_PDFS['zero-mediabox'](r), 'zero.pdf'));
      expect(err.code).toBe('PDF_CORRUPT');
    }
  });

  it('a ZIP lying about a size, or with a damaged directory, is ZIP_CORRUPT', async () => {
    const limits = { maxFileBytes: 1e8, maxPages: 500, maxZipEntries: 100, maxZipBytes: 1e8, maxImagePixels: 1e8 };
    const codes = async (bytes: Uint8Array) => {
      const { files, errors } = await collectInputs([{ name: 'a.zip', bytes }], { limits });
      const loaded = await Promise.all(files.map((f) => loadInput(f).then(() => 'OK', (e: InvoicectlError) => e.code)));
      return [...errors.map((e) => e.error.code), ...loaded];
    };
    const zip = zipOf({ 'invoice.pdf': TAXI });
    const r = rng(3);
    for (let i = 0; i < 6; i++) expect(await codes(zipLyingSize(r, zip))).toEqual(['ZIP_CORRUPT']);
    const cen = Buffer.from(zip).indexOf(Buffer.from([0x50, 0x4b, 1, 2]));
    const damaged = new Uint8Array(zip);
    damaged.fill(0xff, cen, cen + 4);
    expect(await codes(damaged)).toEqual(['ZIP_CORRUPT']);
  });
});
