/**
 * A post-office box as the street row of a customer's block ("PO Box 2207", "P.O. Box 14"): an address's
 * row, not the label of a purchase order's number ("PO", "P.O."). Read as a label, it broke the block
 * there, and the town line under it was taken for the customer's name.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));

/** A bill whose customer block starts above the window, an info grid beside it with its values half a row lower. */
const bill = (box: string, contact = 'Attn: Accounts') => parse([
  d(17, 14, 'wattle telecom', 7), d(165, 14, 'Tax Invoice', 5), d(168, 20, 'ABN 27 118 604 330', 2.5),
  d(17, 32, 'Brolga Plumbing Services Pty Ltd', 4.5), d(122, 32, 'Account number'),
  d(17, 37, contact), d(122, 37.5, 'Invoice number'), d(169, 33.5, '5518 2093'),
  d(17, 42, box), d(122, 42.5, 'Issue date'), d(165, 38.5, '7004512277'),
  d(17, 47, 'Bundaberg QLD 4670'), d(165, 43.5, '14 Nov 2026'), d(122, 50.8, 'Billing period'), d(146, 50.8, '14 Oct – 13 Nov 2026'),
  d(17, 90, 'Business plan 60GB'), d(170, 90, '$120.00'),
  d(110, 110, 'Total (incl. GST)'), d(170, 110, '$120.00'), d(110, 115, 'GST included'), d(170, 115, '$10.91'),
  d(17, 280, 'Wattle Telecom Pty Ltd ABN 27 118 604 330 · Level 3, 88 Creek Street, Brisbane QLD 4000 · 13 22 18', 2.5),
]);

describe('a post-office box row in the customer block', () => {
  it('keeps the block whole: the name over the box and the town', () => {
    for (const box of ['PO Box 2207', 'P.O. Box 14', 'PO BOX 318']) {
      const inv = bill(box);
      expect(inv.buyer.name, box).toBe('Brolga Plumbing Services Pty Ltd');
      expect(inv.buyer.address, box).toContain('Bundaberg QLD 4670');
    }
  });
});
