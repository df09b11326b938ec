/**
 * A brand's letterhead names the company behind it on the sender line under it: "Powder Ridge Snow School" over
 * "operated by Powder Ridge Mountain Resort Ltd. · 4200 Ridge Rd, Rossland BC · GST …". The seller is the company,
 * without "operated by" (it was read with the words, a ski school's bill of the 195th batch). Generated variants.
 */
import { describe, expect, it } from 'vitest';
import { letterPage, toPageText } from './page-builder.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';

const read = (letterhead: string[]) => parseWesternInvoiceText(toPageText(letterPage({ letterhead }, {
  letterhead: [], window: ['Trail Middle School', '1875 Second Ave', 'Trail BC V1R 1M5'], item: ['Group lessons', '5,488.00'],
  totals: [['Subtotal', '5,488.00'], ['GST 5%', '274.40'], ['Total', '5,762.40']],
}), 210, 297));

describe('a sender line naming the brand’s operator', () => {
  it('gives the company as the seller, without the words', () => {
    for (const [brand, line, company] of [
      ['Powder Ridge Snow School', 'operated by Powder Ridge Mountain Resort Ltd. · 4200 Ridge Rd, Rossland BC V0G 1Y0 · GST 81244 9107 RT0001', 'Powder Ridge Mountain Resort Ltd.'],
      ['Harbourside Marina', 'managed by Coastline Leisure Limited · Quay Street 4, Cork · VAT IE 6388471T', 'Coastline Leisure Limited'],
    ]) {
      expect(read([brand, line]).seller.name, line).toBe(company);
    }
  });
});
