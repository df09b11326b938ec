/**
 * An invoice number OCR read with a space inside one of its groups ("FK/1 1/2025/0447" for "FK/11/2025/0447"):
 * the parser keeps the part before the space, which still reads as a number. In doubt, named, when the rest
 * after the space is groups of digits joined by the number's own separator; a date after the number is not.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../src/core/text.js';
import { doubtfulFields } from '../../src/extract/ocr-doubts.js';
import { emptyInvoice } from '../../src/invoice/model.js';

const row = (text: string, y: number): TextItem => ({ text, x: 60, y, width: text.length * 2, height: 4.5, page: 1, confidence: 99, charConfidence: Array.from(text, () => 99) });

function doubts(number: string, numberRow: string) {
  const inv = emptyInvoice();
  inv.number = number;
  inv.totalAmount = 536.33;
  inv.currency = 'PLN';
  inv.fieldSources = { number: 'ocr', totalAmount: 'ocr' };
  return doubtfulFields(inv, [{ page: 1, width: 210, height: 297, items: [row(numberRow, 36), row('Razem do zapłaty 536,33 PLN', 150)] }]).unsure;
}

describe('a number read with a space inside a group', () => {
  it('is in doubt, named, when the rest goes on with its separator', () => {
    expect(doubts('FK/1', 'Faktura VAT nr FK/1 1/2025/0447')).toEqual(['number']);
    expect(doubts('RE-2025-0', 'Rechnung Nr. RE-2025-0 418-B2')).toEqual([]);
    expect(doubts('RE-2025-0', 'Rechnung Nr. RE-2025-0 4-18')).toEqual(['number']);
  });

  it('is not, read whole, or with a date after it', () => {
    expect(doubts('FK/11/2025/0447', 'Faktura VAT nr FK/11/2025/0447')).toEqual([]);
    expect(doubts('2025/118', 'Faktura nr 2025/118 14/11/2025')).toEqual([]);
    expect(doubts('FK/11', 'Faktura nr FK/11 z dnia 14.11.2025')).toEqual([]);
  });
});
