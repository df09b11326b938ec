/**
 * Discounts and charges printed between an invoice's items and its net. The page's lines add up to the
 * net only with them, so they become lines of their own (as an e-invoice's document-level allowances and
 * charges do) when the arithmetic confirms them, and never when it does not: a cash-discount payment term
 * is no discount on the net.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/invoice/checks.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const d = (x: number, y: number, text: string): Draw => ({ x, y, text });
const NOW = new Date('2025-06-01T00:00:00Z');

/** A UK supplier's invoice: two item lines, then the given totals rows. */
function invoice(totals: Array<[string, string]>, note?: string): Draw[] {
  const draws = [
    d(20, 15, 'Greenway Garden Supplies Ltd'), d(20, 20, '14 Mill Lane, Leeds LS1 4AB'),
    d(20, 40, 'Hollins Landscaping Ltd'), d(20, 45, '3 Park Row, York YO1 6HN'),
    d(20, 60, 'INVOICE'), d(130, 60, 'Invoice No: GG-2211'), d(130, 65, 'Date: 12/03/2025'),
    d(20, 78, 'Product'), d(110, 78, 'Qty'), d(140, 78, 'Price'), d(170, 78, 'Line total'),
    d(20, 84, 'Topsoil, bulk bag'), d(110, 84, '6'), d(140, 84, '70.00'), d(170, 84, '420.00'),
    d(20, 89, 'Bark mulch, bulk bag'), d(110, 89, '2'), d(140, 89, '40.00'), d(170, 89, '80.00'),
  ];
  totals.forEach(([label, value], i) => draws.push(d(120, 100 + 5 * i, label), d(170, 100 + 5 * i, value)));
  if (note) draws.push(d(20, 100 + 5 * totals.length + 10, note));
  return draws;
}

const lines = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws));

describe('discounts and charges between the items and the net', () => {
  it('keeps a trade discount as a negative line, so the lines add up to the net', () => {
    const inv = lines(invoice([['Goods total', '500.00'], ['Trade discount 10%', '-50.00'], ['Net', '450.00'], ['VAT @ 20%', '90.00'], ['Invoice total GBP', '540.00']]));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([450, 90, 540]);
    expect(inv.items.map((i) => [i.name, i.amount])).toEqual([['Topsoil, bulk bag', 420], ['Bark mulch, bulk bag', 80], ['Trade discount 10%', -50]]);
    expect(runChecks(inv, NOW).find((c) => c.id === 'items_sum')).toEqual({ id: 'items_sum', ok: true });
  });

  it('keeps a delivery charge as a line of its own', () => {
    const inv = lines(invoice([['Subtotal', '500.00'], ['Delivery', '25.00'], ['Net', '525.00'], ['VAT @ 20%', '105.00'], ['Total GBP', '630.00']]));
    expect(inv.items.map((i) => [i.name, i.amount])).toEqual([['Topsoil, bulk bag', 420], ['Bark mulch, bulk bag', 80], ['Delivery', 25]]);
    expect(runChecks(inv, NOW).find((c) => c.id === 'items_sum')?.ok).toBe(true);
  });

  it('adds nothing when the items already make the net', () => {
    const inv = lines(invoice([['Net', '500.00'], ['VAT @ 20%', '100.00'], ['Total GBP', '600.00']], 'Discount 2% if paid within 10 days: 12.00'));
    expect(inv.items.map((i) => i.name)).toEqual(['Topsoil, bulk bag', 'Bark mulch, bulk bag']);
  });

  it('adds nothing, and the check still fails, when no discount explains the difference', () => {
    const inv = lines(invoice([['Goods total', '500.00'], ['Discount', '-30.00'], ['Net', '450.00'], ['VAT @ 20%', '90.00'], ['Total GBP', '540.00']]));
    expect(inv.items).toHaveLength(2);
    expect(runChecks(inv, NOW).find((c) => c.id === 'items_sum')?.ok).toBe(false);
  });
});
