/**
 * A Spanish invoice to a retailer under the recargo de equivalencia, its totals box a row per VAT rate with the
 * surcharge's own columns beside the VAT's ("Base imponible | % IVA | Cuota IVA | % R.E. | Cuota R.E."), the total
 * beside the rows: the tax was the VAT's quotas alone, and the total, not read, was net plus that. The surcharge's
 * quotas are part of the tax. A generated page of that layout.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

/** A text set right, ending at `right` (the builder's glyphs are 0.55 of their height wide). */
const r = (right: number, y: number, text: string): Draw => d(right - text.length * 1.65, y, text);

function page(surchargeHeader: string): Draw[] {
  return [
    d(15, 15, 'Suministros Hosteleros del Sur, S.L.', 6), d(15, 23, 'C/ Tomás de Ybarra, 14 · 41001 Sevilla · CIF B41552783'),
    d(120, 40, 'CLIENTE'), d(120, 45, 'Confitería La Giralda'), d(120, 50, 'Manuel Ortiz Campos'), d(120, 55, 'C/ Sierpes, 61'), d(120, 60, '41004 Sevilla'),
    d(15, 72, 'FACTURA', 5),
    d(15, 80, 'Nº FACTURA'), d(55, 80, 'FECHA'), d(90, 80, 'N.I.F.'),
    d(15, 85, 'B-2026/3318'), d(55, 85, '27/11/2026'), d(90, 85, '28771402M'),
    d(15, 100, 'DESCRIPCIÓN'), r(195, 100, 'IMPORTE'),
    d(15, 106, 'HARINA DE TRIGO FLOJA 25 KG'), r(195, 106, '310,00'),
    d(15, 112, 'PAPEL SULFURIZADO 40X60 (1000 H.)'), r(195, 112, '210,00'),
    d(15, 140, 'BASE IMPONIBLE'), d(60, 140, '% IVA'), d(80, 140, 'CUOTA IVA'), d(110, 140, '% R.E.'), d(130, 140, surchargeHeader), d(165, 140, 'TOTAL FACTURA'),
    r(50, 146, '310,00'), r(75, 146, '10,00'), r(105, 146, '31,00'), r(125, 146, '1,40'), r(155, 146, '4,34'), r(195, 146, '610,36 €'),
    r(50, 152, '210,00'), r(75, 152, '21,00'), r(105, 152, '44,10'), r(125, 152, '5,20'), r(155, 152, '10,92'),
  ];
}

describe('the equivalence surcharge\'s quota column in the tax box', () => {
  it('adds the surcharge\'s quotas to the tax', () => {
    for (const header of ['CUOTA R.E.', 'Cuota recargo', 'IMPORTE R.E.']) {
      const inv = parseWesternInvoiceText(toPageText(page(header), 210, 297));
      expect([inv.amount, inv.taxAmount]).toEqual([520, 90.36]);
      expect(inv.totalAmount).toBe(610.36);
    }
  });
});
