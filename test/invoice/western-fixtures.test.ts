/**
 * The project's generated Western invoices (fixtures/western, made by fixtures/generate.mjs) through the
 * text path, against their *.expected.json.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { pdfPageText } from '../../src/pdf/text.js';

describe('fixtures/western through pdfPageText + western-text', () => {
  for (const stem of ['invoice-en-usd', 'rechnung-de-eur', 'facture-fr-eur']) {
    it(stem, async () => {
      const expected = JSON.parse(readFileSync(`fixtures/western/${stem}.expected.json`, 'utf8'));
      const inv = parseWesternInvoiceText(await pdfPageText(readFileSync(`fixtures/western/${stem}.pdf`)));
      for (const key of ['number', 'date', 'dueDate', 'currency', 'amount', 'taxAmount', 'totalAmount'] as const) {
        expect(inv[key], key).toEqual(expected[key]);
      }
      expect(inv.seller.name).toBe(expected.seller.name);
      expect(inv.buyer.name).toBe(expected.buyer.name);
      expect(inv.items.map((i) => i.amount)).toEqual(expected.items.map((i: { amount: number }) => i.amount));
    });
  }
});
