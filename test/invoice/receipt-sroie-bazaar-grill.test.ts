/**
 * Malaysian and Singaporean receipts of the SROIE kind from counters the other tests do not have: a
 * Western grill restaurant that prints its cash rounding as a second total ("Total 175.48" over "Total
 * Rounded 175.50") rather than as an adjustment; a clinic's receipt paid under "Paid Amount (Cash)".
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { roundingIn, rungAtTill } from '../../src/invoice/receipt/totals.js';
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

describe('a payment named in brackets after "Paid Amount"', () => {
  // A clinic's receipt that names the patient it bills, as an invoice names its buyer.
  const clinic = (paid: string) => ['KLINIK KELUARGA SEJAHTERA', '(KKS 002345-W)', '12, JALAN BAYAN 2, TAMAN BAYAN', '81200 JOHOR BAHRU, JOHOR', 'Tel: 07-2341188', 'OFFICIAL RECEIPT',
    'Receipt No: OR-18-06231', 'Visit: 05JAN18 10:12  Dr. LIN', 'Bill To: TAN AH MENG', 'Consultation  38.00', 'PARACETAMOL 500MG X10  3.00', 'CHLORPHENIRAMINE 4MG X10  4.50',
    'COUGH MIXTURE 90ML  9.90', 'Invoice Amount  46.50', `${paid}  46.50`, 'Bal Due  0.00', 'GET WELL SOON'];

  it('"Paid Amount (Cash)" is a payment at a till: the total alone is no partial reading', () => {
    const r = settled(clinic('Paid Amount (Cash)'));
    expect(r.invoice.totalAmount).toBe(46.5);
    expect(r.checks.find((c) => c.id === 'totals_partial')).toBeUndefined();
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
    expect(rungAtTill(['Invoice Amount  46.50', 'Paid Amount (VISA)  46.50'])).toBe(true);
    // An online order's card, named with its number: no till's payment.
    expect(rungAtTill(['Total  £46.40', 'Amount paid (Visa ending 0317)  £46.40', 'Balance due  £0.00'])).toBe(false);
  });

  it('an invoice\'s "Amount Paid" with no means of payment is not', () => {
    const r = settled(clinic('Amount Paid'));
    expect(r.checks.find((c) => c.id === 'totals_partial')).toBeDefined();
  });
});
