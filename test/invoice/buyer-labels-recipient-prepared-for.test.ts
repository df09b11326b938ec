/**
 * "Recipient" (beside "Supplier", as Lithuanian and Bulgarian forms in English set them) and "Prepared for" (a
 * genealogist's or a consultant's fee note) head the buyer's block alone: they were read as the buyer's name, or
 * the block as the seller's. A "Recipient:" before a name on a payment line is no heading of a block and stays
 * unread as one. (Bills of the 204th and 205th batches, in generated variants.)
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const labelled = (label: string) => read({
  letterhead: [],
  window: [],
  extra: [d(22, 22, 'Supplier'), d(22, 27, 'Harbour Print Ltd'), d(22, 32, '4 Quay Street, Galway'),
    d(110, 22, label), d(110, 27, 'Corrib Dental Ltd'), d(110, 32, '12 Shop Street'), d(110, 37, 'Galway')],
});

describe('a buyer’s block under "Recipient" or "Prepared for"', () => {
  it('reads the block’s name as the buyer', () => {
    for (const label of ['Recipient', 'Recipient:', 'Prepared for', 'Prepared for:']) {
      const inv = labelled(label);
      expect([inv.seller.name, inv.buyer.name], label).toEqual(['Harbour Print Ltd', 'Corrib Dental Ltd']);
    }
  });
});
