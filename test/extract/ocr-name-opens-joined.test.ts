/**
 * A party's name wrapped over two rows whose second row opens with a joining sign ("O'Connell's Bar" over
 * "+ Kitchen Ltd."): OCR boxes the rows apart, and a name read from the second row alone is that row with the
 * one over it; with no such row over it, the name is in doubt, named, as no name opens with "+" or "&".
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../src/core/text.js';
import { doubtfulFields, withRowWrappedFrom } from '../../src/extract/ocr-doubts.js';
import { emptyInvoice } from '../../src/invoice/model.js';

const row = (text: string, x: number, y: number): TextItem => ({ text, x, y, width: text.length * 2, height: 4.5, page: 1, confidence: 97 });
const block = [row('To', 54, 42), row("O'Connell's Bar", 54, 48), row('+ Kitchen Ltd.', 54.5, 53), row('22 Briggate', 54, 59), row('Leeds LS1 6HD', 54, 64)];

function doubts(buyer: string, items: TextItem[]) {
  const inv = emptyInvoice();
  inv.number = 'HB-2025-0418';
  inv.totalAmount = 694.8;
  inv.buyer.name = buyer;
  inv.fieldSources = { number: 'ocr', totalAmount: 'ocr' };
  return doubtfulFields(inv, [{ page: 1, width: 210, height: 297, items: [row('Invoice no. HB-2025-0418', 130, 16), row('Total £694.80', 130, 130), ...items] }]);
}

describe('a name whose second row opens with a joining sign', () => {
  it('is read with the row over it', () => {
    expect(withRowWrappedFrom('+ Kitchen Ltd.', block)).toBe("O'Connell's Bar + Kitchen Ltd.");
    expect(withRowWrappedFrom('& Partner mbB', [row('Kanzlei Vogel', 20, 30), row('& Partner mbB', 20, 35)])).toBe('Kanzlei Vogel & Partner mbB');
  });

  it('is as read when it opens with a word, or no row of the name stands over it', () => {
    expect(withRowWrappedFrom('Kitchen Ltd.', block.map((i) => (i.text === '+ Kitchen Ltd.' ? row('Kitchen Ltd.', 54.5, 53) : i)))).toBe('Kitchen Ltd.');
    expect(withRowWrappedFrom('+ Kitchen Ltd.', block.filter((i) => !i.text.startsWith("O'")))).toBe('+ Kitchen Ltd.');
  });

  it('is in doubt, named, when read opening so', () => {
    expect(doubts('+ Kitchen Ltd.', block.filter((i) => !i.text.startsWith("O'"))).unsure).toEqual(['buyer.name']);
    expect(doubts("O'Connell's Bar + Kitchen Ltd.", [row("O'Connell's Bar + Kitchen Ltd.", 54, 48)]).unsure).toEqual([]);
  });
});
