/**
 * A repair's or an order's receipt that prints the day the work will be ready, or picked up, beside the
 * day of the sale ("Ready: 14 May 2019", "Pick-up: 16/06/2018"): that later day is no receipt's date.
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { settledTill } from './till-page.js';

const WATCH_REPAIR = ['1 BATTERY REPLACE  25.00', '1 STRAP LEATHER  45.00', 'Subtotal  70.00', 'Service Tax 6%  4.20', 'AMOUNT DUE  74.20', 'Cash  100.00', 'Change  25.80', 'THANK YOU'];

describe('a later day the work is ready or picked up', () => {
  it('is passed over for the sale\'s unlabelled date, which is read with no doubt', () => {
    for (const later of ['Job: 881  Ready: 20 Nov 2026', 'Ready on 20/11/2026', 'Pick-up: 20/11/2026', 'Pickup 20-11-2026 after 5pm', 'Pick up date: 20/11/2026']) {
      const r = settledTill(['TIME KEEPER WATCH SERVICE', 'TK WATCH (SGR0123456-A)', '12, JALAN SS2/24, 47300 PETALING JAYA', 'Mon, 16 Nov 2026  11:05', later, ...WATCH_REPAIR]);
      expect(r.invoice.date, later).toBe('2026-11-16');
      expect(fieldsInDoubt(r.checks), later).not.toContain('date');
      expect(r.invoice.totalAmount).toBe(74.2);
    }
  });

  it('is in doubt when it is the only one printed', () => {
    const r = settledTill(['PHOTO LAB EXPRESS', 'PHOTO LAB (JM0998877-K)', 'Order 4471', 'Pick-up: 20/11/2026', '36 4R PRINT  18.00', 'TOTAL  18.00', 'CASH  20.00', 'CHANGE  2.00']);
    expect(r.invoice.date === null || fieldsInDoubt(r.checks).includes('date')).toBe(true);
  });
});
