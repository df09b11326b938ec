/**
 * A scanned Icelandic invoice whose total's label "Samtals með VSK" OCR read with the "ð" as a round letter
 * ("me0", "meô"): no model it reads with knows the letter. The label is read as printed, and the total and
 * the tax with it.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string) => ocrItem(x, y, text, 5, 95);

/** An Icelandic printer's invoice, its total's row as read (`total`). */
function icelandic(total: string): PageText {
  const items = [
    row(18, 18, 'Norðurljós Prentsmiðja ehf.'), row(152, 18, 'REIKNINGUR'),
    row(18, 24, 'Hafnarstræti 97, 600 Akureyri'), row(19, 29, 'Kt. 540317-1280 · VSK-nr. 128844'),
    row(18, 45, 'Kaupandi:'), row(116, 45, 'Reikningur nr. 10482'),
    row(18, 50, 'Kaffihúsið Bláa Kannan ehf.'), row(116, 50, 'Dagsetning'), row(148, 50, '12.11.2025'),
    row(18, 55, 'Hafnarstræti 96'), row(18, 58, '600 Akureyri'),
    row(18, 79, 'Vörunúmer'), row(52, 79, 'Lýsing'), row(168, 79, 'Upphæð'),
    row(18, 86, 'MAT-01'), row(52, 86, 'Matseðlar, plastaðir A4'), row(177, 86, '72.000'),
    row(18, 92, 'NSP-10'), row(52, 92, 'Nafnspjöld, 500 stk.'), row(177, 92, '76.000'),
    row(120, 109, 'Samtals án VSK'), row(174, 109, '148.000'),
    row(120, 115, 'VSK 24%'), row(177, 115, '35.520'),
    row(120, 121, total),
  ];
  return a4(items);
}

const totals = (p: PageText) => {
  const inv = ocrReading(p).invoice;
  return [inv.amount, inv.taxAmount, inv.totalAmount];
};

describe('the Icelandic "ð" OCR read as a round letter', () => {
  it('reads the total by its label all the same', () => {
    expect(totals(icelandic('Samtals með VSK 183.520 kr.'))).toEqual([148000, 35520, 183520]);
    expect(totals(icelandic('Samtals me0 VsK 183.520 kr.'))).toEqual([148000, 35520, 183520]);
    expect(totals(icelandic('Samtals meô VSK 183.520 kr.'))).toEqual([148000, 35520, 183520]);
  });
});
