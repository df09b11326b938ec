/**
 * The currency-sign re-read (src/ocr/paddle/currency-signs.ts): PaddleOCR's dictionary has no € or £, so
 * it drops them or reads them as a letter; tesseract's Latin models give the sign back beside the very
 * figure PaddleOCR read, and nothing else.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { PaddleEngine } from '../../src/ocr/paddle/paddle-engine.js';
import { makeInvoicePdf, renderPng } from './helpers.js';

describe('PaddleOCR with the currency-sign re-read', () => {
  const engine = new PaddleEngine({ workers: 1 });
  afterAll(() => engine.dispose());

  async function read(lines: Array<{ text: string; x?: number }>) {
    const { png } = await renderPng(await makeInvoicePdf(lines), 200);
    const result = await engine.recognize(png);
    for (const line of result.lines) expect(line.text).toBe(line.words.map((w) => w.text).join(' '));
    return result.text;
  }

  it('reads the € after the amounts of a German page', async () => {
    const text = await read([
      { text: 'Rechnung Nr. 2025-0412 vom 14.03.2025' },
      { text: 'Summe netto' }, { text: '1.249,50 €', x: 420 },
      { text: 'zzgl. 19 % MwSt.' }, { text: '237,41 €', x: 420 },
      { text: 'Rechnungsbetrag' }, { text: '1.486,91 €', x: 420 },
    ]);
    expect(text).toContain('1.249,50 €');
    expect(text).toContain('237,41 €');
    expect(text).toContain('1.486,91 €');
    expect(text).toContain('Rechnung Nr. 2025-0412 vom 14.03.2025');
  });

  it('reads the £ before the amounts of an English page', async () => {
    const text = await read([
      { text: 'Invoice 0042 for design work' },
      { text: 'Subtotal' }, { text: '£1,170.00', x: 420 },
      { text: 'VAT (20%)' }, { text: '£234.00', x: 420 },
      { text: 'Total due' }, { text: '£1,404.00', x: 420 },
    ]);
    expect(text).toContain('£1,170.00');
    expect(text).toContain('£234.00');
    expect(text).toContain('£1,404.00');
  });

  it('adds no sign where the page prints none, and leaves a printed code alone', async () => {
    const text = await read([
      { text: 'Invoice 0043' },
      { text: 'Subtotal' }, { text: '1,170.00', x: 420 },
      { text: 'Total due' }, { text: '1,404.00 USD', x: 420 },
    ]);
    expect(text).not.toMatch(/[€£₹]/);
    expect(text).toContain('1,404.00 USD');
    expect(text).toMatch(/Subtotal\s+1,170\.00/);
  });
});
