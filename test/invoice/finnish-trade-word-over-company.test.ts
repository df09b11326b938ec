/**
 * A Finnish company's name opening with its trade, a compound word of a business's kind, wrapped alone over
 * the rest ("Tilitoimisto" over "Virtanen & Mäki Oy", "Insinööritoimisto" over "Rautio & Kivelä Oy",
 * "Rakennusliike" over "Heikkilä Oy"): one name, as Finnish trade names are registered, no department over
 * its company. Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const inWindow = (word: string, company: string) => read({
  letterhead: ['Kiinteistöhuolto Lahtinen Oy', 'Kuokkamaantie 4, 33800 Tampere'],
  window: [word, company, 'Hämeenkatu 12 A', '33100 Tampere'],
});

const underLabel = (word: string, company: string) => read({
  letterhead: ['Kiinteistöhuolto Lahtinen Oy', 'Kuokkamaantie 4, 33800 Tampere'],
  window: [],
  extra: [d(22, 44, 'Laskutusosoite', 2.5), d(22, 48, word), d(22, 52.5, company), d(22, 57, 'PL 44'), d(22, 61.5, '90101 Oulu')],
});

describe('a Finnish trade word over a company', () => {
  it('opens the company\'s name', () => {
    for (const [word, company] of [['Tilitoimisto', 'Virtanen & Mäki Oy'], ['Insinööritoimisto', 'Rautio & Kivelä Oy'], ['Rakennusliike', 'Heikkilä Oy'], ['Autokorjaamo', 'Laine Oy']]) {
      for (const inv of [inWindow(word, company), underLabel(word, company)]) {
        expect(inv.buyer.name).toBe(`${word} ${company}`);
        expect(guessesOf(inv)['buyer.name']).toBeUndefined();
      }
    }
  });

  it('control: a department\'s word over the company is still in doubt or left out', () => {
    const inv = inWindow('Asiakaspalvelu', 'Virtanen & Mäki Oy');
    expect(inv.buyer.name === 'Virtanen & Mäki Oy' || guessesOf(inv)['buyer.name'] !== undefined).toBe(true);
    expect(inWindow('Ostolaskut', 'Virtanen & Mäki Oy').buyer.name).toBe('Virtanen & Mäki Oy');
  });
});
