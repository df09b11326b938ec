/**
 * A totals row of an item table that sums the quantities too ("Total taxable value | 51 | 37,845.00" under
 * "Description | Qty | Rate | Taxable value"): the figure under the quantity header is no amount; the net is the
 * row's last figure. On the supplier invoice of supplier-bill.ts, in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { d, type Draw } from './page-builder.js';
import { read } from './supplier-bill.js';

/** An item table from y 100: header, lines [description, qty, rate, amount], then the totals row in it. */
const table = (header: string[], items: string[][], total: string[]): Draw[] => {
  const xs = [22, 110, 135, 172];
  const row = (cells: string[], y: number) => cells.map((c, k) => d(xs[k]!, y, c));
  return [...row(header, 100), ...items.flatMap((it, n) => row(it, 106 + 6 * n)), ...row(total, 106 + 6 * items.length)];
};

describe('a totals row in an item table with the quantities\' sum', () => {
  it('the net is the row\'s amount, not its quantity', () => {
    for (const [header, items, total, totals, want] of [
      [['Description of goods', 'Qty', 'Rate', 'Taxable value'], [['Door closer', '15', '1,250.00', '18,750.00'], ['Hinge set', '36', '385.00', '13,860.00']], ['Total taxable value', '51', '', '32,610.00'], [['CGST @ 9%', '2,934.90'], ['SGST @ 9%', '2,934.90'], ['Grand Total', '38,479.80']], [32610, 5869.8, 38479.8]],
      [['Description', 'Quantity', 'Price', 'Amount'], [['Toner cartridge', '12', '85.00', '1,020.00'], ['Paper, box', '10', '22.00', '220.00']], ['Subtotal', '22', '', '1,240.00'], [['VAT 23 %', '285.20'], ['Total', '1,525.20']], [1240, 285.2, 1525.2]],
      [['Bezeichnung', 'Menge', 'Einzelpreis', 'Betrag'], [['Schrauben M8, Pack', '40', '12,50', '500,00'], ['Dübel, Pack', '25', '8,00', '200,00']], ['Zwischensumme', '65', '', '700,00'], [['MwSt 19 %', '133,00'], ['Gesamtbetrag', '833,00']], [700, 133, 833]],
    ] as Array<[string[], string[][], string[], Array<[string, string]>, number[]]>) {
      const inv = read({ totals, extra: table(header, items, total) });
      expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual(want);
    }
  });
});
