/**
 * A credit note whose subject row names the invoice it credits ("Betreft | factuur F-2025-0611 van 03/11/2025", the
 * 168th batch's Belgian creditnota): the invoice's number and date are the other document's, the note's own date is under
 * "Datum".
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];
const note = (title: string, rows: [string, string][]) => page([
  w(17.2, 14, 'Drukkerij Vermeulen BV', 5.3, 60), w(17.2, 21, 'Drukkerij Vermeulen BV · Kortrijksesteenweg 12 · 9000 Gent · BTW BE 0712.447.118', 2.47, 110),
  ...['Scouts Sint-Amandus vzw', 'Kerkplein 3', '9000 Gent'].map((t, k) => w(106.1, 40 + 5.03 * k, t, 4.23, t.length * 2.1)),
  w(17.2, 62, title, 5.3, 30),
  ...rows.flatMap(([label, value], k) => [w(17.2, 70 + 5 * k, label, 4.23, 20), w(45, 70 + 5 * k, value, 4.23, value.length * 2.1)]),
  w(110, 120, 'Subtotaal', 4.23, 20), w(175, 120, '-300,00 €', 4.23, 16),
  w(110, 126, 'Btw 21 %', 4.23, 20), w(175, 126, '-63,00 €', 4.23, 16),
  w(110, 132, 'Totaal', 4.23, 20), w(175, 132, '-363,00 €', 4.23, 16),
]);

describe('a credit note\'s subject citing the invoice', () => {
  it('reads the note\'s own number and date, and not the cited invoice\'s', () => {
    const inv = parseWesternInvoiceText(note('Creditnota', [['Nummer', 'CN-2025-007'], ['Datum', '20/11/2025'], ['Betreft', 'factuur F-2025-0480 van 02/11/2025']]));
    expect(inv.documentType).toBe('credit_note');
    // (A bare "Nummer" key over a bare "Datum" key is the note's own block: its number, never the cited invoice's.)
    expect(inv.number).toBe('CN-2025-007');
    expect(inv.date).toBe('2025-11-20');
  });
});
