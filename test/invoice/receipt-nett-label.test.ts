/**
 * A Malaysian or Singapore till that labels the amount to pay "NETT" alone ("NETT ........ 42.50", "NETT.
 * 42.50"): the total's label, read when the cash and change lines are garbled past reading, so the largest
 * figure (the cash handed over) is not taken for it.
 */
import { describe, expect, it } from 'vitest';
import { settledTill } from './till-page.js';

const till = (nett: string, more: string[] = []) => settledTill(['KEDAI ALAT TULIS MAJU', 'MAJU STATIONERY (SA0123456-X)', '12, JALAN BESAR, 43000 KAJANG',
  '12-11-26 10:20  No: 0412', '2 PEN BOX  24.00', ...more, '1 STAPLER  18.50', nett, 'CASe  50.00', 'DHANGA  7.50', 'THANK YOU']);

describe('"NETT" alone as the total\'s label', () => {
  it('is the total, with dotted leaders, a point after it or the currency', () => {
    for (const nett of ['NETT ..........  42.50', 'NETT.  42.50', 'NETT RM  42.50', 'NETT:  42.50']) {
      const r = till(nett);
      expect(r.invoice.totalAmount, nett).toBe(42.5);
    }
  });

  it('is not an item\'s net weight', () => {
    const r = till('TOTAL  55.40', ['1 KOPI NETT WT 500G  12.90']);
    expect(r.invoice.totalAmount).toBe(55.4);
  });
});
