/**
 * A logo's word over a sentence that says whose trade name it is ("Hostbaas is een handelsnaam van Baasweb
 * Internetdiensten B.V.", "… is a trading name of …"): the seller is the company the sentence names, not the
 * sentence. Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const page = (brand: string, sentence: string) => read({
  letterhead: [brand],
  window: ['Bakkerij Vos', 'Dorpsstraat 8', '3731 AB De Bilt'],
  extra: [d(22, 24, sentence, 2.5)],
});

describe('a sentence naming the company a trade name is of', () => {
  it('gives that company as the seller, not in doubt', () => {
    for (const [brand, sentence, company] of [
      ['Hostbaas', 'Hostbaas is een handelsnaam van Baasweb Internetdiensten B.V.', 'Baasweb Internetdiensten B.V.'],
      ['Fibrelink', 'Fibrelink is a trading name of Northwave Networks Ltd', 'Northwave Networks Ltd'],
      ['Stromfix', 'Stromfix ist eine Marke der Energiewerke Ostalb GmbH', 'Energiewerke Ostalb GmbH'],
      ['Clikéo', 'Clikéo est une marque de Réseaux Atlantique SAS', 'Réseaux Atlantique SAS'],
    ]) {
      const inv = page(brand, sentence);
      expect(inv.seller.name).toBe(company);
      expect(guessesOf(inv)['seller.name']).toBeUndefined();
    }
  });

  it('control: a tagline under the logo leaves the company that opens the letterhead', () => {
    expect(page('Baasweb Internetdiensten B.V.', 'Uw partner in webhosting sinds 2004').seller.name).toBe('Baasweb Internetdiensten B.V.');
  });
});
