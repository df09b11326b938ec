/**
 * A German limited partnership's compound form alone on the row under its name ("Heizungsbau Brandt" over "GmbH &
 * Co. KG" in a ZUGFeRD viewer's "Verkäufer" column), and a name set over three rows in an address window, one
 * trade word between the name and its form ("Gebrüder Obermeier" over "Landmaschinenhandel" over "GmbH & Co.
 * KG"): one name. Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const viewer = (name: string, form: string) => read({
  letterhead: [],
  window: [],
  extra: [
    d(51, 30, 'Verkäufer'), d(122, 30, 'Käufer'),
    d(20, 36, 'Name'), d(51, 36, name), d(122, 36, 'Müller + Söhne Elektrotechnik GmbH'),
    d(51, 41, form),
    d(20, 47, 'Straße'), d(51, 47, 'Gewerbepark Süd 17'), d(122, 47, 'Lindenweg 3a'),
    d(20, 53, 'PLZ / Ort'), d(51, 53, '33602 Bielefeld'), d(122, 53, '32052 Herford'),
  ],
});

const window = (rows: string[]) => read({
  letterhead: ['Spedition Kröger'],
  window: rows,
  extra: [d(22, 42, 'Kröger Spedition GmbH & Co. KG · Hafenstraße 40 · 28217 Bremen', 2)],
});

describe('a compound company form on its own row', () => {
  it('ends the name over it', () => {
    for (const form of ['GmbH & Co. KG', 'GmbH & Co. KGaA', 'AG & Co. KG', 'UG (haftungsbeschränkt) & Co. KG']) {
      expect(viewer('Heizungsbau Brandt', form).seller.name).toBe(`Heizungsbau Brandt ${form}`);
    }
  });

  it('ends a name over three rows, a trade word between', () => {
    for (const trade of ['Landmaschinenhandel', 'Metallbau', 'Elektroinstallationen']) {
      const inv = window(['Gebrüder Obermeier', trade, 'GmbH & Co. KG', 'Industriering 7', '94469 Deggendorf']);
      expect(inv.buyer.name).toBe(`Gebrüder Obermeier ${trade} GmbH & Co. KG`);
      expect(guessesOf(inv)['buyer.name']).toBeUndefined();
    }
  });

  it('control: a department between the name and the street is no part of it', () => {
    expect(window(['Obermeier Landtechnik GmbH & Co. KG', 'Einkauf', 'Industriering 7', '94469 Deggendorf']).buyer.name).toBe('Obermeier Landtechnik GmbH & Co. KG');
  });
});
