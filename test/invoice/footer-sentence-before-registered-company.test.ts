/**
 * A printer's invoice names its company only in the footer, after the payment terms on the same line:
 * "Terms: 30 days. Inkwell Press Ltd, registered in England no. …". The sentence before the name ends with
 * its stop and is no part of the name; a company form's own stop ("Smith Bros. Ltd") is. The 138th batch's
 * UK printer's invoice as a browser printed it (seller read as "Terms: 30 days. Inkwell Press Ltd").
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (footer: string) => toPageText([
  d(18.3, 17.5, 'Inkwell Press', 5.29), d(142.8, 17.5, 'Unit 7, Riverside Works', 4.23),
  d(18.3, 24, 'Litho & digital printing since 1984', 2.47), d(155, 22.5, 'Norwich NR3 1AB', 4.23),
  d(17.2, 38.9, 'SALES INVOICE', 6.35),
  d(18.3, 50, 'Invoice To', 4.23), d(76.3, 50, 'Deliver To', 4.23), d(135.4, 50.5, 'Invoice No.', 4.23), d(164.4, 50.5, '44718', 4.23),
  d(18.3, 55, 'Norfolk Wildlife Friends CIO', 4.23), d(76.3, 55, 'Bure Valley Visitor Centre', 4.23),
  d(135.4, 56.6, 'Date/Tax Point', 4.23), d(164.4, 56.6, '21/11/2025', 4.23),
  d(18.3, 60, 'The Old Granary', 4.23), d(76.3, 60, 'Station Road', 4.23),
  d(18.3, 65, 'Wymondham NR18 0AA', 4.23), d(76.3, 65, 'Wroxham NR12 8UR', 4.23),
  d(18.3, 108.7, 'Description', 4.23), d(175, 108.7, 'Net £', 4.23),
  d(18.3, 115, 'Poster A2, 4/0, 170gsm gloss', 4.23), d(177.3, 115, '205.00', 4.23),
  d(126.7, 146.3, 'Goods Net', 4.23), d(177.3, 146.3, '205.00', 4.23),
  d(126.7, 152.4, 'VAT at 20%', 4.23), d(180, 152.4, '41.00', 4.23),
  d(126.7, 158.5, 'Invoice Total £', 4.23), d(175.7, 158.5, '246.00', 4.23),
  d(17.2, 172.7, footer, 2.47),
], 210, 297);

describe('a sentence before the company a footer says is registered', () => {
  it('is no part of its name', () => {
    const inv = parseWesternInvoiceText(page('Terms: 30 days. Inkwell Press Ltd, registered in England no. 01844712, VAT no. GB 320 4471 20.'));
    expect(inv.seller.name).toBe('Inkwell Press Ltd');
  });
  it('but a form’s own stop is the name’s', () => {
    const inv = parseWesternInvoiceText(page('Inkwell Bros. Ltd, registered in England no. 01844712, VAT no. GB 320 4471 20.'));
    expect(inv.seller.name).toBe('Inkwell Bros. Ltd');
  });
});
