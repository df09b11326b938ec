/** OCR fields the engine was unsure of: named, so the result needs review instead of stating a guess. */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { doubtfulFields } from '../../src/extract/ocr-doubts.js';
import { settle } from '../../src/extract/settle.js';
import { emptyInvoice } from '../../src/invoice/model.js';

const item = (text: string, confidence?: number): TextItem => ({ text, x: 10, y: 10, width: 40, height: 4, page: 1, ...(confidence === undefined ? {} : { confidence }) });
const page = (...items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

function invoice() {
  const inv = emptyInvoice();
  inv.number = '83089647';
  inv.totalAmount = 1526;
  inv.fieldSources = { number: 'ocr', totalAmount: 'ocr' };
  return inv;
}

describe('doubtful OCR fields', () => {
  it('names a value that only unsure OCR text shows', () => {
    expect(doubtfulFields(invoice(), page(item('发票号码：83089647', 31), item('（小写）¥1,526.00', 97)))).toEqual(['number']);
    expect(doubtfulFields(invoice(), page(item('发票号码：83089647', 92), item('¥1,526.00', 20)))).toEqual(['totalAmount']);
  });

  it('trusts a value that some sure OCR text shows, and never doubts a real text layer', () => {
    expect(doubtfulFields(invoice(), page(item('83089647', 20), item('No. 83089647', 88), item('1526.00', 90)))).toEqual([]);
    expect(doubtfulFields(invoice(), page(item('83089647'), item('1526.00')))).toEqual([]);
  });

  it('makes the result need review with an ocr_uncertain check naming the field', () => {
    const settled = settle({ parts: [{ source: 'ocr', invoice: invoice(), doubtful: ['number'] }], pages: 1 }, new Date('2026-01-01'));
    expect(settled.status).toBe('needs_review');
    expect(settled.checks).toContainEqual({ id: 'ocr_uncertain', ok: false, message: 'OCR unsure of: number' });
  });
});
