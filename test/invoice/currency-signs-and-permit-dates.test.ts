/**
 * What the fifty-eighth to sixtieth batches of unseen supplier invoices printed that the parser missed:
 * currencies named by a sign other than the dollar, euro, pound, yen and rupee (₦, ₱) or by an ISO code
 * beside their figures (AED, KES), a printer's permit's issue date at the foot, Icelandic month names and
 * date labels, "del" before a Spanish date's year. One class varied at a time on the supplier invoice of
 * supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/invoice/dates.js';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

describe('currencies by a sign or a code the page prints beside its figures', () => {
  const bill = (totals: Array<[string, string]>, item = '2,000,000.00') => read({ item: ['Solar inverter, installed', item], totals });

  it('the naira\'s sign before each figure: the currency, and the totals read through it', () => {
    const inv = bill([['Subtotal', '₦2,000,000.00'], ['VAT (7.5%)', '₦150,000.00'], ['Total Due', '₦2,150,000.00']], '₦2,000,000.00');
    expect([inv.currency, inv.amount, inv.taxAmount, inv.totalAmount]).toEqual(['NGN', 2000000, 150000, 2150000]);
  });

  it('the Philippine peso\'s sign before the total only', () => {
    const inv = bill([['Net of VAT', '50,000.00'], ['VAT 12%', '6,000.00'], ['TOTAL AMOUNT DUE', '₱56,000.00']], '50,000.00');
    expect([inv.currency, inv.totalAmount]).toEqual(['PHP', 56000]);
  });

  it('an ISO code before or after the figures, or in a label\'s brackets', () => {
    expect(bill([['Total excl. VAT', 'AED 34,500.00'], ['VAT 5%', 'AED 1,725.00'], ['Total incl. VAT', 'AED 36,225.00']], '34,500.00').currency).toBe('AED');
    expect(bill([['Taxable Amount', '500,000.00'], ['VAT @ 16%', '80,000.00'], ['Total (KES)', '580,000.00']], '500,000.00').currency).toBe('KES');
    expect(bill([['Вкупно без ДДВ', '55.800,00 MKD'], ['ДДВ 18%', '10.044,00 MKD'], ['Вкупно', '65.844,00 MKD']], '55.800,00').currency).toBe('MKD');
  });

  it('three capitals beside a figure without cents name no currency', () => {
    expect(read({ letterhead: ['Harbour Print Ltd', 'TOP 10 PRINTERS 2025'], totals: [['Subtotal', '1,240.00'], ['VAT 23 %', '285.20'], ['Total', '1,525.20']] }).currency).toBeNull();
  });
});

describe('the date a printer\'s permit was issued, at the foot', () => {
  it('is the permit\'s, not the invoice\'s date', () => {
    const date = (foot: string) => read({ info: [['Date:', 'November 14, 2025']], extra: [d(22, 270, foot)] }).date;
    expect(date('50 Bklts. (50x3) 004001-006500 · BIR Authority to Print No. OCN 4AU0001184477 · Date Issued: January 15, 2024')).toBe('2025-11-14');
    expect(date('Printer\'s Accreditation No. 042-118 · Date Issued: 03/02/2024')).toBe('2025-11-14');
    expect(date('Permit No. FP-0118-2024 · Date of Issue: 15 January 2024')).toBe('2025-11-14');
  });
});

describe('dates written out', () => {
  it('Icelandic month names', () => {
    expect(['14. nóvember 2025', '3. febrúar 2026', '1. ágúst 2025', '17. júní 2025', '2. maí 2025'].map((s) => parseDate(s)))
      .toEqual(['2025-11-14', '2026-02-03', '2025-08-01', '2025-06-17', '2025-05-02']);
  });

  it('"del" before the year, as Latin American Spanish prints it', () => {
    expect(['14 de Noviembre del 2025', 'Santiago, 2 de enero del 2026'].map((s) => parseDate(s))).toEqual(['2025-11-14', '2026-01-02']);
  });
});

describe('Icelandic date labels', () => {
  it('"Reikningsdagur" is the issue date, "Gjalddagi" and "Eindagi" the due dates', () => {
    const date = (rows: Array<[string, string]>) => read({ info: rows }).date;
    expect(date([['Gjalddagi:', '28. nóvember 2025'], ['Reikningsdagur:', '14. nóvember 2025'], ['Eindagi:', '5. desember 2025']])).toBe('2025-11-14');
    expect(date([['Útgáfudagur:', '14.11.2025'], ['Eindagi:', '28.11.2025']])).toBe('2025-11-14');
  });
});
