/**
 * A page that opens with a brand ("ParkWise") and names its company in the footer's sentence that ties the two
 * ("ParkWise is a trading name of PW Car Park Services Ltd, …"): the seller is the company, not in doubt, since the
 * page says whose brand it is (the 153rd batch's car park and conference invoices were right and flagged). Without
 * the sentence the seller stays for a person to weigh.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import type { PageText, TextItem } from '../../src/core/text.js';

/** A text item with the width the printed face gives it. */
const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const items = [
  w(17.2, 16.8, 'ParkWise', 7.05, 37.09),
  w(17.2, 25.3, 'Car park management', 2.47, 27.88),
  w(18.3, 36.7, 'Customer', 2.47, 11.99),
  w(18.3, 39.4, 'Calder Valley Housing Association', 4.23, 71.73),
  w(18.3, 44.4, 'Facilities Team', 4.23, 30.68),
  w(18.3, 49.5, 'Aire House, 21 Wellington Street', 4.23, 68.94),
  w(18.3, 54.5, 'Leeds LS1 4DL', 4.23, 31.13),
  w(106.2, 36.7, 'Site', 2.47, 4.74),
  w(106.2, 39.4, 'Riverside Multi-Storey', 4.23, 46.56),
  w(106.2, 44.4, 'Level 3, bays 301-310', 4.23, 46.93),
  w(106.2, 49.5, 'Navigation Road, Leeds LS10 1JQ', 4.23, 70.28),
  w(17.2, 66.1, 'Tax Invoice', 4.59, 28.69),
  w(18.3, 72.0, 'Invoice number', 4.23, 33.00),
  w(69.5, 72.0, 'PW/INV/0091447', 4.23, 35.76),
  w(18.3, 78.1, 'Invoice date', 4.23, 26.03),
  w(69.5, 78.1, '01 December 2025', 4.23, 40.80),
  w(18.3, 84.1, 'Customer number', 4.23, 38.43),
  w(69.5, 84.1, 'CV-2207', 4.23, 17.90),
  w(18.3, 90.2, 'Permit numbers', 4.23, 33.71),
  w(69.5, 90.2, '44871 - 44880', 4.23, 31.15),
  w(18.3, 100.3, 'Description', 4.23, 27.38),
  w(103.2, 100.3, 'Qty', 4.23, 8.38),
  w(123.3, 100.3, 'Unit', 4.23, 9.93),
  w(121.3, 105.3, 'price', 4.23, 11.95),
  w(145.7, 100.3, 'Net', 4.23, 8.44),
  w(162.3, 100.3, 'VAT', 4.23, 8.82),
  w(178.6, 100.3, 'Gross', 4.23, 13.51),
  w(18.3, 111.7, 'Quarterly season permit, reserved', 4.23, 72.82),
  w(18.3, 116.7, 'bay, Dec 2025 - Feb 2026', 4.23, 54.62),
  w(106.2, 111.7, '10', 4.23, 5.39),
  w(118.4, 111.7, '120.00', 4.23, 14.81),
  w(135.3, 111.7, '1,200.00', 4.23, 18.85),
  w(156.3, 111.7, '240.00', 4.23, 14.81),
  w(173.2, 111.7, '1,440.00', 4.23, 18.85),
  w(133.1, 125.7, 'Total net', 4.23, 18.18),
  w(170.5, 125.7, '£1,200.00', 4.23, 21.54),
  w(133.1, 131.8, 'Total VAT (20%)', 4.23, 33.07),
  w(174.6, 131.8, '£240.00', 4.23, 17.51),
  w(133.1, 137.8, 'Total payable', 4.23, 31.76),
  w(168.3, 137.8, '£1,440.00', 4.23, 23.84),
  w(17.2, 146.4, 'Registered vehicles may be changed online. Payment within 14 days of the invoice date.', 2.82, 125.33),
  w(17.2, 160.0, 'ParkWise is a trading name of PW Car Park Services Ltd, 3 Kirkstall Road, Leeds LS3 1LH. Company No. 10447182. VAT No. GB 271 4471 80.', 2.47, 173.23),
];

describe('a brand the footer ties to its company', () => {
  it('reads the company as the seller, not in doubt', () => {
    const inv = parseWesternInvoiceText(page(items));
    expect(inv.seller.name).toBe('PW Car Park Services Ltd');
    expect(guessesOf(inv)['seller.name']).toBeUndefined();
  });
  it('keeps the doubt when no sentence ties them', () => {
    const footer = items.filter((i) => !i.text.includes('is a trading name of'));
    footer.push(w(17.2, 166.6, 'PW Car Park Services Ltd, 3 Kirkstall Road, Leeds LS3 1LH. Company No. 10447182. VAT No. GB 271 4471 80.', 2.47, 140));
    const inv = parseWesternInvoiceText(page(footer));
    expect(guessesOf(inv)['seller.name']).toBeDefined();
  });
});
