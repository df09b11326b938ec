/**
 * A VAT summary grid at the left, a row per rate and a row of their totals ("ÁFA kulcs | Nettó | ÁFA | Bruttó",
 * "27% | 17 315 | 4 675 | 21 990", "5% | …", "Összesen | 23 982 | 5 008 | 28 990"), with the amount due set at
 * the right level with the grid's rows: that row, beside the grid, is no end of it, so the totals are the
 * totals row's, not the first rate's. A Hungarian marketplace számla of the 118th batch, in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { totals } from './supplier-bill.js';

const grid = (head: string[], rows: string[][], due: [string, string], dueRow: number) => [
  ...head.map((t, k) => d(22 + 22 * k, 150, t)),
  ...rows.flatMap((row, r) => row.map((t, k) => d(22 + 22 * k, 156 + 6 * r, t))),
  // The amount due, right of the grid, between two of its rows.
  d(120, 153 + 6 * dueRow, due[0]), d(170, 153 + 6 * dueRow, due[1]),
];

describe('a VAT summary grid with the amount due beside its rows', () => {
  it("reads the totals row's net, tax and gross", () => {
    const cases: Array<[string[], string[][], [string, string], number[]]> = [
      [['ÁFA kulcs', 'Nettó', 'ÁFA', 'Bruttó'], [['27%', '17 315', '4 675', '21 990'], ['5%', '6 667', '333', '7 000'], ['Összesen', '23 982', '5 008', '28 990']], ['Fizetendő:', '28 990 Ft'], [23982, 5008, 28990]],
      [['Sazba', 'Základ', 'DPH', 'Celkem'], [['21 %', '1 200,00', '252,00', '1 452,00'], ['12 %', '300,00', '36,00', '336,00'], ['Celkem', '1 500,00', '288,00', '1 788,00']], ['K úhradě:', '1 788,00 Kč'], [1500, 288, 1788]],
      [['Sadzba', 'Základ', 'DPH', 'Spolu'], [['23 %', '105,40', '24,24', '129,64'], ['5 %', '37,80', '1,89', '39,69'], ['Spolu', '143,20', '26,13', '169,33']], ['Celkom k úhrade', '169,33 €'], [143.2, 26.13, 169.33]],
    ];
    for (const [head, rows, due, want] of cases) {
      for (const dueRow of [1, 2]) expect(totals({ totals: [], extra: grid(head, rows, due, dueRow) }), `${head.join(' | ')}, due beside row ${dueRow}`).toEqual(want);
    }
  });

  it('still reads a first rate row alone when no totals row follows (control)', () => {
    const extra = grid(['ÁFA kulcs', 'Nettó', 'ÁFA', 'Bruttó'], [['27%', '17 315', '4 675', '21 990']], ['Fizetendő:', '21 990 Ft'], 1);
    expect(totals({ totals: [], extra })).toEqual([17315, 4675, 21990]);
  });
});
