/**
 * A report in small type (wkhtmltopdf shrinks an Odoo-like page): the customer's block sits at the top
 * right, level with the letterhead, above the window's band, without a label, its town line in the
 * English-speaking form ("Kingston, NY 12401", "Hebden Bridge HX7 6AA"). Read, in doubt, as such a block
 * with a continental town line is; not left empty with the document passed as right.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

function odooPage(buyer: string[]) {
  const rows = (x: number, y: number, texts: string[]) => texts.map((t, i) => d(x, y + 3 * i, t, 2.4));
  return toPageText([
    ...rows(10, 4, ['Hudson Valley Sign Co.', '88 Broadway', 'Kingston, NY 12401']),
    ...rows(114, 20, buyer),
    d(10, 36, 'Invoice INV/2025/0731', 4),
    d(10, 45, 'Invoice Date:', 2.4), d(10, 48, 'July 31, 2025', 2.4),
    d(10, 56, 'Description', 2.4), d(110, 56, 'Quantity', 2.4), d(170, 56, 'Amount', 2.4),
    d(10, 60, 'Carved cedar storefront sign', 2.4), d(110, 60, '1.00 Units', 2.4), d(170, 60, '$2,020.00', 2.4),
    d(120, 70, 'Untaxed Amount', 2.4), d(170, 70, '$2,020.00', 2.4),
    d(120, 74, 'Sales Tax 8.125%', 2.4), d(170, 74, '$164.13', 2.4),
    d(120, 78, 'Total', 2.4), d(170, 78, '$2,184.13', 2.4),
  ], 210, 297);
}

describe('a customer block beside the letterhead with an English-speaking town line', () => {
  for (const buyer of [['Rondout Creek Bakery', '41 Abeel Street', 'Kingston, NY 12401'], ['Calder Valley Outdoor', 'Market Street', 'Hebden Bridge HX7 6AA']]) {
    it(`"${buyer[2]}": the block's name, in doubt`, () => {
      const inv = parseWesternInvoiceText(odooPage(buyer));
      expect([inv.seller.name, inv.buyer.name, inv.totalAmount]).toEqual(['Hudson Valley Sign Co.', buyer[0], 2184.13]);
      expect(guessesOf(inv)['buyer.name']).toContain('beside the letterhead');
    });
  }
});
