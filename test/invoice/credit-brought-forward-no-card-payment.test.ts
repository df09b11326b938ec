/**
 * A utility bill's account credit under its total ("Total charges this bill 793.89", "Credit brought forward
 * −45.00", "Amount due 748.89") is no card payment: the word "credit" there paid nothing by card, and the right total
 * was flagged for "45.00 is paid by card", and the bill read as a till's receipt whose total is the amount due
 * (the 118th batch's Irish electricity bill). In variants; a card's payment still counts.
 */
import { describe, expect, it } from 'vitest';
import { cardPaymentAgainst, isTillReceipt } from '../../src/invoice/receipt/totals.js';

describe("an account's credit under a bill's total", () => {
  it('is no card payment against the total', () => {
    for (const credit of ['Credit brought forward −45.00', 'Credit brought forward 45.00', 'Credit carried forward 45.00', 'Credit note CN-2291 −45.00', 'Credit forward −45.00']) {
      expect(cardPaymentAgainst(['Total charges this bill 793.89', credit, 'Amount due 748.89'], 793.89), credit).toBeNull();
    }
  });

  it('makes no till receipt of the bill', () => {
    const bill = ['Previous balance 120.00', 'Total charges excluding VAT 728.34', 'VAT @ 9% 65.55', 'Total charges this bill 793.89', 'Credit brought forward −45.00', 'Amount due 748.89'];
    expect(isTillReceipt(bill)).toBe(false);
    // (A till's credit card payment still makes one.)
    expect(isTillReceipt(['TOTAL 42.35', 'CREDIT 42.35'])).toBe(true);
  });

  it("still reads a card's payment that is not the total (control)", () => {
    expect(cardPaymentAgainst(['TOTAL 42.35', 'CREDIT CARD 40.00'], 42.35)).toBe(40);
    expect(cardPaymentAgainst(['TOTAL 42.35', 'Credit 40.00'], 42.35)).toBe(40);
  });
});
