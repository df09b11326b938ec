/**
 * A scanned Hungarian invoice whose "ÁFA 27%" OCR read without the mark, "AFA 27%": in capitals, the word is a
 * withdrawn currency's code (the afghani's), and its line was taken for a figure in another currency, so the tax
 * went unread and the total with it. A rate after a code is no amount in that currency.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string) => ocrItem(x, y, text, 4, 95);

/** A Hungarian telecom's invoice, its tax row's label as read (`tax`). */
function hungarian(tax: string): PageText {
  const sign = 'Ft';
  const items = [
    row(18, 14, 'AVT'), row(172, 14, 'SZÁMLA'),
    row(120, 20, 'Számla sorszáma: AVT-2025-0884412'),
    row(143, 25, 'Számla kelte: 2025.11.08.'),
    row(134, 30, 'Teljesítés dátuma: 2025.10.31.'),
    row(135, 35, 'Fizetési határidő: 2025.11.22.'),
    row(17, 52, 'Eladó'), row(106, 52, 'Vevő'),
    row(18, 57, 'Alföldi Vonal Telekom Zrt.'), row(106, 57, 'Kovács és Társa Kft.'),
    row(17, 62, '6720 Szeged, Kárász utca 8.'), row(106, 62, '6724 Szeged, Pulz utca 41.'),
    row(17, 67, 'Adószám: 24471188-2-06'), row(106, 67, 'Adószám: 13447120-2-06'),
    row(17, 89, 'Megnevezés'), row(100, 89, 'Menny.'), row(124, 89, 'Egységár'), row(153, 89, 'Nettó érték'), row(184, 89, 'ÁFA'),
    row(17, 95, 'Üzleti mobil előfizetés'), row(107, 95, '5 db'), row(133, 95, '6 990'), row(165, 95, '34 950'), row(183, 95, '27%'),
    row(17, 102, 'Vállalati internet 500/100'), row(107, 102, '1 db'), row(130, 102, '12 490'), row(165, 102, '12 490'), row(183, 102, '27%'),
    row(113, 119, 'Nettó összesen'), row(174, 119, `47 440 ${sign}`),
    row(113, 125, tax), row(174, 125, `12 809 ${sign}`),
    row(113, 132, 'Fizetendő összesen'), row(171, 132, `60 249 ${sign}`),
  ];
  return a4(items);
}

const amounts = (p: PageText) => {
  const { amount, taxAmount, totalAmount, currency } = ocrReading(p).invoice;
  return { amount, taxAmount, totalAmount, currency };
};

describe('a tax word read in capitals that is also a currency code, before its rate', () => {
  it('reads the tax and the total', () => {
    const read = { amount: 47440, taxAmount: 12809, totalAmount: 60249, currency: 'HUF' };
    expect(amounts(hungarian('AFA 27%'))).toEqual(read);
    expect(amounts(hungarian('AFA 27 %'))).toEqual(read);
    expect(amounts(hungarian('ÁFA 27%'))).toEqual(read);
  });
});
