/**
 * A Czech VAT recapitulation ("Sazba | Základ | DPH | Celkem") with an advance's tax document deducted on the row
 * under the rate's ("Odpočet zálohy … | -60 000,00 | -12 600,00 | -72 600,00"), then "Celkem", the advances paid and
 * "Celkem k úhradě", the balance: the invoice's net, tax and total are the rate's row; "Základ" alone heads the base,
 * "Celkem" right of it and of the tax the gross.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { totals } from './supplier-bill.js';

const S = 4.2;
describe('a Czech recapitulation with an advance deducted', () => {
  it('the rate\'s row, not the balance', () => {
    expect(totals({
      totals: [],
      extra: [
        d(19, 114, 'Sazba', S), d(122, 114, 'Základ', S), d(154, 114, 'DPH', S), d(174, 114, 'Celkem', S),
        d(19, 120, '21 %', S), d(114, 120, '100 000,00', S), d(143, 120, '21 000,00', S), d(167, 120, '121 000,00', S),
        d(19, 126.5, 'Odpočet zálohy ZL250012 (daňový doklad DZ250012)', S), d(115, 126.5, '-40 000,00', S), d(141, 126.5, '-8 400,00', S), d(168, 126.5, '-48 400,00', S),
        d(115, 142, 'Celkem', S), d(161, 142, '121 000,00 Kč', S), d(115, 148, 'Uhrazené zálohy', S), d(162, 148, '-48 400,00 Kč', S),
        d(115, 154, 'Celkem k úhradě', S), d(158, 154, '72 600,00 Kč', S),
      ],
    })).toEqual([100000, 21000, 121000]);
  });
});
