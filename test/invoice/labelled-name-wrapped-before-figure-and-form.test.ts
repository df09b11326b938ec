/**
 * A name after its label wrapped before a word with a figure and its form ("Furnizor: ELECTRO-INSTAL" over
 * "2000 S.R.L.", "Dodavatel: Server" over "24 s.r.o."): the row ends the name. Generated variants of the
 * supplier invoice of supplier-bill.ts, the seller's block under its label at the top left.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const page = (label: string, first: string, second: string) => read({
  letterhead: [],
  extra: [d(18, 14, `${label}: ${first}`), d(18, 19, second), d(18, 24, 'CUI: RO15447120'), d(18, 29, 'Str. Fabricii nr. 9, Cluj-Napoca')],
});

describe('a labelled name wrapped before a figure and its form', () => {
  it('is read whole', () => {
    for (const [label, first, second] of [['Furnizor', 'ELECTRO-INSTAL', '2000 S.R.L.'], ['Dodavatel', 'Server', '24 s.r.o.'], ['Sprzedawca', 'Drukarnia', '4Print Sp. z o.o.']]) {
      expect(page(label, first, second).seller.name).toBe(`${first} ${second}`);
    }
  });

  it('control: a name with its form over its registration row stays as it is', () => {
    expect(page('Furnizor', 'ELECTRO-INSTAL 2000 S.R.L.', 'Nr. Reg. Com.: J12/4471/2003').seller.name).toBe('ELECTRO-INSTAL 2000 S.R.L.');
  });
});
