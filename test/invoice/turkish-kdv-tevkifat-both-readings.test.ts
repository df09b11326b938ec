/**
 * A Turkish e-Fatura with VAT withholding ("KDV Tevkifat Tutarı (9/10) 15.300,00 TL" under "Hesaplanan KDV(%20)",
 * then "Vergiler Dahil Toplam Tutar 102.000,00 TL" and "Ödenecek Tutar 86.700,00 TL"): the tax is the VAT charged
 * and the total the gross before the withholding, as a withheld income tax is, whether the labels are read as
 * printed (a text layer, the `extract` path) or as OCR may read them. The rate before its figure ("%20") stands
 * between the label and the amount as "20 %" does. (The set's Turkish cleaning firm's page read the payable as its
 * total through `extract`, the tax 1,700.00, while the parser alone read it right.)
 */
import { describe, expect, it } from 'vitest';
import { invoiceFromPages } from '../../src/invoice/parse.js';
import { page } from './supplier-bill.js';
import { toPageText } from './page-builder.js';

const totals = [
  ['Mal Hizmet Toplam Tutarı', '85.000,00 TL'], ['Hesaplanan KDV(%20)', '17.000,00 TL'], ['KDV Tevkifat Tutarı (9/10)', '15.300,00 TL'],
  ['Vergiler Dahil Toplam Tutar', '102.000,00 TL'], ['Ödenecek Tutar', '86.700,00 TL'],
] as Array<[string, string]>;

describe('KDV tevkifatı', () => {
  it('keeps the VAT and the gross before the withholding, printed or OCR-read', () => {
    for (const visibleText of [true, false]) {
      const pages = toPageText(page({ title: 'e-FATURA', totals }), 210, 297).map((p) => ({ ...p, visibleText }));
      const inv = invoiceFromPages(pages).find((p) => p.source === 'text')!.invoice;
      expect([inv.amount, inv.taxAmount, inv.totalAmount], `visibleText ${visibleText}`).toEqual([85000, 17000, 102000]);
    }
  });
});
