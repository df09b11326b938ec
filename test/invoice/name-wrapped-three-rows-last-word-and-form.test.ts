/**
 * A name under a buyer's label wrapped over three rows of a narrow box, the first ending in a word no name
 * ends with and the last the name's last word and its form ("Construcciones y" over "Reformas Goikoetxea"
 * over "Ibarrola, S.L."): one name; on generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { read } from './supplier-bill.js';

describe('a name wrapped over three rows, its last word and form on the third', () => {
  it('the three rows are the name', () => {
    for (const [label, rows, name] of [
      ['Cliente:', ['Construcciones y', 'Reformas Goikoetxea', 'Ibarrola, S.L.'], 'Construcciones y Reformas Goikoetxea Ibarrola, S.L.'],
      ['Bill to:', ['Harbour Lights Fish and', 'Chip Restaurants of', 'Kinsale Ltd'], 'Harbour Lights Fish and Chip Restaurants of Kinsale Ltd'],
      ['Rechnungsempfänger:', ['Gebrüder Hartmann und', 'Söhne Maschinenbau', 'Oberland GmbH'], 'Gebrüder Hartmann und Söhne Maschinenbau Oberland GmbH'],
    ] as Array<[string, string[], string]>) {
      const inv = read({ window: [label, ...rows, 'Kale Nagusia 12', '48200 Durango'] });
      expect(inv.buyer.name).toBe(name);
    }
  });

  it('control: two rows, the second a street, stay one row\'s name', () => {
    const inv = read({ window: ['Cliente:', 'Reformas Goikoetxea, S.L.', 'Kale Nagusia 12', '48200 Durango'] });
    expect(inv.buyer.name).toBe('Reformas Goikoetxea, S.L.');
  });
});
