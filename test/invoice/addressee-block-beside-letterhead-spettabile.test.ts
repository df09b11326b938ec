/**
 * The addressee's block at the top right, level with the letterhead, as Italian and French invoices set it:
 * under a form of address ("Spett.le") it is the addressee's as under a label, its name wrapped over two rows
 * ("Studio Legale Ferri &" over "Associati", "Studio Legale Associato" over "Bianchi & Ferri") read whole; a
 * customer number's row over it ("Client n° 88412") is no row of it; an Italian town line ends in its
 * province's code ("61121 Pesaro (PU)"), no name. Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const topRight = (rows: string[], from = 14) => read({ window: [], extra: rows.map((r, i) => d(124, from + 5 * i, r)) });

describe('the addressee\'s block beside the letterhead', () => {
  it('under "Spett.le", its name wrapped after "&": the whole name, no doubt', () => {
    const inv = topRight(['Spett.le', 'Studio Legale Ferri &', 'Associati', 'Riva degli Schiavoni 4150', '30122 Venezia (VE)']);
    expect(inv.buyer.name).toBe('Studio Legale Ferri & Associati');
    expect(guessesOf(inv)['buyer.name']).toBeUndefined();
  });

  it('running into the window\'s band, its town line with the province\'s code: the name, not the town', () => {
    for (const town of ['61121 Pesaro (PU)', '20900 Monza (MB)']) {
      const inv = topRight(['Spett.le', 'Studio Legale Associato', 'Bianchi & Ferri', 'Corso Garibaldi 71', town], 18);
      expect(inv.buyer.name).toBe('Studio Legale Associato Bianchi & Ferri');
    }
  });

  it('a customer number\'s row over the block is no row of it', () => {
    const inv = topRight(['Client n° 88412', 'Menuiserie Lefebvre-Dumas', 'SARL', 'ZA des Grands Champs', '45200 Montargis']);
    expect(inv.buyer.name).toBe('Menuiserie Lefebvre-Dumas SARL');
  });

  it('control: without a form of address the block beside the letterhead stays in doubt', () => {
    const inv = topRight(['Weinhaus Lenz e.K.', 'Marktplatz 4', '53506 Rech']);
    expect(inv.buyer.name).toBe('Weinhaus Lenz e.K.');
    expect(guessesOf(inv)['buyer.name']).toBeDefined();
  });
});
