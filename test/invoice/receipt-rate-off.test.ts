/**
 * A till that prints a member's or a staff rate taken off the subtotal with its minus and no word
 * "discount" ("MEMBER 5% -15.30"), over a tax of nought: the subtotal less it is the total, and the receipt adds up.
 */
import { describe, expect, it } from 'vitest';
import { settledTill } from './till-page.js';

describe('a rate taken off with its minus, not named a discount', () => {
  it('brings the subtotal down to the total: the receipt is consistent, not sent for review', () => {
    for (const off of ['MEMBER 10%  -8.40', 'STAFF 10%  -8.40', 'LESS 10%  - 8.40']) {
      const r = settledTill(['HERBAL CORNER', 'HERBAL CORNER TRADING (KL0332211-A)', '5, JALAN PUDU, 55100 KUALA LUMPUR', '2026-11-20 14:02  Rcpt: HC-1120', '1 GINSENG TEA 100G  48.00',
        '2 CHRYSANTHEMUM 50G  36.00', 'SUBTOTAL  84.00', off, 'GST @ 0%  0.00', 'NETT TOTAL  75.60', 'VISA XXXX 2201  75.60', 'THANK YOU']);
      expect(r.invoice.totalAmount, off).toBe(75.6);
      expect(r.status, off).toBe('ok');
      expect(r.checks.find((c) => c.id === 'totals_consistent')?.ok ?? true, off).toBe(true);
    }
  });
});
