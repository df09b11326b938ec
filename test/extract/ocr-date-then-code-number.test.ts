/**
 * A scanned ERP invoice whose header grid of five cells sets its date beside the customer's number ("24.11.2025"
 * under "Datum", "K-20417" under "Kundennr."), and OCR's boxes of the two overlapped by a box's margin: two
 * cells, as the text layer prints them. Run into one ("24.11.2025K-20417"), the date's header found no date, and
 * the grid's other date, the end of the period of service ("17.11.-21.11.2025"), was read as the invoice's.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../src/core/text.js';
import { ocrBox, a4, ocrReading } from './ocr-page.js';

function invoice(values: TextItem[]) {
  return a4([
    ocrBox(131, 193, 17.6, 'Konradi Messtechnik'),
    ocrBox(101, 194, 23, 'Konradi Messtechnik GmbH · Gewerbepark Süd 14 · 57392 Schmallenberg', 4.5),
    ocrBox(18, 45, 32.3, 'Rechnungsadresse'), ocrBox(106, 126, 32.4, 'Lieferadresse'),
    ocrBox(18, 99, 35.8, 'Hydrowerk Sauerland GmbH & Co. KG'), ocrBox(106, 174, 36.2, 'Spedition Brandt Logistik GmbH'),
    ocrBox(18, 51, 45.8, 'Postfach 11 20'), ocrBox(106, 146, 45.8, 'Industriestraße 77'),
    ocrBox(18, 55, 50.9, '59872 Meschede'), ocrBox(106, 139, 51, '59909 Bestwig'),
    ocrBox(17, 44, 61.8, 'Rechnung', 6.7),
    ocrBox(17.5, 51.8, 70.2, 'Rechnungsnr.'), ocrBox(53.1, 71, 70.5, 'Datum'), ocrBox(81.2, 106.4, 70.5, 'Kundennr.'),
    ocrBox(108.3, 143.5, 70.4, 'Ihre Bestellnr.'), ocrBox(145, 191.3, 70.2, 'Leistungszeitraum'),
    ocrBox(17.9, 42.5, 77, 'RE-104882'), ...values, ocrBox(108.6, 136.7, 77, '4500118236'), ocrBox(145.5, 186.4, 76.8, '17.11.-21.11.2025'),
    ocrBox(116, 150, 140, 'Summe netto'), ocrBox(160, 193, 140, '2.671,00 EUR'),
    ocrBox(116, 152, 146, 'Umsatzsteuer 19 %'), ocrBox(166, 193, 146, '507,49 EUR'),
    ocrBox(116, 145, 152, 'Gesamtbetrag'), ocrBox(160, 193, 152, '3.178,49 EUR'),
  ]);
}

describe("a date's box and the next cell's code overlapping", () => {
  it('are two cells, the date read under its header', () => {
    expect(ocrReading(invoice([ocrBox(53.6, 79.6, 76.8, '24.11.2025', 5, 100), ocrBox(79.1, 99.8, 77, 'K-20417', 5, 97)])).invoice.date).toBe('2025-11-24');
  });
});
