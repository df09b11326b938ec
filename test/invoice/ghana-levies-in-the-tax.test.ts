/**
 * Ghana's levies on the taxable value (NHIL 2.5 %, GETFund 2.5 %, the COVID-19 Health Recovery Levy 1 %) are
 * charged with the VAT: the tax is the VAT and the levies, the net the taxable value. A sub-total that counts them
 * ("Sub-Total 18,900.00" under "Total (Taxable Value) 18,000.00" and the levies) is no net. On the supplier invoice
 * of supplier-bill.ts in generated variants, and a net printed without the levies.
 */
import { describe, expect, it } from 'vitest';
import { totals } from './supplier-bill.js';

describe("Ghana's levies", () => {
  it('are part of the tax, the taxable value the net', () => {
    expect(totals({ totals: [['Total (Taxable Value)', '18,000.00'], ['NHIL (2.5%)', '450.00'], ['GETFund Levy (2.5%)', '450.00'], ['Sub-Total', '18,900.00'], ['VAT (15%)', '2,835.00'], ['Total Amount (GH₵)', '21,735.00']] }))
      .toEqual([18000, 3735, 21735]);
    expect(totals({ totals: [['Taxable Value', '1,000.00'], ['NHIL 2.5%', '25.00'], ['GETFund 2.5%', '25.00'], ['COVID-19 HRL 1%', '10.00'], ['Sub Total', '1,060.00'], ['VAT 15%', '159.00'], ['Total', '1,219.00']] }))
      .toEqual([1000, 219, 1219]);
  });

  it('a net printed without them stays, the levies added to the tax', () => {
    expect(totals({ totals: [['Sub-Total', '18,000.00'], ['NHIL (2.5%)', '450.00'], ['GETFund Levy (2.5%)', '450.00'], ['VAT (15%)', '2,835.00'], ['Total Amount', '21,735.00']] }))
      .toEqual([18000, 3735, 21735]);
  });
});
