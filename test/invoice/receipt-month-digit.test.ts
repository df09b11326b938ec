/**
 * A month's short name with one letter read as a figure on a worn print ("07.M4y.2019", "09.De6.2018"):
 * read as the one month it is a letter from, in doubt, also when a repair's later day ("Ready: 14 May
 * 2019"), printed clearly, is the only other date the page prints.
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { settledTill } from './till-page.js';

const SHOE_REPAIR = ['1 RESOLE (PAIR)  45.00', '2 HEEL TIP  24.00', 'Subtotal  69.00', 'Service Tax 6%  4.14', 'AMOUNT DUE  73.14', 'Cash  100.00', 'Change  26.86', 'THANK YOU'];
const till = (dateRow: string, more: string[] = []) => settledTill(['SOLE MATE SHOE REPAIR', 'SOLE MATE (SA0123321-T)', '5, JALAN SS2/24, 47300 PETALING JAYA', dateRow, ...more, ...SHOE_REPAIR]);

describe('a month with a figure for one of its letters', () => {
  it('is read as the month it is a letter from, in doubt', () => {
    for (const [row, want] of [['Tue, 07.M4y.2019  16:48', '2019-05-07'], ['Sun 09.De6.2018  10:02', '2018-12-09'], ['07-M4r-2019  16:48', '2019-03-07']] as const) {
      const r = till(row);
      expect(r.invoice.date, row).toBe(want);
      expect(fieldsInDoubt(r.checks), row).toContain('date');
    }
  });

  it('is taken over a repair\'s later day, which the other reading found first, still in doubt', () => {
    const r = till('Tue, 07.M4y.2019  16:48', ['Ticket 5521  Ready: 14 May 2019']);
    expect(r.invoice.date).toBe('2019-05-07');
    expect(fieldsInDoubt(r.checks)).toContain('date');
    expect(r.invoice.totalAmount).toBe(73.14);
  });

  it('is none when the figure leaves two months a letter away ("Ju1": June or July)', () => {
    const r = till('Tue, 07.Ju1.2019  16:48');
    expect(r.invoice.date === null || fieldsInDoubt(r.checks).includes('date')).toBe(true);
  });
});
