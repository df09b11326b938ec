/**
 * A Swedish ERP's totals printed as one boxed row of headers over one row of figures ("Exkl. moms | Momspliktigt |
 * Moms 25 % | Öresutj. | Att betala SEK"): the taxable amount's column ("Momspliktigt", the base the VAT is levied on)
 * and the öre rounding abbreviated ("Öresutj.") stand beside the net, tax and total, as a rate or a rounding does.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { totals } from './supplier-bill.js';

const grid = (headers: string[], figures: string[]) => totals({
  totals: [],
  extra: [...headers.map((h, k) => d(22 + 34 * k, 140, h)), ...figures.map((f, k) => d(22 + 34 * k, 146, f))],
});

describe('a Swedish totals grid', () => {
  it('"Exkl. moms | Momspliktigt | Moms 25 % | Öresutj. | Att betala SEK" over its figures', () => {
    expect(grid(['Exkl. moms', 'Momspliktigt', 'Moms 25 %', 'Öresutj.', 'Att betala SEK'], ['21 252,00', '21 252,00', '5 313,00', '0,00', '26 565,00']))
      .toEqual([21252, 5313, 26565]);
  });

  it('with an öre rounding: the total is the rounded one', () => {
    expect(grid(['Exkl. moms', 'Momspliktigt', 'Moms 25 %', 'Öresutj.', 'Att betala SEK'], ['1 000,50', '1 000,50', '250,13', '0,37', '1 251,00']))
      .toEqual([1000.5, 250.13, 1251]);
  });
});
