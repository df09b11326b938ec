/**
 * A Swiss insurer's premium bill: its own block at the left in the window's band (its name, the agency, the street,
 * the adviser), the addressee's window at the right under the post's franking mark ("P.P. CH-3600 Thun"), and the
 * totals "Total Nettoprämie", "Eidg. Stempelabgabe 5 %" (the federal stamp duty, in place of VAT) and "Total Prämie
 * CHF"; in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

interface Variant { insurer: string; agency: string[]; franking: string; buyer: string[]; duty: string; total: string; figures: [string, string, string] }

const bill = (v: Variant) => parseWesternInvoiceText(toPageText([
  d(20, 14, v.insurer.split(' ')[0]!.toUpperCase(), 5.6), d(20, 20.4, 'Versicherungen', 2.6),
  ...[v.insurer, ...v.agency].map((row, i) => d(20, 40 + 3.8 * i, row, 2.8)),
  d(118, 50.2, v.franking, 2.2),
  ...v.buyer.map((row, i) => d(118, 53.3 + 4.5 * i, row, 3.1)),
  d(20, 86, 'Thun, 18. November 2026', 2.9), d(20, 93, 'Prämienrechnung', 4.6),
  d(21, 101, 'Rechnungs-Nr.', 2.9), d(55, 101, '7100.482.336', 2.9), d(105, 101, 'Police-Nr.', 2.9), d(123, 101, 'KMU-12.448.871', 2.9),
  d(21, 114, 'Versicherung', 4.2), d(62, 114, 'Deckung', 4.2), d(162, 114, 'Nettoprämie CHF', 4.2),
  d(21, 125, 'Betriebshaftpflicht', 4.2), d(62, 125, 'Garantiesumme CHF 5\'000\'000', 4.2), d(170, 125, v.figures[0], 4.2),
  d(96, 151, 'Total Nettoprämie', 4.2), d(170, 151, v.figures[0], 4.2),
  d(96, 157, v.duty, 4.2), d(174, 157, v.figures[1], 4.2),
  d(96, 163, v.total, 4.2), d(168, 163, v.figures[2], 4.2),
  d(20, 173, 'Zahlbar bis 31.12.2026. Versicherungsprämien sind von der Mehrwertsteuer ausgenommen.', 3.1),
  d(20, 279, `${v.insurer} · Sitz Bern · CHE-105.447.118 · IBAN CH21 0900 0000 3011 8847 2`, 2.3),
], 210, 297));

const BASE: Variant = {
  insurer: 'Alpina Schweizerische Versicherungs-Gesellschaft AG', agency: ['Generalagentur Thun', 'Bälliz 47, 3600 Thun', 'Ihre Beraterin: Nadine Kunz'],
  franking: 'P.P. CH-3600 Thun', buyer: ['Bäckerei Konditorei Gerber GmbH', 'Herr Ueli Gerber', 'Hauptgasse 21', '3700 Spiez'],
  duty: 'Eidg. Stempelabgabe 5 %', total: 'Total Prämie CHF', figures: ['2\'101.00', '105.05', '2\'206.05'],
};

describe('a Swiss premium bill', () => {
  it('the stamp duty is the tax, "Total Prämie" the total', () => {
    for (const [duty, total, figures, want] of [
      ['Eidg. Stempelabgabe 5 %', 'Total Prämie CHF', ['2\'101.00', '105.05', '2\'206.05'], [2101, 105.05, 2206.05]],
      ['Stempelabgabe 5 %', 'Total Prämie', ['840.00', '42.00', '882.00'], [840, 42, 882]],
    ] as Array<[string, string, [string, string, string], number[]]>) {
      const inv = bill({ ...BASE, duty, total, figures });
      expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual(want);
    }
  });

  it('the insurer\'s own rows at the left are no window; the addressee is under the franking mark at the right', () => {
    for (const [insurer, agency, franking, buyer] of [
      [BASE.insurer, BASE.agency, BASE.franking, BASE.buyer],
      ['Helvetia Mobiliar Versicherungen AG', ['Agentur Zürich-Oerlikon', 'Schaffhauserstrasse 350, 8050 Zürich'], 'P.P. 8050 Zürich', ['Schreinerei Frei AG', 'Industriestrasse 4', '8304 Wallisellen']],
    ] as Array<[string, string[], string, string[]]>) {
      const inv = bill({ ...BASE, insurer, agency, franking, buyer });
      expect(inv.seller.name).toBe(insurer);
      expect(inv.buyer.name).toBe(buyer[0]);
    }
  });
});
