/**
 * A Swiss invoice's totals "Total Leistungen exkl. MWST", "MWST 8.1 %", "Total Leistungen inkl. MWST": a word between
 * "Total" and "inkl. MWST" ("Leistungen", "Arbeiten", "Rechnung") still labels the gross, as it does the net before
 * "exkl. MWST"; on the supplier invoice of supplier-bill.ts, in generated variants, with instalments deducted under it.
 */
import { describe, expect, it } from 'vitest';
import { totals } from './supplier-bill.js';

describe('"Total <word> inkl. MWST"', () => {
  it('labels the gross', () => {
    for (const [word, rows, want] of [
      ['Leistungen', [['MWST 8.1 %', '3\'783.67']], [46712, 3783.67, 50495.67]],
      ['Arbeiten', [['MWST 8.1 %', '3\'783.67'], ['./. Akontozahlung vom 15.09.2026', '-20\'000.00'], ['Restbetrag CHF', '30\'495.67']], [46712, 3783.67, 50495.67]],
      ['Rechnung', [['USt 20 %', '9\'342.40']], [46712, 9342.4, 56054.4]],
    ] as Array<[string, Array<[string, string]>, number[]]>) {
      const [tax, ...rest] = rows;
      const gross = (want[2]!).toFixed(2).replace(/\B(?=(\d{3})+\.)/g, '\'');
      expect(totals({ totals: [[`Total ${word} exkl. MWST`, '46\'712.00'], tax!, [`Total ${word} inkl. MWST`, gross], ...rest] })).toEqual(want);
    }
  });
});
