/**
 * Malaysian and Singaporean receipts of the SROIE kind from counters the other tests do not have: a
 * Western grill restaurant that prints its cash rounding as a second total ("Total 175.48" over "Total
 * Rounded 175.50") rather than as an adjustment.
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { roundingIn } from '../../src/invoice/receipt/totals.js';
import { settledTill as settled } from './till-page.js';

describe('a rounding printed as a second total', () => {
  const grill = (total: string, rounded: string) => ['THE GRILL SHACK', 'GRILL SHACK F&B SDN BHD (1122889-V)', 'GST ID: 001998811223', '23, JALAN TELAWI 3, BANGSAR, 59100 KL',
    '30/04/2018 8:45 PM  Tbl 14', 'Bill: GS-43021  Server: KUMAR', '1 RIBEYE STEAK 300G  78.00', '1 CHICKEN CHOP  26.00', '1 CARBONARA  24.00', '3 ICED LEMON TEA  22.50',
    'Subtotal  150.50', 'Service Charge 10%  15.05', 'GST 6%  9.93', `Total  ${total}`, `Total Rounded  ${rounded}`, `Mastercard  ${rounded}`, 'THANK YOU, SEE YOU SOON'];

  it('"Total 175.48" over "Total Rounded 175.50": a rounding of 0.02', () => {
    expect(roundingIn(['GST 6%  9.93', 'Total  175.48', 'Total Rounded  175.50'])).toBe(0.02);
    expect(roundingIn(['Total  42.37', 'Total Rounded  42.35'])).toBe(-0.02);
    // Farther apart than a till rounds: one of the two figures is misread, no rounding.
    expect(roundingIn(['Total  175.18', 'Total Rounded  175.50'])).toBe(0);
    // A total under a subtotal is no rounded total.
    expect(roundingIn(['Subtotal  175.48', 'Total  175.50'])).toBe(0);
  });

  it('the subtotal, the service charge and the GST make the rounded total: not in doubt', () => {
    const r = settled(grill('175.48', '175.50'));
    expect(r.invoice.totalAmount).toBe(175.5);
    expect(r.invoice.amount).toBe(165.55);
    expect(r.invoice.taxAmount).toBe(9.93);
    expect(fieldsInDoubt(r.checks)).toEqual([]);
  });

  it('a total the figures above miss by more than a rounding stays in doubt', () => {
    const r = settled(grill('175.48', '176.50'));
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});
