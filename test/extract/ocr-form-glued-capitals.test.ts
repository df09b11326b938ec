/**
 * A name set in spaced capitals whose company form OCR boxed apart, the two boxes overlapping, joined without
 * their space ("MAPLE & FOX STUDIOLTD"): no word ends in such a form, so the name is in doubt, named.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../src/core/text.js';
import { doubtfulFields } from '../../src/extract/ocr-doubts.js';
import { emptyInvoice } from '../../src/invoice/model.js';

const row = (text: string, y: number): TextItem => ({ text, x: 20, y, width: text.length * 2, height: 4.5, page: 1, confidence: 97 });

function doubts(seller: string) {
  const inv = emptyInvoice();
  inv.number = 'MF-2025-0147';
  inv.totalAmount = 2214;
  inv.seller.name = seller;
  inv.fieldSources = { number: 'ocr', totalAmount: 'ocr' };
  return doubtfulFields(inv, [{ page: 1, width: 210, height: 297, items: [row(seller, 20), row('Invoice number MF-2025-0147', 60), row('Total £2,214.00', 130)] }]).unsure;
}

describe('a form run into a word of capitals', () => {
  it('puts the name in doubt', () => {
    expect(doubts('MAPLE & FOX STUDIOLTD')).toEqual(['seller.name']);
    expect(doubts('NORDWIND LOGISTIKGMBH')).toEqual(['seller.name']);
  });

  it('leaves the form read apart, and words that end in the same letters otherwise', () => {
    for (const name of ['MAPLE & FOX STUDIO LTD', 'NORDWIND LOGISTIK GMBH', 'ZINC ROOFING LLC', 'HARBOUR & WELLS PLC']) expect(doubts(name), name).toEqual([]);
  });
});
