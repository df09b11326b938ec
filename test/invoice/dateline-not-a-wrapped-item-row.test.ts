/**
 * A letter's dateline is a place, a comma and the day the letter was written ("Hamburg, den 12.03.2025"): the issue
 * date. A wrapped item's second row may open the same way ("Reyes, 11/12/2026 (2-hr minimum)" under "Interpretation,
 * deposition of M."), the date running on into the row's text: no dateline, and not the issue date over the date the
 * header prints unlabelled. (A court interpreter's invoice of the 195th batch, in generated variants.)
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

describe('a wrapped item row opening with a name, a comma and a date', () => {
  it('is no dateline', () => {
    for (const [row, date] of [['Reyes, 11/12/2026 (2-hr minimum)', '2026-11-24'], ['Lindqvist, 11/03/2026 at the Superior Court', '2026-11-24']]) {
      const inv = read({ info: [['No.', 'ALS-2026-219']], extra: [d(120, 58, 'November 24, 2026'), d(22, 113, row)] });
      expect(inv.date, row).toBe(date);
    }
  });

  it('leaves a dateline ending with its date the issue date (control)', () => {
    const inv = read({ info: [['No.', 'ALS-2026-219']], extra: [d(120, 40, 'Galway, 24/11/2026'), d(22, 113, 'Service of 11/12/2026')] });
    expect(inv.date).toBe('2026-11-24');
  });
});
