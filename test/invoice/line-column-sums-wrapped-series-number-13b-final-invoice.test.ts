/**
 * Three classes of German, Austrian and French business documents:
 * - an item table whose lines print their net, tax and gross (an Austrian rent prescription at 10 and 20 %, a French
 *   landlord's notice), closed by a row of the three sums under a label no totals list knows: the totals, when each
 *   figure is the sum of the lines' above it (none was read);
 * - the number wrapped after its series' capitals in a narrow cell of the letterhead's column ("Rechnungs-Nr. | SR"
 *   over "26/0412"): read whole;
 * - a builder's final invoice under § 13b UStG ("Steuerschuldnerschaft des Leistungsempfängers"), no tax line, its
 *   instalments and a retention deducted under the whole work's net: the tax is nil and the total that net, not what
 *   is left to pay.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const row = (y: number, name: string, rate: string, net: string, tax: string, gross: string): Draw[] => [
  { text: name, x: 15, y }, { text: rate, x: 105, y }, { text: net, x: 130, y }, { text: tax, x: 155, y }, { text: gross, x: 178, y },
];
const prescription = (sumRow: Draw[]): Draw[] => [
  { text: 'Hausverwaltung Mödlinger & Partner', x: 15, y: 12, size: 5 },
  { text: 'Frau', x: 15, y: 35 }, { text: 'Mag. Ilse Brandstätter', x: 15, y: 40 }, { text: 'Hauptstraße 12/4', x: 15, y: 45 }, { text: '2340 Mödling', x: 15, y: 50 },
  { text: 'Vorschreibung Nr.', x: 15, y: 60 }, { text: 'V-118-2027-01', x: 55, y: 60 },
  { text: 'Datum', x: 15, y: 65 }, { text: '01.12.2026', x: 55, y: 65 },
  { text: 'Position', x: 15, y: 75 }, { text: 'USt-Satz', x: 105, y: 75 }, { text: 'Netto €', x: 130, y: 75 }, { text: 'USt €', x: 155, y: 75 }, { text: 'Brutto €', x: 178, y: 75 },
  ...row(82, 'Hauptmietzins Top 4', '10 %', '640,00', '64,00', '704,00'),
  ...row(88, 'Betriebskosten-Akonto', '10 %', '150,00', '15,00', '165,00'),
  ...row(94, 'Abstellplatz 3', '20 %', '60,00', '12,00', '72,00'),
  ...sumRow,
];

describe('an item table of net, tax and gross closed by a row of their sums', () => {
  it('reads the sums as the totals', () => {
    const inv = parseWesternInvoiceText(toPageText(prescription(row(101, 'Monatliche Vorschreibung', '', '850,00', '91,00', '941,00'))));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([850, 91, 941]);
  });

  it('takes no row whose figures are not the lines\' sums', () => {
    const inv = parseWesternInvoiceText(toPageText(prescription(row(101, 'Monatliche Vorschreibung', '', '800,00', '80,00', '880,00'))));
    expect(inv.amount).toBeNull();
  });
});

const finalInvoice = (vatNote: string): Draw[] => [
  { text: 'Estrichbau Wenzel GmbH · Am Kanal 3 · 04109 Leipzig', x: 15, y: 15, size: 2.5 },
  { text: 'Generalbau Rödiger GmbH', x: 15, y: 22 }, { text: 'Bautzner Straße 40', x: 15, y: 27 }, { text: '01099 Dresden', x: 15, y: 32 },
  { text: 'Estrichbau Wenzel GmbH', x: 125, y: 15 },
  { text: 'Rechnungs-Nr.', x: 125, y: 30 }, { text: 'EW', x: 165, y: 30 }, { text: '26/0088', x: 165, y: 35 },
  { text: 'Datum', x: 125, y: 41 }, { text: '20.11.2026', x: 165, y: 41 },
  { text: 'Schlussrechnung', x: 15, y: 55, size: 4.5 },
  { text: 'Zementestrich CT-C25-F4, 50 mm', x: 25, y: 65 }, { text: '1.200', x: 120, y: 65 }, { text: 'm²', x: 135, y: 65 }, { text: '18,50', x: 150, y: 65 }, { text: '22.200,00', x: 175, y: 65 },
  { text: 'Gesamtleistung netto', x: 25, y: 72 }, { text: '22.200,00', x: 175, y: 72 },
  { text: 'abzüglich 1. Abschlagsrechnung AR 26/0051 vom 30.09.2026 (netto)', x: 25, y: 78 }, { text: '-12.000,00', x: 174, y: 78 },
  { text: 'Restforderung netto', x: 25, y: 84 }, { text: '10.200,00', x: 175, y: 84 },
  { text: 'abzüglich Sicherheitseinbehalt 5 %', x: 25, y: 90 }, { text: '-1.110,00', x: 175, y: 90 },
  { text: 'Zahlbetrag', x: 25, y: 96 }, { text: '9.090,00', x: 177, y: 96 },
  { text: vatNote, x: 15, y: 106 },
];

describe('a builder\'s final invoice under § 13b UStG', () => {
  const inv = parseWesternInvoiceText(toPageText(finalInvoice('Steuerschuldnerschaft des Leistungsempfängers gemäß § 13b Abs. 2 Nr. 4 UStG.')));
  it('reads the number wrapped after its series\' capitals', () => {
    expect(inv.number).toBe('EW 26/0088');
  });

  it('charges no tax and totals the whole work\'s net', () => {
    expect(inv.amount).toBe(22200);
    expect(inv.taxAmount).toBe(0);
    expect(inv.totalAmount).toBe(22200);
  });
});
