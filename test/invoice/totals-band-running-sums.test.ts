/**
 * Totals printed as one band of header cells over a row of figures that runs through the sums left to right
 * (a subtotal, a discount, the net, the tax, the gross, a payment made, the balance): two cells name a net and
 * two a gross. Net, tax and gross are the tax's figure with the net cell nearest left of it and the gross cell
 * nearest right of it, when they add up; on the supplier invoice of supplier-bill.ts, in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { d, type Draw } from './page-builder.js';
import { read } from './supplier-bill.js';

/** A band across the page at y 150: header cells over their figures, each column 26 mm wide. */
const band = (cells: Array<[string, string]>): Draw[] => cells.flatMap(([head, figure], k) => [d(14 + 26 * k, 150, head, 2.4), d(16 + 26 * k, 155, figure, 2.8)]);
const NO_TOTALS: Array<[string, string]> = [];

describe('a band of running totals', () => {
  it('net, tax and gross read from the band, not the subtotal nor the balance', () => {
    for (const [cells, want] of [
      [[['Sous-total HT', '259,50 €'], ['Remise 10 %', '-25,95 €'], ['Total HT', '233,55 €'], ['TVA 20 %', '46,71 €'], ['Total TTC', '280,26 €'], ['Déjà réglé', '-100,00 €'], ['Reste à payer', '180,26 €']], [233.55, 46.71, 280.26]],
      [[['Subtotal', '1,200.00'], ['Discount 5%', '-60.00'], ['Net', '1,140.00'], ['VAT 20%', '228.00'], ['Total', '1,368.00'], ['Paid', '-500.00'], ['Balance due', '868.00']], [1140, 228, 1368]],
      [[['Zwischensumme', '840,00'], ['Rabatt 10 %', '-84,00'], ['Netto', '756,00'], ['USt 19 %', '143,64'], ['Brutto', '899,64'], ['Anzahlung', '-300,00'], ['Restbetrag', '599,64']], [756, 143.64, 899.64]],
    ] as Array<[Array<[string, string]>, number[]]>) {
      const inv = read({ totals: NO_TOTALS, extra: band(cells) });
      expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual(want);
    }
  });

  it('a band whose figures do not add up is not read as one', () => {
    const inv = read({ totals: NO_TOTALS, extra: band([['Subtotal', '1,200.00'], ['Discount 5%', '-60.00'], ['Net', '1,140.00'], ['VAT 20%', '228.00'], ['Total', '1,400.00'], ['Paid', '-500.00'], ['Balance due', '900.00']]) });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).not.toEqual([1140, 228, 1400]);
  });
});
