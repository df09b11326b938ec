/**
 * An item table whose header wraps in narrow cells ("Wartość" over "netto", "Kwota" over "VAT", "Wartość" over
 * "brutto") has a second header row that names a net twice, a tax and a gross: the shape of a band of running
 * totals. The row of figures under it is the first item's, not the invoice's sums; a scan that ran the quantity's
 * header into the description's ("Nazwa towaru lub Ilość J.m.") leaves no item header word to say so. On the
 * supplier invoice of supplier-bill.ts, a Polish ERP's table in its place.
 */
import { describe, expect, it } from 'vitest';
import { d, type Draw } from './page-builder.js';
import { read } from './supplier-bill.js';

const columns = [14, 24, 60, 84, 100, 122, 134, 154];
const row = (y: number, cells: Array<string | null>): Draw[] => cells.flatMap((text, k) => (text === null ? [] : [d(columns[k]!, y, text, 2.6)]));

// (The header as a scan reads it: the quantity's header run into the description's cell.)
const table: Draw[] = [
  ...row(150, ['Lp.', 'Nazwa towaru lub Ilość J.m.', null, 'Cena', 'Wartość', 'VAT', 'Kwota', 'Wartość']),
  ...row(154, [null, 'usługi', null, 'netto', 'netto', '%', 'VAT', 'brutto']),
  ...row(160, ['1', 'Regał magazynowy', '10 szt.', '420,00', '4 200,00', '23', '966,00', '5 166,00']),
  ...row(166, ['2', 'Wózek paletowy', '1 szt.', '1 650,00', '1 650,00', '23', '379,50', '2 029,50']),
  ...row(172, ['3', 'Montaż regałów', '1 usł.', '600,00', '600,00', '23', '138,00', '738,00']),
  d(14, 186, 'Do zapłaty: 7 933,50 PLN', 2.8),
];

describe('an item table header wrapped in narrow cells', () => {
  it('gives no totals from its first item row', () => {
    const inv = read({ totals: [], extra: table });
    expect(inv.totalAmount).toBe(7933.5);
    expect([inv.amount, inv.taxAmount]).not.toEqual([4200, 966]);
  });
});
