/**
 * The fused PaddleOCR models (scripts/paddle-models.mjs, built by `npm run build` from the npm package's
 * fp32 files): they are built and run by default, a scanned invoice read with them gives the fields its
 * data says, and they read a page as the package's own models do (the rewrite is exact to float rounding).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/api/extract.js';
import { sharedPaddleEngine } from '../../src/ocr/engines.js';
import { PaddleEngine } from '../../src/ocr/paddle/paddle-engine.js';
import { paddleVersion } from '../../src/ocr/paddle/paddle-models.js';
// @ts-expect-error: a plain ESM helper shared with bench/ocr
import { imagePdf, scanPage } from '../../fixtures/scan.mjs';

const ROOT = path.resolve(__dirname, '..', '..');
const CHINESE = path.join(ROOT, 'fixtures', 'invoices', '住宿', 'hotel-jinjiang-special.pdf');
const WESTERN = path.join(ROOT, 'fixtures', 'western', 'rechnung-de-eur.pdf');

const saved = process.env.INVOICECTL_PADDLE_MODELS;
beforeAll(() => {
  process.env.INVOICECTL_PADDLE_MODELS = 'fused';
});
afterAll(async () => {
  await sharedPaddleEngine().dispose();
  if (saved === undefined) delete process.env.INVOICECTL_PADDLE_MODELS;
  else process.env.INVOICECTL_PADDLE_MODELS = saved;
});

describe('fused PaddleOCR models', () => {
  it('are built, and the version of cache keys names the models run', () => {
    expect(paddleVersion('fused')).toMatch(/\(fused det [0-9a-f]{12} rec [0-9a-f]{12}\)$/);
    expect(paddleVersion('fp32')).toMatch(/\(fp32\)$/);
    expect(paddleVersion()).toBe(paddleVersion('fused'));
  });

  it('refuses an unknown model choice', () => {
    expect(() => new PaddleEngine({ models: 'int4' as never })).toThrow(/fused or fp32/);
  });

  it.each([
    ['a scanned Chinese VAT invoice', CHINESE],
    ['a scanned German invoice', WESTERN],
  ])('read %s: its fields as its data says', async (_, pdf) => {
    await sharedPaddleEngine().dispose(); // the shared engine is made again with the fused models
    const expected = JSON.parse(await readFile(pdf.replace(/\.pdf$/, '.expected.json'), 'utf8'));
    const scanned = await imagePdf([await scanPage(pdf)], 200);
    const { results } = await extract({ inputs: [{ name: 'scan.pdf', bytes: scanned }], ocr: { langs: 'chi_sim+eng', engine: 'paddle', dpi: 200 }, cache: null, qr: 'never' });
    const r = results[0]!;
    expect(sharedPaddleEngine().models).toBe('fused');
    expect(r.source).toBe('ocr');
    expect(r.invoice).toMatchObject({ number: expected.number, date: expected.date, totalAmount: expected.totalAmount, taxAmount: expected.taxAmount });
    expect(r.invoice!.seller.name).toBe(expected.seller.name);
    expect(r.invoice!.buyer.name).toBe(expected.buyer.name);
  }, 120_000);

  it('read a page as the package fp32 models do', async () => {
    const page = await scanPage(WESTERN);
    const fused = new PaddleEngine({ workers: 1, models: 'fused' });
    const fp32 = new PaddleEngine({ workers: 1, models: 'fp32' });
    try {
      const [a, b] = [await fused.recognize(page), await fp32.recognize(page)];
      expect(a.text).toMatch(/Rechnung/);
      expect(a.text).toBe(b.text);
      expect(a.words.map((w) => w.bbox)).toEqual(b.words.map((w) => w.bbox));
    } finally {
      await Promise.all([fused.dispose(), fp32.dispose()]);
    }
  }, 120_000);
});
