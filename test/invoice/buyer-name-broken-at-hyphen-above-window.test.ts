/**
 * An addressee's name broken at its hyphen set above the address window, its rest right under it ("Stadtwerke
 * Nordheide Netz-" over "Service GmbH", then "z. Hd. …", the street and the town): both rows are the block's and the
 * name is read whole, the hyphen kept and no space after it. (Before, the broken row's rest stopped the block, which
 * then opened on the street: a confident wrong buyer.)
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (name: string[]): PageText[] => [{ page: 1, width: 210, height: 297, items: [
  w(22.2, 22.0, 'Jonas Brandt · Softwareentwicklung · Lindenallee 4 · 21073 Hamburg', 2.65, 97.3),
  ...name.map((t, k) => w(23.8, 28.3 + 5 * k, t, 4.23, 4 + 2 * t.length)),
  w(23.8, 28.3 + 5 * name.length, 'z. Hd. Frau Petra Lühr', 4.23, 50.1),
  w(23.8, 33.3 + 5 * name.length, 'Am Hafen 3', 4.23, 22.0),
  w(23.8, 38.3 + 5 * name.length, '21244 Buchholz', 4.23, 30.5),
  w(113.8, 28.3, 'Rechnungsnummer: 2026-017', 4.23, 60.0),
  w(122.0, 33.3, 'Rechnungsdatum: 12.11.2026', 4.23, 60.0),
  w(22.2, 70.0, 'Rechnung', 5.29, 30.1),
  w(23.8, 89.2, 'Pos.', 4.23, 9.8),
  w(36.7, 89.2, 'Leistung', 4.23, 20.7),
  w(168.7, 89.2, 'Gesamt', 4.23, 17.9),
  w(23.8, 95.8, '1', 4.23, 2.7),
  w(36.7, 95.8, 'Schnittstelle Zählerdaten', 4.23, 50.0),
  w(166.0, 95.8, '2.000,00 €', 4.23, 22.0),
  w(120.0, 110.0, 'Nettobetrag', 4.23, 25.0),
  w(166.0, 110.0, '2.000,00 €', 4.23, 22.0),
  w(120.0, 115.0, 'zzgl. 19 % USt.', 4.23, 30.0),
  w(168.0, 115.0, '380,00 €', 4.23, 18.0),
  w(120.0, 120.0, 'Gesamtbetrag', 4.23, 28.0),
  w(166.0, 120.0, '2.380,00 €', 4.23, 22.0),
] }];

describe('a buyer name broken at its hyphen above the window', () => {
  it('reads the name whole, the hyphen kept', () => {
    const inv = parseWesternInvoiceText(page(['Stadtwerke Nordheide Netz-', 'Service GmbH']));
    expect(inv.buyer?.name).toBe('Stadtwerke Nordheide Netz-Service GmbH');
    expect(inv.totalAmount).toBe(2380);
  });
  it('reads a name on one row as before', () => {
    expect(parseWesternInvoiceText(page(['Stadtwerke Nordheide Netz GmbH'])).buyer?.name).toBe('Stadtwerke Nordheide Netz GmbH');
  });
});
