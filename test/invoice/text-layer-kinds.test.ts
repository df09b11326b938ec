/**
 * Which parser reads a text layer that is no Chinese VAT invoice (src/invoice/parse.ts): a page mostly
 * in Han characters (a till receipt, a taxi ticket) goes to the receipt parser, else the Western one.
 * "Mostly" counts characters, a Han character outside the BMP (𠮷, a surrogate pair) once.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { invoiceFromPages } from '../../src/invoice/parse.js';

const page = (lines: string[]): PageText => ({
  page: 1, width: 210, height: 297, visibleText: true,
  items: lines.map((text, i) => ({ text, x: 20, y: 20 + i * 8, width: text.length * 3, height: 5, page: 1 })),
});

const read = (lines: string[]) => invoiceFromPages([page(lines)])[0]!.invoice;

describe('a text layer in Han characters', () => {
  it('reads a restaurant bill of 11 Han characters and 10 Latin letters as a receipt', () => {
    const bill = read(['𠮷𠮷𠮷𠮷野家', 'Table A', '2024年05月18日 19:32', 'Rice 68.00', '合计 ¥106.00']);
    expect([bill.seller.name, bill.date, bill.totalAmount, bill.currency]).toEqual(['𠮷𠮷𠮷𠮷野家', '2024-05-18', 106, 'CNY']);
    expect(bill.fieldSources?.totalAmount).toBe('ocr');
  });

  it('reads the same bill with 12 Latin letters as a Western document: 𠮷 is one character, not two', () => {
    const bill = read(['𠮷𠮷𠮷𠮷野家', 'Table ABC', '2024年05月18日 19:32', 'Rice 68.00', '合计 ¥106.00']);
    expect(bill.fieldSources?.totalAmount).not.toBe('ocr');
    expect(bill.seller.name).not.toBe('𠮷𠮷𠮷𠮷野家');
  });
});
