/**
 * A tax invoice whose item lines carry a tax code ("GST", "FRE") in a column headed by the tax word, and whose
 * payment details say "Direct deposit": neither is a tax line nor a deposit deducted; the tax is the totals'
 * "GST" row. On the supplier invoice of supplier-bill.ts, in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { d, type Draw } from './page-builder.js';
import { totals } from './supplier-bill.js';

/** An item table from y 62 (header, lines): cells at the columns' x. */
const table = (header: string[], items: string[][]): Draw[] => {
  const xs = [22, 95, 115, 140, 172];
  return [header, ...items].flatMap((cells, n) => cells.map((c, k) => d(xs[k]!, 62 + 6 * n, c)));
};

const ROWS: Array<[string, string]> = [['Total GST-free', '120.00'], ['Total taxable', '900.00'], ['GST', '90.00'], ['Total inc GST', '1,110.00'], ['Less amount paid', '300.00'], ['Balance due', '810.00']];
const ITEMS = [['Free-range eggs, dozen', '20', '4.50', 'FRE', '90.00'], ['Sourdough loaves', '12', '2.50', 'FRE', '30.00'], ['Takeaway cups, carton', '6', '85.00', 'GST', '510.00'], ['Dishwasher detergent 20 L', '3', '130.00', 'GST', '390.00']];

describe('tax codes in an item table, a direct deposit in the payment details', () => {
  it('the tax is the totals\' row, the net the total less it', () => {
    for (const header of [['Product', 'Qty', 'Price', 'GST', 'Total'], ['Description', 'Qty', 'Unit price', 'Tax', 'Amount'], ['Item', 'Quantity', 'Price', 'GST code', 'Line total']]) {
      expect(totals({ totals: ROWS, extra: table(header, ITEMS) })).toEqual([1020, 90, 1110]);
    }
  });

  it('a direct deposit\'s bank details beside the totals are no deposit deducted', () => {
    for (const pay of ['Direct deposit: BSB 032-718 · Acc 448 120', 'Pay by direct deposit to BSB 062-000 Acc 1234 5678', 'Bank deposit: account 0471 2200 1187']) {
      expect(totals({ totals: ROWS, extra: [...table(['Product', 'Qty', 'Price', 'GST', 'Total'], ITEMS), d(22, 128, pay, 2.5)] })).toEqual([1020, 90, 1110]);
    }
  });
});
