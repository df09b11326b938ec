/**
 * A small trader's bill may state its total and its terms in one sentence: "Total due: $581.30, net 30." The terms'
 * "net 30" was read as the net amount, 30, and its line as a net line, so the total on it was not read. Terms end
 * a clause too (a comma, a full stop), not only a line or a cell; a net amount keeps its cents ("Net 30.00").
 * (A court interpreter's invoice of the 195th batch, in generated variants.)
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

describe('payment terms in the total’s sentence', () => {
  it('reads the total, and no net of the terms’ days', () => {
    for (const sentence of ['Total due: $581.30, net 30. Interpretation is not subject to sales tax.', 'Total due: $581.30 - payable net 15.', 'Total due: $581.30. Payable net 30 days.']) {
      const inv = read({ totals: [], extra: [d(22, 130, sentence)] });
      expect([inv.amount === 30 || inv.amount === 15, inv.totalAmount], sentence).toEqual([false, 581.3]);
    }
  });

  it('still reads a net of thirty with its cents (control)', () => {
    const inv = read({ totals: [['Net', '30.00'], ['VAT 20%', '6.00'], ['Total', '36.00']] });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([30, 6, 36]);
  });
});
