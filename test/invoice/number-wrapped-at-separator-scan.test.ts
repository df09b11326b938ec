/**
 * An invoice number wrapped at a separator in its narrow cell ("MC-25-" over "7712"), read from a scan or from the
 * text layer where the number is found by the document's title rather than by a label: OCR boxes the number with the
 * next cell's label beside it ("Invoice no.: MC-25- Invoice date:"), or the number stands under the title alone
 * ("Facture" over "PA-2025-11-" over "04471") or beside it, the buyer's name at the left of its row ("Schlussrechnung |
 * SR-2025-" over "0064" set right).
 * The number is read whole, the wrapped rest with it; on the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';
import { page } from './supplier-bill.js';

/** The page as OCR reads a scan of it: each draw one box of OCR's. */
const scanned = (draws: Draw[]): PageText[] => toPageText(draws, 210, 297).map((p) => ({ ...p, items: p.items.map((it) => ({ ...it, confidence: 95 })) }));
const readScan = (extra: Draw[]) => parseWesternInvoiceText(scanned(page({ info: [], extra })));
const readText = (extra: Draw[]) => parseWesternInvoiceText(toPageText(page({ info: [], extra }), 210, 297));

describe('a number wrapped at its separator, boxed by OCR with the next label', () => {
  it('the rest under the box holding label and number', () => {
    for (const [head, rest] of [['MC-25-', '7712'], ['INV-2025-', '00418'], ['RE/2025/', '1184']]) {
      const inv = readScan([d(116.8, 39.2, `Invoice no.: ${head} Invoice date:`, 4.2), d(117, 44.2, rest, 4.2), d(160, 44.2, '27/11/2025', 4.2)]);
      expect(inv.number).toBe(head + rest);
      expect(inv.date).toBe('2025-11-27');
    }
  });

  it('the rest under the number that opens the box', () => {
    const inv = readScan([d(60, 39.2, 'Rechnungsnummer', 4.2), d(100, 39.2, 'NLA-DE-2025- Rechnungsdatum 28.11.2025', 4.2), d(100, 44.2, '0418', 4.2)]);
    expect(inv.number).toBe('NLA-DE-2025-0418');
  });
});

describe('a number found by the title, wrapped at its separator', () => {
  it('under the title alone', () => {
    for (const read of [readScan, readText]) {
      const inv = read([d(20, 62, 'Facture', 6), d(20, 69, 'PA-2025-11-', 4.2), d(20, 74, '04471', 4.2), d(57, 62, 'Date', 4.2), d(57, 69, '01/11/2025', 4.2)]);
      expect(inv.number).toBe('PA-2025-11-04471');
    }
  });

  it('beside the title, its rest set right', () => {
    for (const read of [readScan, readText]) {
      for (const [title, head, rest] of [['Schlussrechnung', 'SR-2025-', '0064'], ['Factuur', 'F-25-', '0812']]) {
        const inv = read([d(17, 32, 'Softwarehaus Nordkap AG', 4.2), d(129, 32, title, 4.2), d(193 - head.length * 2.31, 32, head, 4.2), d(80.4, 37, 'Festsaal am Hafen Nr.', 4.2), d(193 - rest.length * 2.31, 37, rest, 4.2), d(129, 42, 'Datum', 4.2), d(167.4, 42, '28.11.2025', 4.2)]);
        expect(inv.number).toBe(head + rest);
      }
    }
  });
});
