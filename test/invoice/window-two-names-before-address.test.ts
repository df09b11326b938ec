/**
 * A window's block that opens with a name over one word alone before its address ("Pharmacie Centrale" over
 * "Roussel", under a customer number): the name going on, or a person under a business's name, which the page
 * does not say. The first row is never the buyer with status ok: it is the whole name or in doubt, as under a
 * label. Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const right = (rows: string[]) => rows.map((row, i) => d(123, 48 + 4.5 * i, row));

describe('a name over one word before the window\'s address', () => {
  it('leave the first in doubt, at the left or the right', () => {
    const rows = ['Pharmacie Centrale', 'Roussel', '8 place de la République', '21000 Dijon'];
    for (const inv of [read({ window: rows }), read({ window: [], info: [], extra: [d(123, 43.5, 'Client n° AB-771204'), ...right(rows)] })]) {
      if (inv.buyer.name !== 'Pharmacie Centrale Roussel') expect(guessesOf(inv)['buyer.name']).toBeDefined();
    }
  });

  it('control: a name over its street, a company under a person, a holder or a unit under a body, stay sure', () => {
    for (const [rows, name] of [
      [['Pharmacie Centrale Roussel', '8 place de la République', '21000 Dijon'], 'Pharmacie Centrale Roussel'],
      [['Claire Vidal', 'Roussel Pharma SAS', '8 place de la République', '21000 Dijon'], 'Roussel Pharma SAS'],
      [['Gasthof Zum Hirschen', 'Inh. Maria Steinbauer', 'Dorfplatz 3', '6020 Innsbruck'], 'Gasthof Zum Hirschen'],
      [['Einwohnergemeinde Wilerhof', 'Bauverwaltung', 'Dorfstrasse 1', '3472 Wilerhof'], 'Einwohnergemeinde Wilerhof'],
    ] as const) {
      const inv = read({ window: [...rows] });
      expect(inv.buyer.name).toBe(name);
      expect(guessesOf(inv)['buyer.name']).toBeUndefined();
    }
  });
});
