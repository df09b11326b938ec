/**
 * Company forms of the countries with few pages, on the supplier invoice of supplier-bill.ts: a block's
 * first row that ends in one is the party, not a contact over it.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/index.js';
import { read } from './supplier-bill.js';

describe('a South African close corporation', () => {
  const block = (name: string) => read({ window: ['Customer:', name, 'Plaas Rietvlei', 'Schoemanshoek, Oudtshoorn', '6625'] });

  it('"CC" ends a company name: the block\'s first row is the buyer, no guess over a farm\'s name under it', () => {
    const inv = block('De Wet Boerdery CC');
    expect(inv.buyer.name).toBe('De Wet Boerdery CC');
    expect(guessesOf(inv)).not.toHaveProperty(['buyer.name']);
  });

  it('without it, two rows of words still leave the buyer a guess', () => {
    expect(guessesOf(block('De Wet Boerdery'))).toHaveProperty(['buyer.name']);
  });
});
