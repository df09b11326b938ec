/**
 * A VAT rate's label in the header ("Cota TVA: 21%") level with another column's address row that opens with
 * its house number ("102, Oradea, jud. Bihor"): the number run on with a comma into words is no tax amount.
 * Generated variants of the supplier invoice of supplier-bill.ts, its tax printed as no labelled row.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const page = (address: string) => read({
  totals: [['Subtotal', '1,240.00'], ['Total', '1,525.20']],
  extra: [d(90, 66, 'Cota TVA: 23%'), d(138, 66, address)],
});

describe('a rate\'s label beside an address number', () => {
  it('gives no tax amount', () => {
    for (const address of ['102, Oradea, jud. Bihor', '14, rue des Forges']) {
      const inv = page(address);
      expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([1240, 285.2, 1525.2]);
    }
  });
});
