/**
 * A Peppol view's totals with German labels (the 170th batch): "Steuerbasis", "USt S 19 %", then "Gesamt inkl. USt"
 * and "Fälliger Betrag". The gross "inkl. USt" was read as a tax line (the tax the gross, the net nought).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

describe('an e-invoice view\'s gross "inkl. USt"', () => {
  it('reads the net, the tax and the gross, not the gross as the tax', () => {
    const inv = parseWesternInvoiceText(page([
      w(17.2, 14, 'Rechnung', 5.3, 30),
      w(17.2, 24, 'Lieferant', 4.23, 20), w(60, 24, 'Weserlicht Elektro GmbH', 4.23, 50),
      w(17.2, 29, 'Kunde', 4.23, 20), w(60, 29, 'Hansestadt Bremen, Immobilien', 4.23, 60),
      w(17.2, 40, 'Rechnungsnummer', 4.23, 30), w(60, 40, 'WL-25-0318', 4.23, 25),
      w(17.2, 45, 'Ausstellungsdatum', 4.23, 30), w(60, 45, '2025-11-20', 4.23, 25),
      w(97, 83, 'Summe Positionen', 4.23, 30), w(180, 83, '2.000,00', 4.23, 16),
      w(97, 88, 'Steuerbasis', 4.23, 20), w(180, 88, '2.000,00', 4.23, 16),
      w(97, 93, 'USt S 19 %', 4.23, 20), w(183, 93, '380,00', 4.23, 13),
      w(97, 98, 'Gesamt inkl. USt', 4.23, 30), w(180, 98, '2.380,00', 4.23, 16),
      w(97, 103, 'Fälliger Betrag', 4.23, 30), w(180, 103, '2.380,00', 4.23, 16),
    ]));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([2000, 380, 2380]);
  });
});
