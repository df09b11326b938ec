/**
 * A tax line whose decimal point a worn print lost to a space ("GST 6%  3 33" for 3.33), under which the
 * receipt prints a tax summary by code ("ZR 0%  100.00  0.00", "SR 6%  55.50  3.33"): the summary's rows,
 * which make the total, give the net and the tax, and the receipt adds up.
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { settledTill } from './till-page.js';

const wholesaler = (taxLine: string) => settledTill(['KEDAI BORONG MAJU JAYA', 'MAJU JAYA TRADING (KA0123456-P)', 'GST ID: 001122334455', '5, JALAN PASAR, 05000 ALOR SETAR', 'TAX INVOICE',
  'Date: 05/04/2017  Inv MJ/0405', '10 BERAS 10KG  100.00 ZR', '15 GULA 1KG  55.50 SR', 'SUB TOTAL  155.50', taxLine, 'GRAND TOTAL  158.83', 'CHEQUE MBB 220114  158.83',
  'GST SUMMARY', 'ZR 0%  100.00  0.00', 'SR 6%  55.50  3.33', 'TERIMA KASIH']);

describe('a tax line with its point lost, and a tax summary', () => {
  it('reads the tax and the net from the summary: the total is not in doubt', () => {
    const r = wholesaler('GST 6%  3 33');
    expect(r.invoice.totalAmount).toBe(158.83);
    expect(r.invoice.taxAmount).toBe(3.33);
    expect(r.invoice.amount).toBe(155.5);
    expect(r.checks.find((c) => c.id === 'totals_consistent')?.ok ?? true).toBe(true);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('keeps a tax line that reads', () => {
    const r = wholesaler('GST 6%  3.33');
    expect(r.invoice.taxAmount).toBe(3.33);
    expect(r.invoice.totalAmount).toBe(158.83);
  });
});
