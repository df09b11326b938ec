/**
 * A customer's label before a purchase order's word in the info block ("Customer PO | AVMG-7731") labels the
 * order's number, no buyer; on generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { read } from './supplier-bill.js';

describe('a customer\'s purchase order label', () => {
  it('is no buyer: the window\'s block is', () => {
    for (const label of ['Customer PO', 'Customer P.O.', 'Client PO #', 'Customer Purchase Order', 'Cliente pedido']) {
      const inv = read({ info: [['Invoice No.', '10457'], ['Invoice date', '10.02.2025'], [label, 'AVMG-7731']] });
      expect(inv.buyer.name).toBe('Corrib Dental Ltd');
    }
  });

  it('control: "Customer" with a name beside it is the buyer', () => {
    const inv = read({ window: [], info: [['Invoice No.', '10457'], ['Invoice date', '10.02.2025'], ['Customer', 'Poolbeg Marine Ltd']] });
    expect(inv.buyer.name).toBe('Poolbeg Marine Ltd');
  });
});
