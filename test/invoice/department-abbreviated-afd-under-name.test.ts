/**
 * A Dutch department written short under the customer's name, "Afd. Financiën", "Afd. Inkoop", as "Afdeling
 * Financiën" is: the party's contact row, no second name of the block (the 164th batch's caterer billing a
 * foundation, its buyer right but flagged as "naming two names").
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

describe('an abbreviated Dutch department under the customer', () => {
  for (const row of ['Afd. Financiën', 'Afd. Inkoop', 'Afdeling Financiën']) {
    it(`"${row}" is a contact row: the name, no doubt`, () => {
      const inv = read({ window: [], extra: ['Klant', 'Stichting Muziekschool De Vleugel', row, 'Oudegracht 188', '3511 NP Utrecht'].map((r, i) => d(18.3, 40 + 5 * i, r)) });
      expect(inv.buyer.name).toBe('Stichting Muziekschool De Vleugel');
      expect(guessesOf(inv)['buyer.name']).toBeUndefined();
    });
  }
});
