/**
 * A footer's sentence naming the company behind the brand the page opens with ("Kestrel Business is a trading name
 * of Kestrel Telecom Ltd."), wrapped before the company is named, as a narrow footer or a scan's rows cut it: the row
 * "… is a trading" alone reads as a company of its own ("… Trading"), and "… is a trading name of Kestrel" as a name
 * without its form. The seller is the company the sentence names, on a scan and on a text layer.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const scanned = (draws: Draw[]): PageText[] => toPageText(draws, 210, 297).map((p) => ({ ...p, items: p.items.map((it) => ({ ...it, confidence: 95 })) }));

/** A utility's bill under its brand's logo, the customer in the window, the company in the footer's sentence. */
const bill = (footer: string[]): Draw[] => [
  d(20, 15, 'HERON', 8), d(20, 24, 'ENERGY', 4),
  d(20, 48, 'Marsh & Reed Architects Ltd'), d(20, 52.5, '4 Grey Street'), d(20, 57, 'Leeds LS1 6AE'),
  d(120, 48, 'Bill number'), d(160, 48, 'HE-558120'), d(120, 53, 'Bill date'), d(160, 53, '14 October 2025'),
  d(20, 85, 'Your bill', 5),
  d(20, 125, 'Total charges excluding VAT'), d(170, 125, '£120.00'), d(20, 131, 'VAT at 20%'), d(170, 131, '£24.00'), d(20, 137, 'Total to pay'), d(170, 137, '£144.00'),
  ...footer.map((row, i) => d(20, 268 + 4 * i, row, 2.5)),
];

describe("a footer's sentence naming the brand's company, wrapped", () => {
  const cases = [
    ['Heron Energy is a trading', 'name of Heron Power Supply Ltd. Registered in England and Wales No. 08844172.'],
    ['Heron Energy is a trading name of Heron', 'Power Supply Ltd. Registered in England and Wales No. 08844172.'],
    ['Heron Energy is a trading name of Heron Power Supply Ltd. Registered in England and Wales No. 08844172.'],
  ];
  for (const read of [(x: Draw[]) => parseWesternInvoiceText(scanned(x)), (x: Draw[]) => parseWesternInvoiceText(toPageText(x, 210, 297))]) {
    it.each(cases)('%s / %s', (...footer) => {
      const inv = read(bill(footer.filter(Boolean)));
      expect(inv.seller.name).toBe('Heron Power Supply Ltd.');
      expect(inv.buyer.name).toBe('Marsh & Reed Architects Ltd');
    });
  }
});
