/**
 * A buyer named after its label on the label's row, a row of words under it in the label's column before the address
 * ("Customer: Cooperativa Agricolă" over "Câmpia Timișului" over "CUI 38819276"): the name wrapped there in a cell
 * the text does not show the width of, or a contact is under it, as in a block that opens with two names. The page
 * does not say which: the name is kept and flagged. A name with its company form, or an address under it, is not.
 * (A seed merchant's invoice of the 204th batch, in generated variants.)
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { read } from './supplier-bill.js';

describe('a labelled name over a row of words', () => {
  it('keeps the name in doubt', () => {
    const inv = read({ window: ['Customer: Cooperativa Agricolă', 'Câmpia Timișului', 'CUI 38819276', 'Sat Pișchia nr. 212, Timiș'] });
    expect([inv.buyer.name, guessesOf(inv)['buyer.name'] !== undefined]).toEqual(['Cooperativa Agricolă', true]);
  });

  it('trusts a name with its company form, or one over its address (control)', () => {
    for (const window of [['Customer: Harbour Foods Ltd', 'Accounts Payable', '12 Dock Road', 'Galway'], ['Customer: Corrib Dental', '12 Shop Street', 'Galway']]) {
      const inv = read({ window });
      expect([inv.buyer.name, guessesOf(inv)['buyer.name']], window[0]).toEqual([window[0].slice(10), undefined]);
    }
  });
});
