/**
 * A label pattern searched from a place along a line (`labelMatchFrom`, ocr-tolerant-labels.ts), as the
 * amount after a label is found (text.ts, `labelAmounts`): the label's own form finds where it matches,
 * and the whole label + amount pattern decides only where the label's first way of matching is followed
 * by no amount, so that an amount after another way the label matches at that place is still read.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { invoiceFromPages } from '../../src/invoice/parse.js';
import { labelMatchFrom, ocrTolerant, readingPrint } from '../../src/invoice/western/ocr-tolerant-labels.js';
import { toPageText } from './page-builder.js';

const printedPage: PageText = { page: 1, width: 210, height: 297, items: [], visibleText: true };

describe('a label searched from a place along a line', () => {
  it('finds the first match at or after the place, in either form, as a global copy of the label would', () => {
    const total = ocrTolerant(/\btotal\b/i);
    const line = 'Subtotal 10.00  Total 11.90  TOTAL 12.00';
    const starts = () => [0, 1, 9, 17, 30, 41].map((from) => labelMatchFrom(total, line, from)?.index ?? null);
    expect(readingPrint([printedPage], starts)).toEqual([16, 16, 16, 29, null, null]);
    expect(starts()).toEqual([16, 16, 16, 29, null, null]);
    // What comes before the place still counts: "total" inside "Subtotal" is no word of its own.
    expect(readingPrint([printedPage], () => labelMatchFrom(total, line, 3)?.index)).toBe(16);
    // As OCR reads it, "T otal" is the label too.
    expect(labelMatchFrom(total, 'Sum 1  T otal 2', 0)?.[0]).toBe('T otal');
    expect(readingPrint([printedPage], () => labelMatchFrom(total, 'Sum 1  T otal 2', 0))).toBeNull();
  });

  it('leaves the label searched from the start by test, exec and match after it', () => {
    const net = ocrTolerant(/\bnet\b/i);
    const ask = () => {
      labelMatchFrom(net, 'Net 1 net 2', 4);
      return [net.test('Net 1'), net.exec('x Net 1')?.index, 'a net'.match(net)?.index, net.lastIndex];
    };
    expect(readingPrint([printedPage], ask)).toEqual([true, 2, 2, 0]);
    expect(ask()).toEqual([true, 2, 2, 0]);
  });

  it('searches only a case-blind label pattern with no other flag and no numbered back-reference', () => {
    expect(labelMatchFrom(/\btotal\b/i, 'Total 1', 0)).toBeUndefined();
    expect(labelMatchFrom(ocrTolerant(/\btotal\b/gi), 'Total 1', 0)).toBeUndefined();
    expect(labelMatchFrom(ocrTolerant(/\btotal\b/iu), 'Total 1', 0)).toBeUndefined();
    expect(labelMatchFrom(ocrTolerant(/\bTotal\b/), 'Total 1', 0)).toBeUndefined();
    expect(labelMatchFrom(ocrTolerant(/(t)o\1al/i), 'Total 1', 0)).toBeUndefined();
    expect(labelMatchFrom(ocrTolerant(/\btotal\b/i), 'Total 1', 0)?.index).toBe(0);
  });
});

describe('the amount after a label', () => {
  const gross = (rows: string[]) => {
    const draws = [
      { text: 'Nordlicht Software GmbH', x: 20, y: 15 },
      { text: 'Invoice No. RE-2025-0147', x: 20, y: 30 },
      { text: 'Invoice date: 12.03.2025', x: 20, y: 36 },
      ...rows.map((text, i) => ({ text, x: 110, y: 80 + 6 * i })),
    ];
    const pages = toPageText(draws).map((p) => ({ ...p, visibleText: true }));
    return invoiceFromPages(pages)[0]!.invoice.totalAmount;
  };

  it('reads the amount right after the label in one cell', () => {
    expect(gross(['Grand total 1,190.00'])).toBe(1190);
    expect(gross(['Gesamtbetrag: 1.190,00 EUR'])).toBe(1190);
  });

  it('reads it after a longer way the label matches at the same place, where the first is followed by words', () => {
    // The gross labels take "Total amount" first; only "Total amount after tax" is followed by the figure.
    expect(gross(['Total amount after tax 1,190.00'])).toBe(1190);
    expect(gross(['Total amount after taxes EUR 1,190.00'])).toBe(1190);
  });

  it('reads no amount where no way the label matches is followed by one', () => {
    expect(gross(['Gesamtbetrag der Zuschläge 0,00', 'Gesamtbetrag 1.190,00'])).toBe(1190);
    expect(gross(['Total amount after adjustments made by hand'])).toBeNull();
  });
});
