/**
 * A ZUGFeRD view prints "Verkäufer" and "Käufer" as tables of label and value; the buyer's long name wraps
 * twice in its narrow value cell, the company form alone on the third row ("Steuerkanzlei" over "Brandt &
 * Partner" over "mbB"). The name is the three rows: cut after the second it silently loses its form. The
 * 136th batch's ZUGFeRD EXTENDED view as a browser printed it (buyer read as "Steuerkanzlei Brandt & Partner").
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (third: string) => toPageText([
  d(17.2, 16.9, 'Rechnung', 5.29),
  d(18.5, 31, 'Rechnungsnummer (BT-1)', 4.23), d(72.4, 31, 'RE-2025-11873', 4.23),
  d(18.5, 42.3, 'Rechnungsdatum (BT-2)', 4.23), d(72.4, 42.3, '24.11.2025', 4.23),
  d(18.3, 64, 'Verkäufer', 4.23), d(106.2, 64, 'Käufer', 4.23),
  d(19.6, 69.8, 'Name', 4.23), d(42.1, 69.8, 'Bürobedarf Hanke GmbH', 4.23),
  d(107.6, 69.8, 'Name', 4.23), d(145.4, 69.8, 'Steuerkanzlei', 4.23),
  d(145.4, 74.9, 'Brandt & Partner', 4.23), d(19.6, 76.2, 'Straße', 4.23), d(42.1, 76.2, 'Lindenallee 18', 4.23),
  d(145.4, 79.9, third, 4.23), d(19.6, 82.5, 'PLZ / Ort', 4.23), d(42.1, 82.5, '49074 Osnabrück', 4.23),
  d(107.6, 86.3, 'Ansprechpartner', 4.23), d(145.4, 86.3, 'Frau Ilka Sommer', 4.23),
  d(19.6, 88.9, 'USt-IdNr.', 4.23), d(42.1, 88.9, 'DE318822047', 4.23),
  d(107.6, 92.6, 'Straße', 4.23), d(145.4, 92.6, 'Domhof 6', 4.23),
  d(107.6, 99, 'PLZ / Ort', 4.23), d(145.4, 99, '49716 Meppen', 4.23),
  d(18.5, 111.1, 'Pos.', 4.23), d(55.4, 111.1, 'Bezeichnung', 4.23), d(173.7, 111.1, 'Gesamt', 4.23),
  d(18.5, 122.5, '1', 4.23), d(55.4, 122.5, 'Kopierpapier A4', 4.23), d(177, 122.5, '168,00', 4.23),
  d(120, 140, 'Gesamtbetrag ohne USt (BT-109)', 4.23), d(177, 140, '168,00', 4.23),
  d(120, 146, 'Summe USt (BT-110)', 4.23), d(179, 146, '31,92', 4.23),
  d(120, 152, 'Gesamtbetrag mit USt (BT-112)', 4.23), d(177, 152, '199,92', 4.23),
], 210, 297);

describe('a name wrapped twice in its value cell', () => {
  it('keeps its company form alone on the third row', () => {
    expect(parseWesternInvoiceText(page('mbB')).buyer.name).toBe('Steuerkanzlei Brandt & Partner mbB');
  });
  it('but not a word that is no form', () => {
    expect(parseWesternInvoiceText(page('Kanzlei')).buyer.name).toBe('Steuerkanzlei Brandt & Partner');
  });
});
