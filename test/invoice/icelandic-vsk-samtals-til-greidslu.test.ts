/**
 * An Icelandic reikningur's totals: "VSK samtals" (the tax word, then "samtals", the tax's total, as "PDV
 * ukupno" and "DPH celkem" are) and "Samtals til greiðslu" (the sum to pay), beside the grid of the tax per
 * rate or alone. On the supplier invoice of supplier-bill.ts, in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { d, type Draw } from './page-builder.js';
import { totals } from './supplier-bill.js';

/** The grid of the tax per rate at the left, level with the totals' rows (y 125, 131, 137). */
const GRID: Draw[] = [['VSK-flokkur', 'Stofn', 'VSK'], ['24%', '86.000', '20.640'], ['11%', '54.000', '5.940']].flatMap((row, n) => row.map((c, k) => d(22 + 28 * k, 125 + 6 * n, c)));

describe('Icelandic totals labels', () => {
  it('reads the tax\'s total and the sum to pay', () => {
    for (const [rows, extra] of [
      [[['Samtals án VSK', '140.000'], ['VSK samtals', '26.580'], ['Samtals til greiðslu kr.', '166.580']], GRID],
      [[['Samtals án VSK', '140.000'], ['VSK samtals', '26.580'], ['Samtals til greiðslu', '166.580']], []],
    ] as Array<[Array<[string, string]>, Draw[]]>) {
      expect(totals({ totals: rows, extra })).toEqual([140000, 26580, 166580]);
    }
  });
});
