/**
 * A registrar's or a SaaS receipt heads the customer's block "Billing contact" beside the domain's
 * "Registrant": the label of the party billed, no name; the company under it is the buyer. The 133rd
 * batch's domain registrar receipt as a browser printed it (its buyer read as "Billing contact").
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

describe('"Billing contact" over a block', () => {
  it('labels the buyer', () => {
    const inv = parseWesternInvoiceText(toPageText([
      d(18, 17, 'HOSTLY', 5), d(150, 17, 'Order #882041'),
      d(18, 24, 'Hostly Domains Ltd, 9 Quay Street, Bristol BS1 4DJ', 2.5),
      d(136, 22, 'Invoice HD-2025-882041'), d(150, 28, 'Paid 14 Nov 2025'),
      d(18, 42, 'Billing contact', 2.5), d(106, 42, 'Registrant', 2.5),
      d(18, 45, 'Fennick Joinery Ltd'), d(106, 45, 'Tom Fennick'),
      d(18, 50, 'Tom Fennick'), d(106, 50, 'fennickjoinery.co.uk'),
      d(18, 55, '3 Mill Lane, Frome BA11 1AB'),
      d(18, 67, 'Product'), d(180, 67, 'Price'),
      d(18, 73, 'fennickjoinery.co.uk'), d(177, 73, '£17.98'),
      d(140, 90, 'Subtotal'), d(177, 90, '£17.98'), d(140, 95, 'VAT (20%)'), d(178, 95, '£3.60'),
      d(140, 100, 'Total'), d(177, 100, '£21.58'),
    ], 210, 297));
    expect(inv.buyer.name).toBe('Fennick Joinery Ltd');
    expect(inv.seller.name).toBe('Hostly Domains Ltd');
  });
});
