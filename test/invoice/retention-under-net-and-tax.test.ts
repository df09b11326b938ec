/**
 * A builder's invoice whose totals print the net and the tax, then a retention kept back ("abzgl. 5 % Haftrücklass",
 * "Retenue de garantie 5 %") and the amount to pay, with no gross labelled above the retention: the invoice's total is
 * net + tax, the amount to pay a balance; on the supplier invoice of supplier-bill.ts, in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { totals } from './supplier-bill.js';

describe('a retention deducted under the net and the tax', () => {
  it('the total is the net and the tax, not the amount to pay', () => {
    for (const [rows, want] of [
      [[['Gesamtbetrag netto', '€ 11.306,00'], ['Umsatzsteuer', '€ 0,00'], ['abzgl. 5 % Haftrücklass', '€ -565,30'], ['Zahlbetrag', '€ 10.740,70']], [11306, 0, 11306]],
      [[['Summe netto', '4.000,00'], ['20 % USt', '800,00'], ['abzüglich 3 % Haftrücklass', '-144,00'], ['Zu zahlen', '4.656,00']], [4000, 800, 4800]],
      [[['Nettobetrag', '2.500,00'], ['MwSt. 8,1 %', '202,50'], ['Sicherheitseinbehalt 5 %', '-135,15'], ['Zahlbetrag', '2.567,35']], [2500, 202.5, 2702.5]],
    ] as Array<[Array<[string, string]>, number[]]>) {
      expect(totals({ totals: rows })).toEqual(want);
    }
  });
});
