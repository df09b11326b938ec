/**
 * A buyer's block whose name sits above a heading of its address alone ("Bygg & Fasad i Gävle AB" over
 * "Fakturaadress" over "Södra Kungsgatan 40"): the name right above the heading is the buyer's, not the
 * street under it; in generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

/** The block's rows 5 mm apart at the right of the top (0.8 mm between them). */
const block = (rows: string[]) => ({
  window: [] as string[], info: [] as Array<[string, string]>,
  extra: rows.map((row, i) => d(109, 26.7 + 5 * i, row, 4.2)),
});

describe('a heading of the address under the buyer\'s name', () => {
  it('the name above the heading is the buyer, the street its address', () => {
    for (const [rows, name] of [
      [['Bygg & Fasad i Gävle AB', 'Fakturaadress', 'Södra Kungsgatan 40', '802 55 Gävle'], 'Bygg & Fasad i Gävle AB'],
      [['Corrib Dental Ltd', 'Billing address', '12 Shop Street', 'Galway H91 K2D4'], 'Corrib Dental Ltd'],
      [['Praxis am Markt GmbH', 'Rechnungsadresse', 'Marktplatz 9', '79098 Freiburg'], 'Praxis am Markt GmbH'],
      [['Boekhandel De Zilvervis', 'Factuuradres', 'Langestraat 8', '3811 AD Amersfoort'], 'Boekhandel De Zilvervis'],
    ] as Array<[string[], string]>) {
      const inv = read(block(rows));
      expect(inv.buyer.name).toBe(name);
      expect(inv.buyer.address ?? '').toContain(rows[2]);
    }
  });

  it('a heading over the whole block keeps its first row as the name', () => {
    const inv = read(block(['Billing address', 'Corrib Dental Ltd', '12 Shop Street', 'Galway H91 K2D4']));
    expect(inv.buyer.name).toBe('Corrib Dental Ltd');
  });
});
