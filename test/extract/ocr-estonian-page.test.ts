/**
 * An Estonian invoice whose words OCR reads are mostly labels the page-language test did not know ("Maksja",
 * "Käibemaks", "KMKR", "Kokku tasuda"): its names are of a language whose marks OCR does not read (õ, ö and Ü
 * read as ô and U: "Pärnu Puidutôô oU" for "Pärnu Puidutöö OÜ"), in doubt, named; and the "OÜ" read with its O
 * small is written as the form.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../src/core/text.js';
import { doubtfulFields } from '../../src/extract/ocr-doubts.js';
import { textParts } from '../../src/extract/text-parts.js';
import { emptyInvoice } from '../../src/invoice/model.js';
import { toPageText } from '../invoice/page-builder.js';

const row = (text: string, y: number, x = 20): TextItem => ({ text, x, y, width: text.length * 2, height: 4.5, page: 1, confidence: 97 });
const ESTONIAN = [row('ARVE nr 2025/11-0188', 16, 130), row('KMKR nr EE102884716', 34), row('Summa km-ta', 100, 120), row('Käibemaks 24%', 106, 120), row('Kokku tasuda', 112, 120)];
const ENGLISH = [row('INVOICE no. 2025/11-0188', 16, 130), row('VAT no. EE102884716', 34), row('Subtotal', 100, 120), row('VAT 24%', 106, 120), row('Total due', 112, 120)];

function doubts(labels: TextItem[]) {
  const inv = emptyInvoice();
  inv.number = '2025/11-0188';
  inv.totalAmount = 1169.32;
  inv.buyer.name = 'Pärnu Puidutôô OÜ';
  inv.fieldSources = { number: 'ocr', totalAmount: 'ocr' };
  return doubtfulFields(inv, [{ page: 1, width: 210, height: 297, items: [...labels, row('Maksja: Pärnu Puidutôô OÜ', 50), row('1 169,32 €', 112, 170)] }]);
}

describe('an Estonian page', () => {
  it("puts its names in doubt for the marks OCR does not read, to be read again with Estonian's model", () => {
    const read = doubts(ESTONIAN);
    expect(read.unsure).toEqual(['buyer.name']);
    expect(read.marksOnly).toEqual(['buyer.name']);
    expect(read.marksLanguage).toBe('est');
  });

  it('is told from a page in English that prints the same name', () => {
    expect(doubts(ENGLISH).marksLanguage).toBeUndefined();
  });

  it('writes the "OÜ" read with its O small as the form', () => {
    const pages = toPageText([{ x: 20, y: 20, text: 'Läänemere Arvestus oU', size: 5 }, { x: 120, y: 20, text: 'Arve nr 2025/11-0188' }, { x: 120, y: 26, text: 'Kuupäev 21.11.2025' },
      { x: 20, y: 50, text: 'Maksja' }, { x: 20, y: 55, text: 'Pärnu Puidutöö oU' }, { x: 20, y: 60, text: 'Tööstuse 14' }, { x: 20, y: 65, text: '80042 Pärnu' },
      { x: 110, y: 150, text: 'Summa km-ta' }, { x: 160, y: 150, text: '943,00 €' }, { x: 110, y: 156, text: 'Käibemaks 24%' }, { x: 160, y: 156, text: '226,32 €' },
      { x: 110, y: 162, text: 'Kokku tasuda' }, { x: 160, y: 162, text: '1 169,32 €' }], 210, 297).map((p) => ({ ...p, items: p.items.map((i) => ({ ...i, confidence: 95 })) }));
    const { invoice } = textParts(pages, 'ocr', []).find((p) => p.source === 'ocr')!;
    expect([invoice.seller.name, invoice.buyer.name]).toEqual(['Läänemere Arvestus OÜ', 'Pärnu Puidutöö OÜ']);
  });
});
