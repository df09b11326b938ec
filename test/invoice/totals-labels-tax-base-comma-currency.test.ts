/**
 * Small suppliers' bills from the edges of Europe, in English, label their totals as their own forms do: the net as
 * the "Tax base" or "Taxable base", the total "to be paid", the currency after a comma ("Total payable, EUR", "VAT
 * 21%, EUR", as Baltic forms print "Kopā, EUR"), and Andorra's tax as "IGI". Each label alone was read by the sum of
 * the other two; with two of them on one page nothing was. (Bills of the 201st-205th batches, in generated variants.)
 */
import { describe, expect, it } from 'vitest';
import { totals } from './supplier-bill.js';

describe('totals labelled as the forms of small European suppliers print them', () => {
  it('reads net, tax and total', () => {
    for (const rows of [
      [['Tax base', '1,240.00'], ['VAT 23 %', '285.20'], ['Total to be paid', '1,525.20']],
      [['Taxable base', '1,240.00'], ['VAT 23 %', '285.20'], ['Amount to be paid', '1,525.20']],
      [['Total excl. VAT, EUR', '1,240.00'], ['VAT 23%, EUR', '285.20'], ['Total payable, EUR', '1,525.20']],
      [['Tax base', '1,240.00'], ['VAT 23%', '285.20'], ['Amount due, EUR', '1,525.20']],
    ] as Array<Array<[string, string]>>) {
      expect(totals({ totals: rows }), rows.map((r) => r[0]).join(' | ')).toEqual([1240, 285.2, 1525.2]);
    }
  });

  it('reads Andorra’s IGI as the tax', () => {
    expect(totals({ totals: [['Taxable base', '1,240.00'], ['IGI 4.5%', '55.80'], ['Total', '1,295.80']] })).toEqual([1240, 55.8, 1295.8]);
  });
});
