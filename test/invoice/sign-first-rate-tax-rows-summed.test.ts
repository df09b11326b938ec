/**
 * A Turkish e-Arşiv print lists the tax once per rate, the rate after its sign ("Hesaplanan KDV(%1)" over
 * "Hesaplanan KDV(%10)"), under the goods' total and the discount: the tax is their sum. With the rate read only
 * before its sign, each row was a whole tax total and the last one won, the other rate's tax left in the net.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const fatura = (rows: Array<[string, string]>, total: string): Draw[] => [
  { text: 'DEMİRCİOĞLU BAHARAT VE KURUYEMİŞ TİCARET LTD. ŞTİ.', x: 15, y: 12 },
  { text: 'e-Arşiv Fatura', x: 95, y: 20, size: 4 },
  { text: 'Fatura No:', x: 135, y: 30 }, { text: 'DBK2026000004127', x: 160, y: 30 },
  { text: 'Fatura Tarihi:', x: 135, y: 35 }, { text: '03-10-2026', x: 160, y: 35 },
  { text: 'SAYIN', x: 15, y: 30 }, { text: 'Yıldız Pastane ve Unlu Mamuller A.Ş.', x: 15, y: 35 },
  { text: 'Kuru kayısı 5 kg koli', x: 15, y: 60 }, { text: '4 Adet', x: 80, y: 60 }, { text: '%1.00', x: 120, y: 60 }, { text: '6.000,00 TL', x: 175, y: 60 },
  { text: 'Hediyelik ahşap kutu', x: 15, y: 66 }, { text: '10 Adet', x: 80, y: 66 }, { text: '%10.00', x: 120, y: 66 }, { text: '1.500,00 TL', x: 175, y: 66 },
  { text: 'Mal Hizmet Toplam Tutarı', x: 110, y: 80 }, { text: '7.500,00 TL', x: 175, y: 80 },
  ...rows.flatMap(([label, figure], k): Draw[] => [{ text: label, x: 110, y: 86 + 5 * k }, { text: figure, x: 175, y: 86 + 5 * k }]),
  { text: 'Vergiler Dahil Toplam Tutar', x: 110, y: 86 + 5 * rows.length }, { text: total, x: 175, y: 86 + 5 * rows.length },
  { text: 'Ödenecek Tutar', x: 110, y: 91 + 5 * rows.length }, { text: total, x: 175, y: 91 + 5 * rows.length },
];

describe('tax rows per rate with the rate after its sign', () => {
  it('sums "Hesaplanan KDV(%1)" and "Hesaplanan KDV(%10)"', () => {
    const inv = parseWesternInvoiceText(toPageText(fatura([['Hesaplanan KDV(%1)', '60,00 TL'], ['Hesaplanan KDV(%10)', '150,00 TL']], '7.710,00 TL')));
    expect(inv.totalAmount).toBe(7710);
    expect(inv.taxAmount).toBe(210);
    expect(inv.amount).toBe(7500);
  });

  it('keeps a single rate row as the tax', () => {
    const inv = parseWesternInvoiceText(toPageText(fatura([['Hesaplanan KDV(%20)', '1.500,00 TL']], '9.000,00 TL')));
    expect(inv.taxAmount).toBe(1500);
    expect(inv.amount).toBe(7500);
  });
});
