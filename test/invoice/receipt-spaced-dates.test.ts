/**
 * A worn till print whose date OCR read with a space beside a separator: before a two-digit year ("14/07/ 18
 * 3:05PM") or in a date printed year first ("2018-07- 15 14:02"). The space is no part of the date.
 */
import { describe, expect, it } from 'vitest';
import { settledTill } from './till-page.js';

const STALL = ['WEI JI NOODLE STALL', 'Blk 12 Bedok North St 1 #01-22', 'Singapore 460012'];
const SALE = ['2 FISHBALL NOODLE  9.00', '1 BARLEY  1.60', 'TOTAL  10.60', 'CASH  20.00', 'CHANGE  9.40', 'THANK YOU'];

describe('a space OCR read beside a date\'s separator', () => {
  it('before a two-digit year, or in a year-first date, is passed over', () => {
    for (const row of ['Fri 20/11/ 26 3:05PM  Tbl 8', '20-11- 26 15:05', '20/11 /26  15:05', '2026-11- 20 15:05', '2026 -11-20 15:05']) {
      const r = settledTill([...STALL, row, ...SALE]);
      expect(r.invoice.date, row).toBe('2026-11-20');
      expect(r.invoice.totalAmount).toBe(10.6);
    }
  });
});
