/**
 * A scanned Polish ERP invoice whose totals row's VAT cell is narrow: "1 483,50" wraps, its "1" on the row and
 * "483,50" under it, and OCR boxed the "1" with the gross beside it ("1 7 933,50"), so no cell of the row was the
 * wrapped figure's head and the row's net and tax were not read.
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { ocrBox, a4, ocrReading } from './ocr-page.js';

/** An OCR box from its left and right edges. */
const box = (x: number, x2: number, y: number, text: string): TextItem => ocrBox(x, x2, y, text, 5.5);

/** The invoice, its totals row's VAT head and gross as OCR boxed them (`vatAndGross`), the VAT's rest under it. */
function polish(vatAndGross: TextItem[]): PageText {
  const items = [
    box(19, 81, 13, 'MAGAZYN-TECH Sp. z o.o.'), box(110, 180, 13, 'Miejsce wystawienia: Łódź'),
    box(110, 165, 19, 'Data wystawienia: 2025-11-24'), box(40, 110, 30, 'Faktura VAT nr FS/0412/11/2025'),
    box(19, 40, 40, 'Sprzedawca:'), box(110, 128, 40, 'Nabywca:'),
    box(19, 81, 45, 'MAGAZYN-TECH Sp. z o.o.'), box(110, 180, 45, 'Hurtownia Spożywcza Kłos Sp. j.'),
    box(19, 60, 50, 'ul. Rokicińska 164'), box(110, 150, 50, 'ul. Przemysłowa 9'),
    box(19, 60, 55, 'NIP: 728-27-41-883'), box(110, 150, 55, 'NIP: 771-10-22-569'),
    box(19, 24, 100, 'Lp.'), box(28, 60, 100, 'Nazwa towaru'), box(66, 72, 100, 'Ilość'), box(90, 100, 100, 'Cena'), box(114, 128, 100, 'Wartość'),
    box(130, 136, 100, 'VAT'), box(152, 162, 100, 'Kwota'), box(176, 190, 100, 'Wartość'),
    box(114, 124, 105, 'netto'), box(130, 134, 105, '%'), box(152, 160, 105, 'VAT'), box(176, 188, 105, 'brutto'),
    box(19, 21, 112, '1'), box(28, 62, 112, 'Regał magazynowy'), box(66, 70, 112, '10'), box(88, 100, 112, '420,00'), box(112, 128, 112, '4 200,00'),
    box(131, 135, 112, '23'), box(149, 162, 112, '966,00'), box(174, 190, 112, '5 166,00'),
    box(19, 21, 125, '2'), box(28, 62, 125, 'Wózek paletowy'), box(66, 68, 125, '1'), box(84, 100, 125, '1 650,00'), box(112, 128, 125, '1 650,00'),
    box(131, 135, 125, '23'), box(149, 162, 125, '379,50'), box(174, 190, 125, '2 029,50'),
    box(19, 21, 138, '3'), box(28, 62, 138, 'Montaż regałów'), box(66, 68, 138, '1'), box(88, 100, 138, '600,00'), box(114, 128, 138, '600,00'),
    box(131, 135, 138, '23'), box(149, 162, 138, '138,00'), box(176, 190, 138, '738,00'),
    box(96, 111, 156, 'Razem:'), box(112, 128, 156, '6 450,00'), box(131, 134, 156, 'x'), ...vatAndGross,
    box(149, 162, 162, '483,50'),
    box(19, 80, 172, 'Do zapłaty: 7 933,50 PLN'),
  ];
  return a4(items);
}

const totals = (p: PageText) => {
  const { amount, taxAmount, totalAmount } = ocrReading(p).invoice;
  return { amount, taxAmount, totalAmount };
};

describe("a totals row whose wrapped figure's head OCR boxed with the next figure", () => {
  const read = { amount: 6450, taxAmount: 1483.5, totalAmount: 7933.5 };

  it('reads the net and the tax, the head apart from the gross or with it', () => {
    expect(totals(polish([box(158.5, 162, 156, '1'), box(174, 190, 156, '7 933,50')]))).toEqual(read);
    expect(totals(polish([box(158.5, 162, 156, '1'), box(163.5, 190, 156, '7 933,50')]))).toEqual(read);
  });

  it('joins no head whose rest is not under its right edge', () => {
    const { amount, taxAmount } = totals(polish([box(152, 155.5, 156, '1'), box(157, 190, 156, '7 933,50')]));
    expect([amount, taxAmount]).not.toEqual([6450, 1483.5]);
  });
});
