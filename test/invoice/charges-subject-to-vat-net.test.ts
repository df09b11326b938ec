/**
 * "Charges subject to VAT", the taxable charges: a net, not a second tax beside "VAT". A courier's invoice of the
 * 113th batch, its disbursements outside the scope of VAT then part of the net (the total less the tax). On the
 * supplier invoice of supplier-bill.ts in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { totals } from './supplier-bill.js';

describe('"Charges subject to VAT"', () => {
  it('is the taxable net, the VAT under it the tax', () => {
    const got = totals({ totals: [['Charges subject to VAT', '207.90'], ['Disbursements', '182.60'], ['VAT', '41.58'], ['Amount payable GBP', '432.08']] });
    expect(got).toEqual([390.5, 41.58, 432.08]);
    const goods = totals({ totals: [['Goods subject to VAT', '1,240.00'], ['VAT 23 %', '285.20'], ['Total', '1,525.20']] });
    expect(goods).toEqual([1240, 285.2, 1525.2]);
  });
});
