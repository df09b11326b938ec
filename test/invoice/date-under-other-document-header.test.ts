/**
 * A business letter dated in its dateline ("Hannover, den 17. November 2025"), over a row of references
 * whose cells name other documents ("Ihre Bestellung" over "4500-2291 vom 02.10.2025"): the order's date,
 * given with "vom" under its header, is not the invoice's; the dateline is. A German consultant's invoice of
 * the 124th batch as a browser printed it (its date read as the order's), the header varied.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (header: string) => [
  d(114, 16.2, 'Brennecke Prozessberatung', 4.9), d(119, 22, 'Brennecke Prozessberatung GmbH'), d(120, 27, 'Georgstraße 48 · 30159 Hannover'),
  d(16, 42.7, 'Brennecke Prozessberatung GmbH · Georgstraße 48 · 30159 Hannover', 2.3),
  d(16, 45.4, 'Weserland Logistik GmbH & Co. KG'), d(16, 49.1, 'Einkauf / Kreditorenbuchhaltung'), d(16, 52.8, 'Hafenrandstraße 7'), d(16, 56.5, '28197 Bremen'),
  d(141, 63.1, 'Hannover, den 17. November 2025'),
  d(17, 70.4, header), d(80, 70.4, 'Ihr Zeichen'), d(107, 70.4, 'Unser Zeichen'), d(141, 70.4, 'Kunden-Nr.'), d(167, 70.4, 'Auftrags-Nr.'),
  d(17, 75.6, '4500-2291 vom 02.10.2025'), d(80, 75.6, 'EK/hs'), d(107, 75.6, 'BR/kl'), d(141, 75.6, '10382'), d(167, 75.6, '2025-0298'),
  d(16, 88.4, 'Rechnung Nr. 2025-0311/B', 4.2),
  d(17, 100, 'Pos.'), d(30, 100, 'Leistung'), d(175, 100, 'Gesamt €'),
  d(17, 106, '1'), d(30, 106, 'Beratungstage Prozessaufnahme'), d(177, 106, '6.900,00'),
  d(110, 120, 'Nettobetrag'), d(177, 120, '6.900,00'), d(110, 125, 'zzgl. 19 % Umsatzsteuer'), d(177, 125, '1.311,00'),
  d(110, 130, 'Gesamtbetrag EUR'), d(177, 130, '8.211,00'),
];

describe("a date in a cell under another document's header", () => {
  it('takes the dateline, not the order’s date', () => {
    for (const header of ['Ihre Bestellung', 'Ihr Auftrag', 'Unser Angebot', 'Lieferschein']) {
      expect(parseWesternInvoiceText(toPageText(page(header), 210, 297)).date, header).toBe('2025-11-17');
    }
  });
});
