/**
 * Work bounded by the input's size: extract refuses a PDF over the page limit (as merge does) before
 * reading a page, and does not OCR blank pages (5,000 of them once ran for ten minutes).
 */
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/api/extract.js';
import { createRuntime } from '../../src/runtime.js';
import { ROOT } from '../helpers/cli.js';

async function blankPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]);
  return doc.save();
}

describe('extract limits', () => {
  it('a PDF over limits.maxPages is PAGE_LIMIT_EXCEEDED; the rest of the batch is read', async () => {
    const ride = path.join(ROOT, 'fixtures', 'invoices', '交通', 'ride-kuaida-shudian.pdf');
    const { results } = await extract({ inputs: [{ name: 'long.pdf', bytes: await blankPdf(30) }, ride], limits: { maxPages: 20 }, cache: null, concurrency: 1 });
    expect(results[0].status).toBe('failed');
    expect(results[0].error?.code).toBe('PAGE_LIMIT_EXCEEDED');
    expect(results[0].error?.message).toContain('30 pages');
    expect(results[1].invoice?.number).toBe('24112000000145678901');
  });

  it('blank scanned pages are not sent to OCR; pages with ink are', async () => {
    // A runtime whose OCR only counts what it is asked to read.
    const ocred: number[] = [];
    const runtime = createRuntime({ cache: null, concurrency: 1 });
    const countingOcr = { settings: { langs: 'eng', dpi: 72, recycleAfter: 0 }, pageText: async (_png: Uint8Array, o: { page: number }) => (ocred.push(o.page), { page: o.page, width: 210, height: 297, items: [] }), dispose: async () => {} };
    const withInk = await PDFDocument.load(await blankPdf(6));
    withInk.getPage(3).drawRectangle({ x: 50, y: 50, width: 300, height: 200 });
    try {
      const { results } = await extract({ inputs: [{ name: 'scan.pdf', bytes: await withInk.save() }], runtime: { ...runtime, ocr: () => countingOcr as never }, ocr: { dpi: 72 } });
      expect(results[0].error?.code).toBe('EXTRACTION_FAILED');
      expect(ocred).toEqual([4]);
    } finally {
      await runtime.dispose();
    }
  });
});
