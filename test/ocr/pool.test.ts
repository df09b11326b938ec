import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createOcrPool, type OcrPool } from '../../src/ocr/tesseract/pool.js';
import { isInvoicectlError } from '../../src/core/errors.js';
import { ENGLISH_INVOICE, makeInvoicePdf, numberedInvoice, renderPng } from './helpers.js';

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'resolved';
  } catch (err) {
    return isInvoicectlError(err) ? err.code : `not an InvoicectlError: ${String(err)}`;
  }
}

describe('OcrPool (eng)', () => {
  let pool: OcrPool;
  let invoice: { png: Uint8Array; width: number; height: number; dpi: number };

  beforeAll(async () => {
    pool = createOcrPool({ langs: 'eng', concurrency: 2 });
    invoice = await renderPng(await makeInvoicePdf(ENGLISH_INVOICE));
  });
  afterAll(() => pool.dispose());

  test('recognises the invoice number, labels and amounts with pixel boxes', async () => {
    const result = await pool.recognize(invoice.png, { dpi: invoice.dpi });
    expect(result.width).toBe(invoice.width);
    expect(result.height).toBe(invoice.height);
    expect(result.text).toContain('INV-2024-0042');
    expect(result.text).toContain('2024-03-15');
    expect(result.text).toMatch(/Total\s+2,076\.00/);
    expect(result.confidence).toBeGreaterThan(70);

    const total = result.words.find((w) => w.text === 'Total');
    const amount = result.words.find((w) => w.text === '2,076.00');
    expect(total).toBeDefined();
    expect(amount).toBeDefined();
    // Drawn at x = 60pt -> 125px at 150 dpi; same row as its amount, which sits to the right.
    expect(total!.bbox.x0).toBeGreaterThan(110);
    expect(total!.bbox.x0).toBeLessThan(140);
    expect(Math.abs(total!.bbox.y0 - amount!.bbox.y0)).toBeLessThan(10);
    expect(amount!.bbox.x0).toBeGreaterThan(total!.bbox.x1);

    const line = result.lines.find((l) => l.text.startsWith('Invoice No'));
    expect(line?.text).toBe('Invoice No: INV-2024-0042');
    expect(line?.words.map((w) => w.text)).toEqual(['Invoice', 'No:', 'INV-2024-0042']);
  });

  test('a corrupt image is OCR_FAILED, and the pool keeps working', async () => {
    // Valid PNG header (so it reaches tesseract), truncated pixel data.
    expect(await codeOf(pool.recognize(invoice.png.slice(0, 200)))).toBe('OCR_FAILED');
    // Not an image at all.
    expect(await codeOf(pool.recognize(new TextEncoder().encode('%PDF-1.7 definitely not a picture')))).toBe('OCR_FAILED');
    expect(await codeOf(pool.recognize(new Uint8Array(0)))).toBe('OCR_FAILED');
    const after = await pool.recognize(invoice.png, { dpi: invoice.dpi });
    expect(after.text).toContain('INV-2024-0042');
  });
});

