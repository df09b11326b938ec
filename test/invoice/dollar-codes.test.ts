/**
 * A bare "$" on the figures, and the dollar named once by its code beside a total ("Total Due (NZD)") or
 * by its sign ("NZ$"): the page's currency is that dollar, not the US one the bare signs outnumber it
 * with, even where no country name or tax number says which.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

/** A plumber's invoice with "$" figures; `total` labels the total row. */
function page(total: string, totalFigure = '$3,199.76') {
  return toPageText([
    d(20, 15, 'Kauri Coast Plumbing Ltd', 5), d(150, 15, 'TAX INVOICE', 5),
    d(20, 24, '14 Victoria Street, Whangarei 0110'), d(20, 29, 'GST No. 112-458-903'),
    d(125, 36, 'Invoice No.'), d(160, 36, 'KCP-7706'), d(125, 41, 'Invoice Date'), d(160, 41, '05/11/2025'),
    d(20, 50, 'Bill To'), d(20, 55, 'Pohutukawa Lodge Ltd'), d(20, 60, '3 Marsden Road, Paihia 0200'),
    d(20, 75, 'Description'), d(170, 75, 'Amount'),
    d(20, 81, 'Hot water cylinder, installed'), d(170, 81, '$2,150.00'),
    d(20, 86, 'Labour (hours)'), d(170, 86, '$632.40'),
    d(125, 98, 'Subtotal'), d(170, 98, '$2,782.40'),
    d(125, 104, 'GST 15%'), d(170, 104, '$417.36'),
    d(125, 110, total), d(170, 110, totalFigure),
  ]);
}

describe('a dollar named by its code among bare "$" figures', () => {
  for (const [label, code] of [['Total Due (NZD)', 'NZD'], ['Total AUD', 'AUD'], ['Total (CAD)', 'CAD'], ['Total in SGD', 'SGD']] as const) {
    it(`"${label}": ${code}`, () => {
      const invoice = parseWesternInvoiceText(page(label));
      expect([invoice.currency, invoice.totalAmount]).toEqual([code, 3199.76]);
    });
  }
  it('"NZ$" on the total alone: NZD', () => expect(parseWesternInvoiceText(page('Total Due', 'NZ$3,199.76')).currency).toBe('NZD'));
  it('a code as a word of a description ("CAD drafting"): no dollar named, the page\'s GST number says which', () => {
    const pages = page('Total Due');
    pages[0]!.items.push({ text: 'CAD drafting, 9 hours @ $95.00', x: 20, y: 91, width: 60, height: 3.5, page: 1 });
    // (The plumber's "GST No. 112-458-903" is a New Zealand GST number: the description's "CAD" is no Canadian dollar.)
    expect(parseWesternInvoiceText(pages).currency).toBe('NZD');
  });
  it('"Total Due (USD)": USD', () => expect(parseWesternInvoiceText(page('Total Due (USD)')).currency).toBe('USD'));
  it('two other dollars named: neither taken, the bare "$" stays the US dollar', () => {
    const pages = page('Total Due (NZD)');
    pages[0]!.items.push({ text: 'Also payable in AUD', x: 20, y: 125, width: 60, height: 3.5, page: 1 });
    expect(parseWesternInvoiceText(pages).currency).toBe('USD');
  });
});
