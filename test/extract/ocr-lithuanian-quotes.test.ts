/**
 * A Lithuanian company's name set in quotes after its form (UAB „Kauno biuro apstatymas“), as a scan reads
 * it: its low opening quote a comma or two, its closing one a straight quote or lost.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string) => ocrItem(x, y, text, 4, 95, text.length * 1.8);

/** A Lithuanian VAT invoice scanned, the seller's and the buyer's names read as `seller` and `buyer`. */
function page(seller: string, buyer: string): PageText {
  const items = [
    row(73, 16, 'PVM SASKAITA FAKTURA'), row(88, 21, 'Serija KBA Nr. 0004471'), row(96, 25, '2025-11-25'),
    row(17, 34, 'Pardavejas'), row(106, 34, 'Pirkejas'),
    row(17, 39, seller), row(106, 39, buyer),
    row(17, 44, 'Imones kodas 302418857'), row(106, 44, 'Imones kodas 304771265'),
    row(17, 49, 'PVM moketojo kodas LT100004812215'), row(106, 49, 'PVM moketojo kodas LT100011042817'),
    row(17, 54, 'Savanoriu pr. 178, LT-44150 Kaunas'), row(106, 54, 'Vilniaus al. 14, LT-66119 Druskininkai'),
    row(17, 80, 'Prekes pavadinimas'), row(150, 80, 'Suma, EUR'),
    row(17, 90, 'Rasomasis stalas'), row(160, 90, '4 940,00'),
    row(110, 120, 'Suma be PVM'), row(160, 120, '4 940,00'),
    row(110, 126, 'PVM 21 %'), row(160, 126, '1 037,40'),
    row(110, 132, 'Is viso su PVM'), row(160, 132, '5 977,40'),
  ];
  return a4(items);
}

const parties = (seller: string, buyer: string) => {
  const invoice = ocrReading(page(seller, buyer)).invoice;
  return [invoice.seller.name, invoice.buyer.name];
};

describe("a Lithuanian name's quotes after its form, as a scan reads them", () => {
  it('are written as printed', () => {
    expect(parties('UAB ,Kauno biuro apstatymas"', 'UAB ,,Druskininku sveikatos centras')).toEqual(['UAB „Kauno biuro apstatymas“', 'UAB „Druskininku sveikatos centras“']);
  });

  it('leave other names as read', () => {
    expect(parties('UAB „Kauno biuro apstatymas“', 'Druskininku sveikatos centras, UAB')).toEqual(['UAB „Kauno biuro apstatymas“', 'Druskininku sveikatos centras, UAB']);
  });
});
