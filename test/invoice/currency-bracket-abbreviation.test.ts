/**
 * A code of three capitals in brackets that ISO 4217 knows only as a withdrawn currency ("(SDD)", SEPA's
 * direct debit on an Italian bill, once the Sudanese dinar): an abbreviation, no currency. A code in use in
 * a header's brackets still names one. Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

/** An Italian bill whose amounts print no sign, with the row `row` under its totals. */
const page = (row: string) => read({
  letterhead: ['Telenova S.p.A.', 'Via Tortona 25, 20144 Milano', 'P.IVA IT09447120882'],
  totals: [['Totale imponibile', '64,50'], ['IVA 22%', '14,19'], ['Totale da pagare', '78,69']],
  extra: [d(22, 230, row)],
});

describe('a code in brackets', () => {
  it('names no currency when ISO 4217 has withdrawn it', () => {
    expect(page('Addebito su conto corrente (SDD) il 25/11/2025.').currency).toBe('EUR');
  });

  it('names one in use', () => {
    expect(page('Importi espressi in franchi (CHF).').currency).toBe('CHF');
  });

  it("names a withdrawn one that an amount's word heads, as an invoice of before the euro prints it", () => {
    expect(page('Total Amount (ITL) 152.370').currency).toBe('ITL');
  });
});
