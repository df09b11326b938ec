/**
 * A row that opens with "&" or "+" under a name's row is the name's wrapped end ("O'Connell's Bar" over "+
 * Kitchen Ltd."), not a company the row above is a contact of; on generated variants of the supplier
 * invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { read } from './supplier-bill.js';

describe('a name wrapped before "&" or "+"', () => {
  it('the row opening with the sign ends the name', () => {
    for (const [first, second] of [["O'Connell's Bar", '+ Kitchen Ltd.'], ['Brennan Walsh', '& Partners Ltd'], ['Keane Murphy', '+ Associates LLP']]) {
      const inv = read({ window: [first, second, '22 Briggate', 'Leeds LS1 6HD'] });
      expect(inv.buyer.name).toBe(`${first} ${second}`);
    }
  });

  it('control: a person over a company stays the company\'s contact', () => {
    const inv = read({ window: ['Aoife Brennan', 'Kitchen Partners Ltd', '22 Briggate', 'Leeds LS1 6HD'] });
    expect(inv.buyer.name).toBe('Kitchen Partners Ltd');
  });
});
