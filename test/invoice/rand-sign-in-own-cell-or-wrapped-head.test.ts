/**
 * A South African bill made in Word sets the rand's "R" in a column of its own before each figure ("TOTAL | R |
 * 3 553.50"): the sign was no currency between label and figure, so nothing was read, not even the currency. And in
 * a narrow totals cell the figure wraps at its thousands space, the sign with its first digits ("Total | R 6" over
 * "633.20"): the total was read as 6. (A chimney sweep's and an equine vet's bills of the 191st and 193rd batches,
 * in generated variants.)
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const letterhead = ['Karoo Sweeps (Pty) Ltd', '8 Main Rd, Kalk Bay 7975'];

describe('the rand’s sign in a cell of its own', () => {
  it('reads the currency and the totals beside it', () => {
    for (const [net, tax, total] of [['3 090.00', '463.50', '3 553.50'], ['12 400.00', '1 860.00', '14 260.00']]) {
      const extra = [['Subtotal', net], ['VAT @ 15%', tax], ['TOTAL', total]].flatMap(([label, figure], k) => [d(120, 125 + 6 * k, label), d(160, 125 + 6 * k, 'R'), d(172, 125 + 6 * k, figure)]);
      const inv = read({ letterhead, totals: [], extra });
      const figure = (t: string) => Number(t.replace(/\s/g, ''));
      expect([inv.currency, inv.amount, inv.taxAmount, inv.totalAmount]).toEqual(['ZAR', figure(net), figure(tax), figure(total)]);
    }
  });
});

describe('a total wrapped at its thousands space, the sign with its first digits', () => {
  it('joins the figure again', () => {
    const extra = [d(150, 125, 'Total', 3), d(180, 125, 'R 6', 3), d(176.7, 129.2, '633.20', 3)];
    expect(read({ letterhead, totals: [], extra }).totalAmount).toBe(6633.2);
  });

  it('leaves a figure whose next row is another column’s alone (control)', () => {
    const extra = [d(150, 125, 'Total', 3), d(174.5, 125, 'R 6 633.20', 3), d(22, 129.2, 'Thank you for your business', 3)];
    expect(read({ letterhead, totals: [], extra }).totalAmount).toBe(6633.2);
  });
});
