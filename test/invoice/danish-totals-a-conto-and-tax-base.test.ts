/**
 * Danish totals: a craftsman's final invoice deducting what was invoiced on account ("Faktureret a conto"), its
 * total the gross above the deduction, not the rest to pay; and the labels of an OIOUBL rendering, the tax base
 * "Afgiftsgrundlag" and the tax "Moms i alt".
 */
import { describe, expect, it } from 'vitest';
import { totals } from './supplier-bill.js';

describe('Danish totals', () => {
  it('"Faktureret a conto" deducted: the gross above it is the total, the rest under it a balance', () => {
    expect(totals({
      totals: [['I alt ekskl. moms', '48.000,00'], ['Moms 25 %', '12.000,00'], ['I alt inkl. moms', '60.000,00'],
        ['Faktureret a conto', '-30.000,00'], ['Restbeløb at betale DKK', '30.000,00']],
    })).toEqual([48000, 12000, 60000]);
  });

  it('"Aconto faktureret" in one word: the same', () => {
    expect(totals({
      totals: [['Arbejde i alt ekskl. moms', '8.000,00'], ['Moms 25 %', '2.000,00'], ['I alt inkl. moms', '10.000,00'],
        ['Aconto faktureret', '-4.000,00'], ['Til betaling', '6.000,00']],
    })).toEqual([8000, 2000, 10000]);
  });

  it('an OIOUBL view\'s "Afgiftsgrundlag" and "Moms i alt"', () => {
    expect(totals({
      totals: [['Linjetotal', '21.640,00'], ['Tillæg i alt', '95,00'], ['Afgiftsgrundlag', '21.735,00'], ['Moms i alt', '5.433,75'],
        ['Fakturatotal inkl. moms', '27.168,75'], ['At betale', '27.168,75']],
    })).toEqual([21735, 5433.75, 27168.75]);
  });
});
