/**
 * Baltic totals blocks: the net as "Iš viso be PVM" (in all, without VAT), and a total whose currency follows the
 * label after a comma ("Iš viso mokėti, EUR  491,26", "Kopā apmaksai, EUR", "Kokku tasuda, EUR"). The 119th batch's
 * Lithuanian invoice (net and total null), in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { totals } from './supplier-bill.js';

describe('Baltic totals with the currency after the label', () => {
  it('reads net, tax and total', () => {
    for (const rows of [
      [['Iš viso be PVM', '406,00'], ['PVM 21 %', '85,26'], ['Iš viso mokėti, EUR', '491,26']],
      [['Suma be PVM', '406,00'], ['PVM 21 %', '85,26'], ['Iš viso su PVM, EUR', '491,26']],
      [['Summa bez PVN', '406,00'], ['PVN 21%', '85,26'], ['Kopā apmaksai, EUR', '491,26']],
      [['Summa km-ta', '406,00'], ['Käibemaks 21%', '85,26'], ['Kokku tasuda, EUR', '491,26']],
    ] as Array<Array<[string, string]>>) {
      expect(totals({ totals: rows }), rows[2][0]).toEqual([406, 85.26, 491.26]);
    }
  });

  it('reads a total with no currency after its label (control)', () => {
    expect(totals({ totals: [['Iš viso be PVM', '406,00'], ['PVM 21 %', '85,26'], ['Iš viso mokėti', '491,26']] })).toEqual([406, 85.26, 491.26]);
  });
});
