/**
 * A bill that charges no tax prints only its total. What it says of it settles the tax at nil: a US state that has no
 * sales tax ("Oregon has no sales tax"), a Swiss trader under the threshold ("Nicht MWST-pflichtig", "non assujetti à
 * la TVA"). A Hong Kong bill says nothing: Hong Kong levies no VAT, GST or sales tax, so a bill in Hong Kong dollars
 * naming no tax charges none. (A farrier's, a dog groomer's and a wedding photographer's bills of the 191st-195th
 * batches, in generated variants.)
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const fields = (inv: ReturnType<typeof read>) => [inv.amount, inv.taxAmount, inv.totalAmount];

describe('a total with no tax, the page saying none is charged', () => {
  it('reads the tax as nil and the net as the total', () => {
    for (const [total, note] of [
      ['$335.00', 'Payable within 15 days. Oregon has no sales tax.'],
      ['$1,200.00', 'No sales tax charged: Montana has none.'],
      ['CHF 335.00', "Nicht MWST-pflichtig (Umsatz unter CHF 100'000)."],
      ['CHF 335.00', 'Entreprise non assujettie à la TVA.'],
    ]) {
      const figure = Number(total.replace(/[^\d.]/g, ''));
      expect(fields(read({ totals: [['Total', total]], extra: [d(22, 160, note)] })), note).toEqual([figure, 0, figure]);
    }
  });

  it('leaves the tax unread when the note exempts one kind of charge only', () => {
    expect(read({ totals: [['Total', '$335.00']], extra: [d(22, 160, 'No sales tax on labor.')] }).taxAmount).toBeNull();
  });
});

describe('a Hong Kong dollar bill naming no tax', () => {
  it('reads the tax as nil', () => {
    for (const total of ['HK$42,450.00', 'HKD 10,790.00']) {
      const figure = Number(total.replace(/[^\d.]/g, ''));
      expect(fields(read({ letterhead: ['Lumière Photography Limited', 'Kwai Chung, N.T.'], totals: [['Total', total]] })), total).toEqual([figure, 0, figure]);
    }
  });

  it('does not settle a tax the page names', () => {
    const inv = read({ totals: [['Subtotal', 'HK$1,000.00'], ['Tax', 'see note'], ['Total', 'HK$1,100.00']] });
    expect(inv.taxAmount).not.toBe(0);
  });

  it('leaves another currency’s bill naming no tax unread (control)', () => {
    expect(read({ totals: [['Total', 'S$1,000.00']] }).taxAmount).toBeNull();
  });
});