describe('OcrPool lifecycle', () => {
  test('keeps no language folder once a worker has started, so a pool never disposed (in a terminated thread) leaves none', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'pool-test-'));
    const before = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    const pool = createOcrPool({ langs: 'eng', concurrency: 1, recycleAfter: 1 });
    try {
      const images = await Promise.all([1, 2].map(async (n) => (await renderPng(await makeInvoicePdf(numberedInvoice(n)))).png));
      // Two pages, three workers: each page's worker is replaced as soon as it read it, the replacement
      // started at once (warmup() waits for it); each start removes its folder.
      for (const [i, png] of images.entries()) {
        expect((await pool.recognize(png, { dpi: 150 })).text).toContain(`INV-700${i + 1}`);
        await pool.warmup();
        expect(readdirSync(tmp)).toEqual([]);
      }
      expect(pool.stats().workersCreated).toBe(3);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
      await pool.dispose();
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  test('recycles workers after recycleAfter pages and still reads every page correctly', async () => {
    const pool = createOcrPool({ langs: 'eng', concurrency: 1, recycleAfter: 2 });
    try {
      const images = await Promise.all([1, 2, 3, 4, 5].map(async (n) => (await renderPng(await makeInvoicePdf(numberedInvoice(n)))).png));
      const results = await Promise.all(images.map((png) => pool.recognize(png, { dpi: 150 })));
      results.forEach((result, i) => {
        const n = i + 1;
        expect(result.text).toContain(`INV-7${String(n).padStart(3, '0')}`);
        expect(result.text).toContain(`${100 + n}.50`);
      });
      const stats = pool.stats();
      expect(stats.pagesRecognized).toBe(5);
      // Pages 1-2 on the first worker, 3-4 on the second, 5 on a third.
      expect(stats.workersRecycled).toBe(2);
      expect(stats.workersCreated).toBe(3);
    } finally {
      await pool.dispose();
    }
  });

  test('abort rejects queued jobs with ABORTED while the running job completes', async () => {
    const pool = createOcrPool({ langs: 'eng', concurrency: 1 });
    try {
      const { png } = await renderPng(await makeInvoicePdf(numberedInvoice(9)));
      const controller = new AbortController();
      const first = pool.recognize(png, { dpi: 150 });
      const queued = [1, 2, 3].map(() => pool.recognize(png, { dpi: 150, signal: controller.signal }));
      expect(pool.stats().queued).toBe(3);
      controller.abort();
      expect(await Promise.all(queued.map(codeOf))).toEqual(['ABORTED', 'ABORTED', 'ABORTED']);
      expect(pool.stats().queued).toBe(0);
      expect((await first).text).toContain('INV-7009');
      expect(pool.stats().pagesRecognized).toBe(1);
      // An already-aborted signal never queues.
      expect(await codeOf(pool.recognize(png, { signal: AbortSignal.abort() }))).toBe('ABORTED');
    } finally {
      await pool.dispose();
    }
  });

  test('says when a worker takes a page: a queued page when the page before it is done', async () => {
    const pool = createOcrPool({ langs: 'eng', concurrency: 1 });
    try {
      const { png } = await renderPng(await makeInvoicePdf(numberedInvoice(5)));
      // Pages read when each was taken: the second is taken only once the first is read, not when asked.
      const readBefore: number[] = [];
      const read = () => pool.recognize(png, { dpi: 150, onStart: () => readBefore.push(pool.stats().pagesRecognized) });
      const pending = [read(), read()];
      expect(pool.stats().queued).toBe(1);
      await Promise.all(pending);
      expect(readBefore).toEqual([0, 1]);
    } finally {
      await pool.dispose();
    }
  });

  test('aborting a running job terminates its worker; the next job gets a fresh one', async () => {
    const pool = createOcrPool({ langs: 'eng', concurrency: 1 });
    try {
      const { png } = await renderPng(await makeInvoicePdf(numberedInvoice(4)));
      await pool.recognize(png, { dpi: 150 }); // worker 1 is warm
      const controller = new AbortController();
      const running = pool.recognize(png, { dpi: 150, signal: controller.signal });
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(pool.stats().running).toBe(1);
      controller.abort();
      expect(await codeOf(running)).toBe('ABORTED');
      const next = await pool.recognize(png, { dpi: 150 });
      expect(next.text).toContain('INV-7004');
      expect(pool.stats().workersCreated).toBe(2);
    } finally {
      await pool.dispose();
    }
  });

  test('dispose rejects queued work, terminates workers, and later calls fail cleanly', async () => {
    const pool = createOcrPool({ langs: 'eng', concurrency: 1 });
    const { png } = await renderPng(await makeInvoicePdf(numberedInvoice(1)));
    await pool.recognize(png, { dpi: 150 });
    const queued = Promise.all([pool.recognize(png), pool.recognize(png)].map(codeOf));
    await pool.dispose();
    const codes = await queued;
    // The first may have been running (its worker is killed) or queued; either way it does not resolve.
    expect(codes).toEqual(expect.arrayContaining(['ABORTED']));
    expect(codes).not.toContain('resolved');
    expect(await codeOf(pool.recognize(png))).toBe('OCR_FAILED');
    await pool.dispose(); // idempotent
  });

  test('warmup starts every worker up front; jobs then reuse them', async () => {
    const pool = createOcrPool({ langs: 'eng', concurrency: 2 });
    try {
      expect(pool.stats().workersCreated).toBe(0); // lazy by default
      await pool.warmup();
      expect(pool.stats().workersCreated).toBe(2);
      const { png } = await renderPng(await makeInvoicePdf(numberedInvoice(3)));
      const results = await Promise.all([pool.recognize(png, { dpi: 150 }), pool.recognize(png, { dpi: 150 })]);
      for (const r of results) expect(r.text).toContain('INV-7003');
      expect(pool.stats().workersCreated).toBe(2);
    } finally {
      await pool.dispose();
    }
  });

  test('a worker with no page for idleMs is terminated; the next page starts a fresh one', async () => {
    const pool = createOcrPool({ langs: 'eng', concurrency: 1, idleMs: 0 });
    try {
      const { png } = await renderPng(await makeInvoicePdf(numberedInvoice(6)));
      expect((await pool.recognize(png, { dpi: 150 })).text).toContain('INV-7006');
      await vi.waitFor(() => expect(pool.stats().workersLive).toBe(0), { timeout: 60_000, interval: 20 });
      expect(pool.stats().workersIdled).toBe(1);
      expect((await pool.recognize(png, { dpi: 150 })).text).toContain('INV-7006');
      expect(pool.stats().workersCreated).toBe(2);
    } finally {
      await pool.dispose();
    }
  });

  test('a worker with a page waiting for it is not idle, however short idleMs is', async () => {
    const pool = createOcrPool({ langs: 'eng', concurrency: 1, idleMs: 0 });
    try {
      const { png } = await renderPng(await makeInvoicePdf(numberedInvoice(8)));
      // The second page is queued behind the first: the worker takes it as it finishes the first.
      const results = await Promise.all([pool.recognize(png, { dpi: 150 }), pool.recognize(png, { dpi: 150 })]);
      for (const r of results) expect(r.text).toContain('INV-7008');
      expect(pool.stats().workersCreated).toBe(1);
    } finally {
      await pool.dispose();
    }
  });

  test('unknown language is rejected before any worker starts', () => {
    expect(() => createOcrPool({ langs: 'xyz_nope' })).toThrow(/not installed/);
    expect(() => createOcrPool({ concurrency: 0 })).toThrow(/concurrency/);
    expect(() => createOcrPool({ idleMs: -1 })).toThrow(/idleMs/);
  });
});

describe('OcrPool (chi_sim+eng)', () => {
  test('reads Chinese and English on the same page, without spaces between CJK glyphs', async () => {
    const pool = createOcrPool({ langs: 'chi_sim+eng', concurrency: 1 });
    try {
      const { png, dpi } = await renderPng(await makeInvoicePdf([
        { text: 'Invoice No: INV-2024-0042' },
        { text: '电子发票（普通发票）', cjk: true, size: 18 },
        { text: '价税合计 2076.00', cjk: true },
      ]), 200);
      const result = await pool.recognize(png, { dpi });
      expect(result.text).toContain('发票');
      expect(result.text).toContain('电子发票');
      expect(result.text).toContain('价税合计');
      expect(result.text).toContain('2076.00');
      expect(result.text).toContain('INV-2024-0042');
      const cjkLine = result.lines.find((l) => l.text.includes('发票'));
      expect(cjkLine?.text).not.toMatch(/发\s+票/);
    } finally {
      await pool.dispose();
    }
  });
});
