/**
 * A party's name in a narrow "Name" value cell of an e-invoice's view, wrapped twice, its company form on the third
 * row with the name's last word ("Corran" over "Analytical Services" over "Scotland Limited"): the three rows are the
 * name. (Before, only a form alone on the third row was, and the name lost its end while the status stayed ok.)
 * An address row under two rows of a name stays the address's.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (seller: string[]): PageText[] => [{ page: 1, width: 210, height: 297, items: [
  w(17.7, 15.3, 'Peppol BIS Billing 3.0 – Invoice (380)', 4.23, 77.4),
  w(17.5, 25.4, 'Invoice number', 4.23, 33.0),
  w(65.1, 25.4, 'CAS-2026-0412', 4.23, 30.9),
  w(17.5, 31.5, 'Issue date', 4.23, 21.8),
  w(65.1, 31.5, '2026-11-20', 4.23, 24.6),
  w(17.5, 37.6, 'Currency', 4.23, 19.1),
  w(65.1, 37.6, 'GBP', 4.23, 8.7),
  w(17.5, 47.8, 'Seller', 4.23, 13.8),
  w(18.8, 54.4, 'Name', 4.23, 12.5),
  ...seller.map((t, k) => w(61.9, 54.4 + 5.03 * k, t, 4.23, 2 * t.length)),
  w(18.8, 54.4 + 5.03 * seller.length + 1, 'Address', 4.23, 16.9),
  w(61.9, 54.4 + 5.03 * seller.length + 1, '12 Harbour Road,', 4.23, 31.4),
  w(61.9, 59.4 + 5.03 * seller.length + 1, 'Oban PA34 4LL, GB', 4.23, 33.0),
  w(106.4, 47.8, 'Buyer', 4.23, 14.0),
  w(107.7, 54.4, 'Name', 4.23, 12.5),
  w(149.8, 54.4, 'Argyll Water Board', 4.23, 38.8),
  w(107.7, 59.4, 'Address', 4.23, 16.9),
  w(149.8, 59.4, '1 Quay Street, Oban', 4.23, 36.0),
  w(17.5, 110.0, 'Total without VAT', 4.23, 36.0),
  w(70.0, 110.0, '1,000.00', 4.23, 16.0),
  w(17.5, 116.0, 'Total VAT', 4.23, 20.0),
  w(70.0, 116.0, '200.00', 4.23, 12.0),
  w(17.5, 122.0, 'Amount due for payment', 4.23, 48.0),
  w(70.0, 122.0, '1,200.00', 4.23, 16.0),
] }];

describe('a name wrapped twice in its value cell', () => {
  it('takes the third row with the company form', () => {
    expect(parseWesternInvoiceText(page(['Corran', 'Analytical Services', 'Scotland Limited'])).seller?.name).toBe('Corran Analytical Services Scotland Limited');
  });
  it('keeps a name of two rows to its rows', () => {
    expect(parseWesternInvoiceText(page(['Corran Analytical', 'Services Limited'])).seller?.name).toBe('Corran Analytical Services Limited');
  });
});
