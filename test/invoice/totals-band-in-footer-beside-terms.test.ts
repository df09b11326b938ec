/**
 * Totals printed only in the page's footer, a band of label cells over their figures beside the terms and the
 * bank details ("Goods | VAT @ 23% | Invoice total | Terms: 30 | Bank: Sort 40-11-62" over "£1,240.00 | £285.20 |
 * £1,525.20 | days net | Acc 71830042"): the cells over no figure are no other columns of the table. A UK office
 * supplies invoice of the 113th batch, on the supplier invoice of supplier-bill.ts in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { totals } from './supplier-bill.js';

const band = (labels: string[], values: string[]) => [
  ...labels.map((t, k) => d(20 + 34 * k, 270, t)),
  ...values.map((t, k) => d(20 + 34 * k, 274, t)),
];

describe("a footer's band of totals beside the terms and the bank", () => {
  it('reads the tax and the total, the net from them', () => {
    for (const [labels, values] of [
      [['Goods', 'VAT @ 23%', 'Invoice total', 'Terms: 30', 'Bank: Sort 40-11-62 ·'], ['€1,240.00', '€285.20', '€1,525.20', 'days net', 'Acc 71830042']],
      [['Warenwert', 'USt 23 %', 'Rechnungsbetrag', 'Zahlbar innerhalb', 'Bankverbindung'], ['1.240,00 €', '285,20 €', '1.525,20 €', 'von 14 Tagen', 'Sparkasse Bremen']],
      [['Total HT', 'TVA 23 %', 'Total TTC', 'Échéance :', 'IBAN FR76 1005'], ['1 240,00 €', '285,20 €', '1 525,20 €', '30 jours net', '7190 0300 0201']],
    ]) {
      expect(totals({ totals: [], extra: band(labels, values) }), labels.join(' | ')).toEqual([1240, 285.2, 1525.2]);
    }
  });
});
