/**
 * A buyer's label followed in its row by the name and the address run on after a comma ("Sold to: The
 * Grazing Table Café Pty Ltd, 55 Baylis Street, Wagga Wagga NSW 2650"): the name is what comes before the
 * street's number; in generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const oneRow = (row: string) => read({ window: [], info: [['Invoice no.:', '58812'], ['Date:', '20/11/2025']], extra: [d(22, 70, row, 3)] });

describe('a buyer\'s name and address in the label\'s row', () => {
  it('the company before the street is the buyer', () => {
    for (const [row, name] of [
      ['Sold to: The Grazing Table Café Pty Ltd, 55 Baylis Street, Wagga Wagga NSW 2650', 'The Grazing Table Café Pty Ltd'],
      ['Bill to: Harbourside Dental, Inc., 1180 Shore Road, Suite 4, Portland ME 04101', 'Harbourside Dental, Inc.'],
      ['Rechnung an: Brauhaus Lindner GmbH, 12 Marktplatz, 93047 Regensburg', 'Brauhaus Lindner GmbH'],
    ] as Array<[string, string]>) {
      expect(oneRow(row).buyer.name).toBe(name);
    }
  });
});
