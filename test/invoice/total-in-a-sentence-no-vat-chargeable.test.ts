/**
 * A small trader's bill in a place that levies no VAT or sales tax says so and may give its total in a sentence: "No
 * VAT is chargeable in Gibraltar", "The total for your outing is $1,710.00, due within 30 days. New Hampshire has no
 * sales tax." The tax is nil and the net the total; "is" before a money sign ends the total's label. (A sailing
 * school's and an alpaca farm's bills of the 203rd and 205th batches, in generated variants.)
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const fields = (inv: ReturnType<typeof read>) => [inv.amount, inv.taxAmount, inv.totalAmount];

describe('no VAT chargeable', () => {
  it('reads the tax as nil and the net as the total', () => {
    for (const note of ['No VAT is chargeable in Gibraltar.', 'VAT is not charged: the supplier is below the threshold.', 'No GST charged.']) {
      expect(fields(read({ totals: [['Total', '£1,775.00']], extra: [d(22, 160, note)] })), note).toEqual([1775, 0, 1775]);
    }
  });

  it('leaves the tax unread when one line only is said to carry none (control)', () => {
    expect(read({ totals: [['Total', '£1,775.00']], extra: [d(22, 160, 'No VAT charged on postage.')] }).taxAmount).toBeNull();
  });
});

describe('the total in a sentence', () => {
  it('reads the figure after "total … is"', () => {
    for (const sentence of ['The total for your outing is $1,710.00, due within 30 days.', 'Your total is $1,710.00.', 'The total of this invoice is €1,710.00.']) {
      expect(read({ totals: [], extra: [d(22, 130, sentence)] }).totalAmount, sentence).toBe(1710);
    }
  });

  it('reads no total from a count after "total … is" (control)', () => {
    expect(read({ totals: [], extra: [d(22, 130, 'The total of items is 12 boxes.')] }).totalAmount).not.toBe(12);
  });
});
