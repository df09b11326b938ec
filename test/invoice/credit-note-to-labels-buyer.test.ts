/**
 * A credit note as Zoho Books prints it in German heads the customer's block "Gutschrift an", as its
 * invoice heads it "Rechnung an": a buyer's label, never the buyer's name. The 137th batch's credit note as
 * a browser printed it (buyer read as "Gutschrift an").
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

describe('"Gutschrift an" over the customer’s block', () => {
  it('labels the buyer', () => {
    const inv = parseWesternInvoiceText(toPageText([
      d(142.7, 17.1, 'GUTSCHRIFT', 7.76), d(18.3, 17.5, 'Kaffeerösterei Bohnenglück GmbH', 4.23),
      d(18.3, 22.5, 'Speicherstadt, Kehrwieder 8', 4.23), d(145.2, 26.5, 'Gutschrift# CN-00012', 4.23),
      d(18.3, 27.5, '20457 Hamburg', 4.23), d(18.3, 32.5, 'USt-IdNr. DE314471208', 4.23),
      d(18.3, 50.7, 'Gutschrift an', 2.47), d(124.6, 51.1, 'Gutschriftsdatum :', 4.23), d(166.8, 51.1, '19.11.2025', 4.23),
      d(18.3, 53.4, 'Café Marlene UG (haftungsbeschränkt)', 4.23), d(124.6, 57.1, 'Referenz# :', 4.23), d(166.3, 57.1, 'INV-000418', 4.23),
      d(18.3, 58.5, 'Marlene Voss', 4.23), d(18.3, 63.5, 'Ottenser Hauptstraße 10', 4.23), d(18.3, 68.5, '22765 Hamburg', 4.23),
      d(18.3, 80.4, '#', 4.23), d(24.4, 80.4, 'Artikel & Beschreibung', 4.23), d(175, 80.4, 'Betrag', 4.23),
      d(18.3, 86.5, '1', 4.23), d(24.4, 86.5, 'Espresso Blend 1 kg', 4.23), d(178, 86.5, '86,00', 4.23),
      d(130, 100, 'Zwischensumme', 4.23), d(178, 100, '86,00', 4.23),
      d(130, 106, 'USt 7 %', 4.23), d(180, 106, '6,02', 4.23),
      d(130, 112, 'Summe', 4.23), d(174, 112, '92,02 €', 4.23),
    ], 210, 297));
    expect(inv.buyer.name).toBe('Café Marlene UG (haftungsbeschränkt)');
  });
});
