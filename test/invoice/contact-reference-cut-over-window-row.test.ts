/**
 * A letter whose left column, level with the customer's block at the right, holds the invoice's references,
 * the last a contact's ("Ihre Referenz: Frau S.") cut after a form of address or an initial, its surname
 * wrapped onto the row under it ("Looser"): that row is the contact's, no addressee of its own; the block at
 * the right is the buyer. A Swiss carrier's bill of the 123rd batch as a browser printed it (its buyer read as
 * "Looser"), its contact row varied.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = ([contact, rest]: [string, string]) => [
  d(17, 16.4, 'Rheintal Transporte AG', 4.9), d(137, 16.4, 'Disposition 081 750 44 20'),
  d(17, 21.4, 'Industriestrasse 27 · 9470 Buchs SG'), d(133, 21.4, 'rheintal-transporte.example'),
  d(17, 27.8, 'MWST-Nr. CHE-109.447.215 MWST'),
  d(17, 45.8, 'Buchs, 21. November 2025'), d(115, 45.8, 'Alpenkäserei Toggenburg GmbH'),
  d(115, 50.8, 'Buchhaltung'),
  d(17, 55.8, 'Rechnung 25-04471', 4.2), d(115, 55.8, 'Hauptgasse 5'),
  d(17, 60.9, `Kunden-Nr. 3318 · ${contact}`), d(115, 60.9, '9650 Nesslau'),
  d(17, 65.9, rest),
  d(16, 77.7, 'Transportleistungen November 2025 · Alle Beträge in CHF'),
  d(17, 84.9, 'Datum'), d(36, 84.9, 'Leistung'), d(117, 84.9, 'Menge'), d(177, 84.9, 'Betrag'),
  d(17, 96.3, '04.11.'), d(57, 96.3, 'Transport Nesslau – Zürich'), d(121, 96.3, '2 Pal.'), d(178, 96.3, '185.00'),
  d(120, 120, 'Total exkl. MWST'), d(178, 120, '185.00'), d(120, 125, 'MWST 8.1 %'), d(180, 125, '14.99'),
  d(120, 130, 'Total Rechnungsbetrag'), d(178, 130, '199.99'),
];

describe('a contact reference cut short over the row under it', () => {
  it('reads the block at the right as the buyer', () => {
    for (const row of [['Ihre Referenz: Frau S.', 'Looser'], ['Ihr Kontakt: Herr', 'Bänziger'], ['Your ref.: J.', 'Whitaker']] as Array<[string, string]>) {
      expect(parseWesternInvoiceText(toPageText(page(row), 210, 297)).buyer.name, row[0]).toBe('Alpenkäserei Toggenburg GmbH');
    }
  });
});
