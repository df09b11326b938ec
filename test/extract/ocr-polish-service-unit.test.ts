/**
 * A scanned Polish invoice whose item row gives its unit as "usł." (a service), which OCR read "ust." (its "ł" as
 * a "t", as it reads the labels' "ł"): the German tax label "USt." was found after the quantity ("1 ust."), the
 * item's price taken for the tax and the net computed from it.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string) => ocrItem(x, y, text, 4.5, 95);

/** A Polish SaaS invoice, its second item's quantity and unit as read (`unit`). */
function polish(unit: string): PageText {
  const items = [
    row(16, 15, 'chmurix'), row(107, 15, 'Faktura VAT nr FV/2025/11/0457'),
    row(15, 21, 'Chmurix Sp. z o.o.'), row(108, 21, 'Data wystawienia: 14.11.2025'),
    row(15, 26, 'ul. Prosta 51'), row(165, 34, 'Waluta: EUR'),
    row(16, 52, 'Sprzedawca'), row(105, 52, 'Nabywca'),
    row(16, 56, 'Chmurix Sp. z o.o.'), row(104, 56, 'Biuro Rachunkowe Nowak Sp. j.'),
    row(16, 62, 'ul. Prosta 51, 00-838 Warszawa'), row(105, 62, 'ul. Piotrkowska 148, 90-063 Łódź'),
    row(16, 66, 'NIP 525-284-17-63'), row(105, 66, 'NIP 727-118-40-92'),
    row(16, 83, 'Lp. Nazwa'), row(61, 83, 'Ilość J.m.'), row(91, 83, 'Cena'), row(114, 83, 'Wartość'), row(139, 83, 'Stawka'), row(158, 83, 'Kwota'), row(176, 83, 'Wartość'),
    row(90, 88, 'netto'), row(114, 88, 'netto'), row(139, 88, 'VAT'), row(158, 88, 'VAT'), row(176, 88, 'brutto'),
    row(17, 95, '1'), row(27, 95, 'Licencja'), row(67, 95, '25 szt.'), row(91, 95, '18,00'), row(112, 95, '450,00'), row(139, 95, '23%'), row(155, 95, '103,50'), row(176, 95, '553,50'),
    row(17, 116, '2'), row(27, 116, 'Pakiet'), row(69, 116, unit), row(89, 116, '120,00'), row(112, 116, '120,00'), row(139, 116, '23%'), row(155, 116, '27,60'), row(177, 116, '147,60'),
    row(86, 138, 'Razem:'), row(113, 138, '570,00'), row(139, 138, '23%'), row(155, 138, '131,10'), row(177, 138, '701,10'),
    row(117, 149, 'Do zapłaty:'), row(178, 149, '701,10'),
  ];
  return a4(items);
}

const totals = (p: PageText) => {
  const { amount, taxAmount, totalAmount } = ocrReading(p).invoice;
  return { amount, taxAmount, totalAmount };
};

describe('the Polish unit "usł." read "ust." after a quantity', () => {
  it('is no tax label', () => {
    const read = { amount: 570, taxAmount: 131.1, totalAmount: 701.1 };
    expect(totals(polish('1 usł.'))).toEqual(read);
    expect(totals(polish('1 ust.'))).toEqual(read);
  });
});
