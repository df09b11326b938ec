/**
 * A party's block read as the page sets it: a company form of the countries with few pages (on the
 * supplier invoice of supplier-bill.ts), a person the window addresses.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/index.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';
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

describe('a window at the right level with a letterhead running down to its town line', () => {
  // A Swiss letter: the letterhead's rows at the left, the window at the right from its second row on.
  const letter = (window: string[]): Draw[] => [
    { x: 25, y: 20, text: 'Garage du Lac', size: 5 }, { x: 25, y: 25.5, text: 'Garage du Lac Sàrl' }, { x: 25, y: 30.5, text: 'Avenue de Lavaux 88' },
    { x: 25, y: 35.5, text: '1009 Pully' }, { x: 25, y: 40.5, text: '021 555 48 20 · atelier@garagedulac.ch' },
    ...window.map((text, i) => ({ x: 118, y: 54 + 5 * i, text })),
    { x: 23, y: 85, text: 'Facture N° 25-4410' }, { x: 23, y: 91, text: 'Date: 12.11.2025' },
    { x: 110, y: 150, text: 'Total HT' }, { x: 160, y: 150, text: 'CHF 1 146.30' }, { x: 110, y: 156, text: 'TVA 8,1 %' }, { x: 160, y: 156, text: 'CHF 92.85' },
    { x: 110, y: 162, text: 'Total TTC' }, { x: 160, y: 162, text: 'CHF 1 239.15' },
  ];
  const parse = (window: string[]) => parseWesternInvoiceText(toPageText(letter(window), 210, 297));

  it('takes the person a salutation addresses as the buyer, no guess', () => {
    const inv = parse(['Madame', 'Sophie Rochat', 'Chemin des Roches 14', '1010 Lausanne']);
    expect(inv.buyer.name).toBe('Sophie Rochat');
    expect(guessesOf(inv)).not.toHaveProperty(['buyer.name']);
  });

  it('leaves a name without a form and no salutation a guess: it may have wrapped', () => {
    const inv = parse(['Sophie Rochat', 'Chemin des Roches 14', '1010 Lausanne']);
    expect(inv.buyer.name).toBe('Sophie Rochat');
    expect(guessesOf(inv)).toHaveProperty(['buyer.name']);
  });
});
