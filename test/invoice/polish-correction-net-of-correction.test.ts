/**
 * A Polish correcting invoice's sums of the correction ("Razem wartość netto korekty -600,00 PLN", "Razem VAT
 * -138,00 PLN", then "Do zwrotu 738,00 PLN" to refund): the correction's net, with its sign as a correction keeps
 * it, and the total from net and tax. A hosting correction of the 115th batch, on the supplier invoice of
 * supplier-bill.ts in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { totals } from './supplier-bill.js';

describe('"wartość netto korekty"', () => {
  it("is the correction's net", () => {
    for (const [label, net, tax, refund, want] of [
      ['Razem wartość netto korekty', '-600,00 PLN', '-138,00 PLN', '738,00 PLN', [-600, -138, -738]],
      ['Wartość netto korekty:', '-1 200,00 zł', '-276,00 zł', '1 476,00 zł', [-1200, -276, -1476]],
    ] as const) {
      expect(totals({ title: 'Faktura korygująca', totals: [[label, net], ['Razem VAT', tax], ['Do zwrotu', refund]] }), label).toEqual(want);
    }
  });
});
