/**
 * A Turkish e-Fatura's parties as a scan reads them: the forms "A.Ş." and "Şti." without their marks
 * ("A.S.", "Sti."), the names wrapped before them onto a row of their own.
 */
import { describe, expect, it } from 'vitest';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string) => ocrItem(x, y, text, 5.5, 95, text.length * 2.2);

/** A Turkish e-Fatura scanned, with `tax` (its tax office's row) under the seller's address and `vat` the tax's label. */
const page = (tax: string, vat: string) => a4([
  row(15, 15, 'KEMER MAKiNA SANAYi VE'), row(125, 15, 'ALICI'),
  row(15, 21, 'TiCARET A.S.'), row(91, 21, 'e-FATURA'), row(125, 21, 'Marmara Gida Pazarlama Ltd.'),
  row(15, 27, 'Ikitelli OSB Mah. Ataturk Bulvari'), row(125, 27, 'Sti.'),
  row(15, 32, 'No: 112'), row(125, 32, 'Sanayi Cad. No: 41/2'),
  row(15, 37, '34490 Basaksehir / Istanbul'), row(125, 37, '41400 Gebze / Kocaeli'),
  row(15, 47, tax), row(125, 47, '6120554918'),
  row(15, 60, 'Fatura No: KMR2025000000418'), row(15, 66, 'Fatura Tarihi: 18.11.2025'),
  row(15, 80, 'Mal Hizmet'), row(170, 80, 'Tutar'), row(15, 86, 'Hidrolik pres yedek parca'), row(170, 86, '12.500,00 TL'),
  row(120, 110, 'Mal Hizmet Toplam Tutari'), row(170, 110, '12.500,00 TL'), row(120, 116, vat), row(170, 116, '2.500,00 TL'),
  row(120, 122, 'Odenecek Tutar'), row(170, 122, '15.000,00 TL'),
]);

const parties = (tax: string, vat: string) => {
  const { invoice } = ocrReading(page(tax, vat));
  return [invoice.seller.name, invoice.buyer.name];
};

describe('the Turkish forms read without their marks', () => {
  it('are written with them, and the names wrapped before them read whole', () => {
    expect(parties('Vergi Dairesi: Ikitelli · VKN: 5410228731', 'Hesaplanan KDV (%20)')).toEqual(['KEMER MAKiNA SANAYi VE TiCARET A.Ş.', 'Marmara Gida Pazarlama Ltd. Şti.']);
  });

  it('are left as read on a page without a Turkish invoice\'s tax words', () => {
    expect(parties('Tax number 5410228731', 'Tax (20%)')).not.toContain('Marmara Gida Pazarlama Ltd. Şti.');
  });
});
