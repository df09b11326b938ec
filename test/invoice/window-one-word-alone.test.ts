/**
 * A window whose block is one word alone, no company's, with no address under it in the band where a window is
 * looked for ("Tilitoimisto", its company and address set lower, past the band, as a page printed larger sets
 * them): a name cut from its block, in doubt, not read as sure. Generated variants of the supplier invoice of
 * supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const page = (rows: string[]) => read({
  letterhead: ['Kiinteistöhuolto Lahtinen & Poika Oy', 'Kuokkamaantie 4, 33800 Tampere'],
  window: [],
  title: '',
  extra: [...rows.map((row, i) => d(22, 74 + 6 * i, row)), d(22, 118, 'LASKU', 5)],
});

describe('one word alone in the window', () => {
  it('is in doubt', () => {
    for (const word of ['Tilitoimisto', 'Insinööritoimisto']) {
      const inv = page([word, 'Virtanen & Mäki Oy', 'Hämeenkatu 12 A', '33100 Tampere']);
      expect(inv.buyer.name).toBe(word);
      expect(guessesOf(inv)['buyer.name']).toBeDefined();
    }
  });

  it('control: a person\'s name alone is left as it was', () => {
    expect(guessesOf(page(['Dr. Markus Vogl', 'Virtanen & Mäki Oy', 'Hämeenkatu 12 A', '33100 Tampere']))['buyer.name']).toBeUndefined();
  });
});
