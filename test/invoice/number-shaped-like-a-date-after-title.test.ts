/**
 * Small Polish firms number their invoices by month, "14/11/2026" the 14th of November's: up to the 31st it has a
 * date's shape, and was left unread as a number. Right after the title's number word in its cell ("VAT INVOICE No.
 * 14/11/2026"), with the issue date labelled as another day, it is the number. (A violin maker's invoice of the 203rd
 * batch, in generated variants.)
 */
import { describe, expect, it } from 'vitest';
import { read } from './supplier-bill.js';

describe('a number shaped like a date after the title', () => {
  it('reads it as the number when the issue date is another day', () => {
    for (const title of ['VAT INVOICE No. 14/11/2026', 'Invoice no 3/11/2026']) {
      const inv = read({ info: [['Date of issue', '24.11.2026']], title });
      expect([inv.number, inv.date], title).toEqual([title.split(/\s/).pop(), '2026-11-24']);
    }
  });

  it('leaves it unread when it is the issue date itself (control)', () => {
    expect(read({ info: [['Date of issue', '14.11.2026']], title: 'Invoice No. 14/11/2026' }).number).toBeNull();
  });
});
