/**
 * The tax's rate given with its words between the tax's label and its amount ("TVA au taux de 20 %", "Umsatzsteuer
 * zu 19 %", "IVA al 21 %"): the tax is read as "VAT @ 20 %" is. A French consultant's invoice of the 114th batch
 * ("Total hors taxes", "TVA au taux de 20 %", "Total toutes taxes comprises"), on the supplier invoice of
 * supplier-bill.ts in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { totals } from './supplier-bill.js';

describe("the rate's words between a tax label and its amount", () => {
  it('reads the tax', () => {
    for (const [label, net, tax, total] of [
      ['TVA au taux de 20 %', '1 240,00 €', '248,00 €', '1 488,00 €'],
      ['Umsatzsteuer zu 19 %', '1.240,00 €', '235,60 €', '1.475,60 €'],
      ['IVA al 21 %', '1.240,00 €', '260,40 €', '1.500,40 €'],
    ]) {
      const got = totals({ totals: [['Total hors taxes', net], [label, tax], ['Total toutes taxes comprises', total]] });
      expect(got, label).toEqual([1240, Number(tax.replace(/[^\d,]/g, '').replace(',', '.')), Number(total.replace(/[^\d,]/g, '').replace(',', '.'))]);
    }
  });
});
