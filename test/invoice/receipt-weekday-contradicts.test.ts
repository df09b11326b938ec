/**
 * A till's date row that prints the weekday ("18/10/2019 FRI"), OCR misreading a figure of the day ("15/10/2019
 * FRI"): the calendar says the two disagree, so the date is in doubt; a date on its printed weekday is not.
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { settledTill } from './till-page.js';

const SHOP = ['KEDAI PERKAKAS ANEKA', 'ANEKA HARDWARE (JM0554433-W)', '7, JALAN BESAR, 84000 MUAR'];
const SALE = ['2 PAINT BRUSH 2"  13.00', '1 SANDPAPER (PKT)  6.50', 'SUBTOTAL  19.50', 'SALES TAX 10%  1.95', 'TOTAL  21.45', 'CASH  50.00', 'CHANGE  28.55', 'TERIMA KASIH'];

describe('a date row\'s printed weekday', () => {
  it('that the date does not fall on puts the date in doubt (20 Nov 2026 is a Friday)', () => {
    for (const row of ['17/11/2026 FRI  15:22', 'Fri 17-11-2026  15:22', '17/11/2026 FR:  15:22', 'Jumaat, 17/11/2026  15:22']) {
      const r = settledTill([...SHOP, row, ...SALE]);
      expect(r.invoice.date, row).toBe('2026-11-17');
      expect(fieldsInDoubt(r.checks), row).toContain('date');
      expect(r.invoice.totalAmount).toBe(21.45);
    }
  });

  it('that the date falls on, or none, leaves the date as read', () => {
    for (const row of ['20/11/2026 FRI  15:22', '20/11/2026 FR:  15:22', 'Jumaat 20/11/2026  15:22', '20/11/2026  15:22']) {
      const r = settledTill([...SHOP, row, ...SALE]);
      expect(r.invoice.date, row).toBe('2026-11-20');
      expect(fieldsInDoubt(r.checks), row).not.toContain('date');
    }
  });
});
