/**
 * Item lines priced with their tax, as a marketplace prints them ("Stückpreis (brutto)", "Gesamt (brutto)"), that add
 * up to the gross total: the tax each line holds is a × r / (1 + r), and a right invoice is not flagged by
 * tax_rate_consistent. (The German marketplace invoice of the 114th batch: 669.97 gross at 19 %, 106.97 tax.)
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/invoice/checks.js';
import { emptyInvoice, emptyLineItem } from '../../src/invoice/model.js';

const NOW = new Date('2025-12-01T00:00:00Z');
const rateCheck = (inv: ReturnType<typeof emptyInvoice>) => runChecks(inv, NOW).find((c) => c.id === 'tax_rate_consistent');

describe('tax_rate_consistent on gross item prices', () => {
  const invoice = (tax: number) => {
    const inv = emptyInvoice('EUR');
    Object.assign(inv, { number: 'HWH-DE-2025-7718204', date: '2025-11-08', amount: 563, taxAmount: tax, totalAmount: 563 + tax });
    inv.seller.name = 'Drechslerei Holzmann e.K.';
    inv.items = [[414.12, 0.19], [249.9, 0.19], [5.95, 0.19]].map(([amount, taxRate]) => ({ ...emptyLineItem('x'), amount, taxRate }));
    return inv;
  };

  it('takes the tax inside lines that add up to the gross', () => {
    expect(rateCheck(invoice(106.97))?.ok).toBe(true);
  });

  it('still flags a tax the gross lines do not hold', () => {
    const inv = invoice(106.97);
    inv.taxAmount = 96.97;
    inv.totalAmount = 669.97;
    inv.amount = 573;
    expect(rateCheck(inv)?.ok).toBe(false);
  });
});
