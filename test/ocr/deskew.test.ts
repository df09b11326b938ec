/**
 * Skewed scans: the skew estimate on scanned pages (fixtures/scan.mjs turns the printed page by a known
 * angle), pages without lines left alone, and a skewed scan read end to end by PaddleOCR, through
 * `extract` (its fields) and `convert --ocr` (its text layer over the printed words).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert } from '../../src/api/convert.js';
import { extract } from '../../src/api/extract.js';
import { estimateSkew, imageSkew, pageSkew } from '../../src/ocr/deskew.js';
import { sharedPaddleEngine } from '../../src/ocr/engines.js';
// @ts-expect-error: a plain ESM helper shared with bench/ocr
import { scanPage } from '../../fixtures/scan.mjs';
import { prng } from '../../fixtures/prng.mjs';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..', '..');
const WESTERN = path.join(ROOT, 'fixtures', 'western', 'invoice-en-usd.pdf');
const GERMAN = path.join(ROOT, 'fixtures', 'western', 'rechnung-de-eur.pdf');
const CHINESE = path.join(ROOT, 'fixtures', 'invoices', '餐饮', 'dinner-haiweixuan.pdf');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'invoicectl-deskew-'));
});
afterAll(async () => {
  await sharedPaddleEngine().dispose();
  await rm(dir, { recursive: true, force: true });
});

const scanned = async (pdf: string, options: Record<string, number>) => loadImage(Buffer.from(await scanPage(pdf, options)));

describe('skew estimate', () => {
  it('finds the skew of scanned pages from -3° to 3°, within 0.2°', async () => {
    const cases: [string, number][] = [[WESTERN, -3], [GERMAN, -2.2], [CHINESE, -1.4], [WESTERN, -0.6], [CHINESE, 0.5], [GERMAN, 1.2], [WESTERN, 2], [CHINESE, 3]];
    for (const [pdf, skew] of cases) {
      const { angle } = imageSkew(await scanned(pdf, { skew, noise: 18, quality: 60 }));
      expect(Math.abs(angle - skew), `${path.basename(pdf)} at ${skew}°`).toBeLessThan(0.2);
    }
  });

  it('finds the skew of a page fed sideways', async () => {
    const { angle } = imageSkew(await scanned(GERMAN, { skew: 1.6, turn: 90 }));
    expect(Math.abs(angle - 1.6)).toBeLessThan(0.2);
  });

  it('takes a skew the caller measured instead of measuring again', async () => {
    const page = await scanned(GERMAN, { skew: 2.4 });
    expect(Math.abs(pageSkew(page, 1) - 2.4)).toBeLessThan(0.2);
    // The measurement handed in is what counts, under the engine's own threshold.
    expect(pageSkew(page, 1, 0)).toBe(0);
    expect(pageSkew(page, 1, 0.7)).toBe(0);
    expect(pageSkew(page, 0.2, 0.7)).toBe(0.7);
    expect(pageSkew(page, 1, -1.3)).toBe(-1.3);
  });

  it('leaves a straight scan as it is', async () => {
    expect(pageSkew(await scanned(WESTERN, { skew: 0 }))).toBe(0);
  });

  it('leaves a blank page and a photo-like page without lines as they are', () => {
    const [width, height] = [600, 850];
    const next = prng(7);
    // Paper with scanner noise only.
    const blank = Uint8Array.from({ length: width * height }, () => 235 + Math.floor(next() * 20));
    expect(estimateSkew(blank, width, height).angle).toBe(0);
    // Speckle over the whole page: ink everywhere, in no lines.
    const speckle = Uint8Array.from({ length: width * height }, () => (next() < 0.06 ? 20 : 240));
    expect(estimateSkew(speckle, width, height)).toMatchObject({ angle: 0 });
    expect(estimateSkew(speckle, width, height).confidence).toBeLessThan(1.3);
    // A photo: soft blobs of many greys (a desk, objects, shadows).
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#b0a898';
    ctx.fillRect(0, 0, width, height);
    for (let i = 0; i < 120; i++) {
      const grey = Math.floor(next() * 255);
      ctx.fillStyle = `rgb(${grey},${grey},${grey})`;
      ctx.beginPath();
      ctx.arc(next() * width, next() * height, 10 + next() * 80, 0, 2 * Math.PI);
      ctx.fill();
    }
    expect(pageSkew(canvas as unknown as Parameters<typeof pageSkew>[0])).toBe(0);
  });
});

describe('a skewed scan read end to end', () => {
  it('PaddleOCR extracts the invoice fields of a page skewed by 2°', async () => {
    const expected = JSON.parse(await readFile(WESTERN.replace(/\.pdf$/, '.expected.json'), 'utf8'));
    const { results } = await extract({
      inputs: [{ name: 'skewed.jpg', bytes: await scanPage(WESTERN, { skew: 2, noise: 15, quality: 70 }) }],
      ocr: { langs: 'chi_sim+eng', engine: 'paddle', dpi: 200 }, cache: null, qr: 'never',
    });
    const r = results[0]!;
    expect(r.source).toBe('ocr');
    // Read as the skewed page was before straightening, this page was flagged for review.
    expect(r.status).toBe('ok');
    expect(r.invoice).toMatchObject({
      number: expected.number, date: expected.date, currency: expected.currency,
      amount: expected.amount, taxAmount: expected.taxAmount, totalAmount: expected.totalAmount,
    });
    expect(r.invoice!.seller.name).toBe(expected.seller.name);
    expect(r.invoice!.buyer.name).toBe(expected.buyer.name);
  });

  it('tesseract reads the page straightened too', async () => {
    // Read as it was, this page at -3° came out flagged for review: tesseract's lines on it ran into the
    // next column (with deu+fra+eng: the invoice number with its date, the buyer taken from a VAT id line).
    const expected = JSON.parse(await readFile(GERMAN.replace(/\.pdf$/, '.expected.json'), 'utf8'));
    const { results } = await extract({
      inputs: [{ name: 'schief.jpg', bytes: await scanPage(GERMAN, { skew: -3, noise: 15, quality: 70 }) }],
      ocr: { langs: 'deu+eng', engine: 'tesseract', dpi: 200 }, cache: null, qr: 'never',
    });
    const r = results[0]!;
    expect(r.status).toBe('ok');
    expect(r.invoice).toMatchObject({ number: expected.number, date: expected.date, amount: expected.amount, totalAmount: expected.totalAmount });
    expect(r.invoice!.seller.name).toBe(expected.seller.name);
    expect(r.invoice!.buyer.name).toBe(expected.buyer.name);
  });

  it('convert --ocr puts each word of the text layer over the printed word', async () => {
    const skew = 2;
    const scan = path.join(dir, 'skewed.jpg');
    await writeFile(scan, await scanPage(WESTERN, { skew }));
    const result = await convert({
      inputs: [scan], to: 'pdf', options: { ocrEnabled: true, ocrLanguage: ['eng'], pageSize: 'fit', imageOptions: { dpi: 200 } },
      output: { kind: 'dir', path: dir }, cache: null,
    });
    expect(result.files[0]!.error).toBeUndefined();
    const words = async (file: string) => {
      const { stdout } = await run('pdftotext', ['-bbox', file, '-']);
      const page = /<page width="([\d.]+)" height="([\d.]+)"/.exec(stdout)!;
      const size = { width: Number(page[1]), height: Number(page[2]) };
      const list = [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]+)<\/word>/g)]
        .map((m) => ({ text: m[5]!, x: (Number(m[1]) + Number(m[3])) / 2, y: (Number(m[2]) + Number(m[4])) / 2 }));
      return { size, list };
    };
    const original = await words(WESTERN);
    const layer = await words(result.files[0]!.outputs[0]!.path!);
    // Where the scanner put each printed word: the original page turned by the skew about its centre
    // (the scan has the original's size: same points at the same resolution, y down in both).
    const [cx, cy] = [original.size.width / 2, original.size.height / 2];
    const [cos, sin] = [Math.cos((skew * Math.PI) / 180), Math.sin((skew * Math.PI) / 180)];
    const printed = original.list.map((w) => ({ ...w, x: cx + (w.x - cx) * cos - (w.y - cy) * sin, y: cy + (w.x - cx) * sin + (w.y - cy) * cos, moved: Math.hypot(w.x - cx, w.y - cy) * sin }));
    const once = (list: { text: string }[], t: string) => list.filter((w) => w.text === t).length === 1;
    const pairs = printed.filter((p) => p.text.length >= 4 && once(printed, p.text) && once(layer.list, p.text))
      .map((p) => [p, layer.list.find((f) => f.text === p.text)!] as const);
    expect(pairs.length).toBeGreaterThanOrEqual(10);
    // The skew moved most of these words by more than the tolerance: the layer follows it.
    expect(pairs.filter(([p]) => p.moved > 8).length).toBeGreaterThanOrEqual(5);
    for (const [p, f] of pairs) {
      expect(Math.abs(p.x - f.x), p.text).toBeLessThan(4);
      expect(Math.abs(p.y - f.y), p.text).toBeLessThan(4);
    }
  });
});
