/**
 * A Czech or Slovak utility's settlement (vyúčtování): the period's gross under a label with words between
 * "Celkem" and "s DPH" ("Celkem za období s DPH"), then the advances paid ("Uhrazené zálohy", "Zaplatené zálohy")
 * and what is left to pay ("Celkem k úhradě"). The invoice's total is the period's gross, not the rest; the tax
 * label's word in "s DPH" makes no tax line of it. The 118th batch's electricity settlement, in variants.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { totals } from './supplier-bill.js';

describe("a settlement's period total with the advances paid under it", () => {
  it('reads the gross before the advances, and the net and tax', () => {
    for (const rows of [
      [['Základ daně 21 %', '26 017,38'], ['DPH 21 %', '5 463,65'], ['Celkem za období s DPH', '31 481,03'], ['Uhrazené zálohy', '−30 000,00'], ['Celkem k úhradě', '1 481,03']],
      [['Základ dane 23 %', '26 017,38'], ['DPH 23 %', '5 463,65'], ['Spolu za obdobie s DPH', '31 481,03'], ['Zaplatené zálohy', '−30 000,00'], ['Spolu na úhradu', '1 481,03']],
      [['Základ daně 21 %', '26 017,38'], ['DPH 21 %', '5 463,65'], ['Celkem za fakturu s DPH', '31 481,03'], ['Odečtené zálohy', '−30 000,00'], ['K úhradě', '1 481,03']],
      // The rest rounded to whole crowns.
      [['Základ daně 21 %', '26 017,38'], ['DPH 21 %', '5 463,65'], ['Celkem za období s DPH', '31 481,03'], ['Uhrazené zálohy', '−30 000,00'], ['Zaokrouhlení', '−0,03'], ['Celkem k úhradě', '1 481,00']],
    ]) {
      expect(totals({ totals: rows as Array<[string, string]> }), rows[2][0]).toEqual([26017.38, 5463.65, 31481.03]);
    }
  });

  it("reads the period's gross beside the VAT recapitulation, the rest to pay under it", () => {
    // The recapitulation at the left, its heading level with the period's gross (the totals' first row, 125 mm).
    const recap = [
      d(22, 125, 'Rekapitulace DPH v Kč'),
      ...['Sazba', 'Základ', 'DPH', 'Celkem'].map((t, k) => d(22 + 20 * k, 131, t)),
      ...['21 %', '26 017,38', '5 463,65', '31 481,03'].map((t, k) => d(22 + 20 * k, 137, t)),
    ];
    for (const [advances, rest] of [['Uhrazené zálohy (12 × 2 500,00)', 'Celkem k úhradě'], ['Zaplatené zálohy', 'Spolu na úhradu']]) {
      const rows: Array<[string, string]> = [['Celkem za období s DPH', '31 481,03'], [advances, '−30 000,00'], [rest, '1 481,03']];
      expect(totals({ totals: rows, extra: recap }), advances).toEqual([26017.38, 5463.65, 31481.03]);
    }
  });

  it('reads "Celkem s DPH" without advances as before (control)', () => {
    expect(totals({ totals: [['Základ daně 21 %', '1 000,00'], ['DPH 21 %', '210,00'], ['Celkem s DPH', '1 210,00']] })).toEqual([1000, 210, 1210]);
  });
});
