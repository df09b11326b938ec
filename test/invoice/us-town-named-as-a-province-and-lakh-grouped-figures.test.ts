/**
 * Two readings of figures and places on English invoices. A US carrier's freight invoice delivering to "Ontario, CA"
 * (a town in California, its state's code after it) was read in Canadian dollars for the province's name. And the
 * receipt reader's figures did not know Indian grouping in lakhs ("₹1,94,699.23"): "1,94" was a figure of its own.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { amountsIn } from '../../src/invoice/receipt/figures.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const item = (x: number, y: number, text: string, height = 3): TextItem => ({ text, x, y, height, width: text.length * height * 0.5, page: 1 });

const page = (town: string): PageText[] => [{ page: 1, width: 216, height: 279, items: [
  item(13, 12, 'GRANITE PEAK HAULING LLC', 5), item(150, 12, 'FREIGHT INVOICE', 5),
  item(13, 18, 'MC# 2207714 · 880 Industrial Way, Reno, NV 89502'),
  item(13, 26, 'Invoice #'), item(50, 26, 'Invoice Date'), item(90, 26, 'Load #'),
  item(13, 30, 'GPH-1025-07'), item(50, 30, '10/14/2025'), item(90, 30, 'GP-5521'),
  item(13, 40, 'BILL TO'), item(110, 40, 'DELIVERY'),
  item(13, 44, 'Basin Freight Brokers, Inc.'), item(110, 44, `Valley Foods DC, ${town}`),
  item(13, 48, '1200 Kietzke Ln, Reno, NV 89502'),
  item(13, 60, 'Linehaul Reno, NV – delivery, flat'), item(175, 60, '1,850.00'),
  item(13, 64, 'Detention, 1.5 hr'), item(175, 64, '112.50'),
  item(140, 72, 'TOTAL DUE'), item(172, 72, '$1,962.50'),
]}];

describe('a US town with a province\'s name', () => {
  it('is no Canadian page: "Ontario, CA" is in California', () => {
    expect(parseWesternInvoiceText(page('Ontario, CA 91761')).currency).toBe('USD');
  });

  it('while the province itself still says Canadian dollars', () => {
    expect(parseWesternInvoiceText(page('Mississauga, Ontario L5T 2N7')).currency).toBe('CAD');
  });
});

describe('figures grouped in lakhs', () => {
  it('are read whole', () => {
    expect(amountsIn('Total in INR  ₹1,94,699.23')).toEqual([194699.23]);
    expect(amountsIn('Taxable value  12,34,567.80  IGST  2,22,222.20')).toEqual([1234567.8, 222222.2]);
  });

  it('as thousands grouped in threes still are', () => {
    expect(amountsIn('Total  194,699.23')).toEqual([194699.23]);
  });
});
