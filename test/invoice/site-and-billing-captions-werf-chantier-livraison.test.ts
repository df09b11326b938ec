/**
 * A block of the place worked at or delivered to under a caption the reader did not know, beside the party billed
 * (the 166th-170th batches): a Belgian "Werf:" and a French "Chantier" left of the company, a Swiss "Liegenschaft:"
 * left of the property manager, a Sage print's "Livraison" left of the party billed,
 * and an Italian SaaS bill's "Fatturato a" over the client. The block under the caption is no buyer.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];
const totals = (net: string, tax: string, gross: string, labels: [string, string, string]) => [
  w(110, 120, labels[0], 4.23, 30), w(175, 120, net, 4.23, 16),
  w(110, 126, labels[1], 4.23, 20), w(175, 126, tax, 4.23, 16),
  w(110, 132, labels[2], 4.23, 20), w(175, 132, gross, 4.23, 16),
];

/** Two blocks side by side, each under its first row, the seller's letterhead above. */
const twoBlocks = (left: string[], right: string[], head: TextItem[], tail: TextItem[]) => page([
  ...head,
  ...left.map((t, k) => w(17.2, 40 + 5.03 * k, t, 4.23, t.length * 2.1)),
  ...right.map((t, k) => w(106.1, 40 + 5.03 * k, t, 4.23, t.length * 2.1)),
  ...tail,
]);

describe('site and billing captions', () => {
  it('reads the company beside a "Werf:" block, not the site', () => {
    const inv = parseWesternInvoiceText(twoBlocks(
      ['Werf:', 'Renovatie schoolgebouw', 'Stationsstraat 12', '2800 Mechelen'],
      ['Aannemingen De Wilde NV', 't.a.v. boekhouding', 'Brusselsesteenweg 90', '2800 Mechelen'],
      [w(17.2, 14, 'Schrijnwerken Maes BV', 5.3, 60), w(17.2, 21, 'Schrijnwerken Maes BV · Industriepark 4 · 2220 Heist-op-den-Berg · BTW BE 0712.118.447', 2.47, 120),
        w(17.2, 70, 'Factuurnummer 25/0412', 4.23, 45), w(17.2, 76, 'Factuurdatum 21-11-2025', 4.23, 45)],
      totals('8.400,00', '0,00', '8.400,00', ['Totaal excl. btw', 'Btw verlegd 0 %', 'Te betalen EUR']),
    ));
    expect(inv.buyer.name).toBe('Aannemingen De Wilde NV');
  });

  it('reads the SCI beside a "Chantier" caption, not the caption', () => {
    const inv = parseWesternInvoiceText(twoBlocks(
      ['Chantier', 'Extension maison individuelle', '3 rue des Lilas', '44300 Nantes'],
      ['SCI Le Verger', 'M. Paul Girard, gérant', '12 rue Crébillon', '44000 Nantes'],
      [w(17.2, 14, 'Charpente Lebreton SARL', 5.3, 60), w(17.2, 21, 'Charpente Lebreton SARL · 8 rue du Moulin · 44980 Sainte-Luce · TVA FR 12 441180447', 2.47, 120),
        w(17.2, 70, 'Facture n° FC-2025-118', 4.23, 45), w(17.2, 76, 'Date : 20/11/2025', 4.23, 30)],
      totals('6 000,00', '600,00', '6 600,00', ['Total HT', 'TVA 10 %', 'Total TTC']),
    ));
    expect(inv.buyer.name).toBe('SCI Le Verger');
  });

  it('reads the property manager beside a "Liegenschaft:" block', () => {
    const inv = parseWesternInvoiceText(twoBlocks(
      ['Liegenschaft:', 'Dorfstrasse 18', '6300 Zug'],
      ['Verwaltungen Rigi AG', 'Bewirtschaftung', 'Frau Petra Imhof', 'Baarerstrasse 4', '6300 Zug'],
      [w(17.2, 14, 'Malerei Gisler GmbH', 5.3, 50), w(17.2, 21, 'Malerei Gisler GmbH · Industriestrasse 7 · 6312 Steinhausen · CHE-118.447.120 MWST', 2.47, 120),
        w(17.2, 70, 'Rechnung Nr. 25-0318', 4.23, 45), w(17.2, 76, 'Datum 24.11.2025', 4.23, 30)],
      totals("1'200.00", '97.20', "1'297.20", ['Total exkl. MWST', 'MWST 8.1%', 'Total CHF']),
    ));
    expect(inv.buyer.name).toBe('Verwaltungen Rigi AG');
  });

  it('reads the party beside a "Livraison" block', () => {
    const inv = parseWesternInvoiceText(twoBlocks(
      ['Livraison', 'Entrepôt Sud', 'ZI des Estroublans, lot 4', '13127 Vitrolles'],
      ['Brasserie du Port SAS', '2 quai de Rive Neuve', '13007 Marseille'],
      [w(17.2, 14, 'Vins Fabre SA', 5.3, 40), w(17.2, 21, 'Vins Fabre SA · 18 avenue de Toulon · 13006 Marseille · RCS Marseille 318 447 120', 2.47, 110),
        w(17.2, 70, 'Facture FC00418', 4.23, 40), w(17.2, 76, 'Date 19/11/2025', 4.23, 30)],
      totals('900,00', '180,00', '1 080,00', ['Total HT', 'Total TVA', 'Net à payer']),
    ));
    expect(inv.buyer.name).toBe('Brasserie du Port SAS');
  });

  it('reads the client under "Fatturato a", not the caption', () => {
    const inv = parseWesternInvoiceText(twoBlocks(
      ['Fatturato a', 'Studio Legale Conti & Associati', 'Via Garibaldi 8', '10122 Torino'],
      [],
      [w(17.2, 14, 'Archivia S.r.l.', 5.3, 40), w(17.2, 21, 'Archivia S.r.l. · Via Roma 2 · 20121 Milano · P.IVA IT11447120963', 2.47, 100),
        w(17.2, 70, 'Numero fattura AR-2025-0031', 4.23, 50), w(17.2, 76, 'Data di emissione 17/11/2025', 4.23, 50)],
      totals('200,00', '44,00', '244,00', ['Subtotale', 'IVA (22%)', 'Totale']),
    ));
    expect(inv.buyer.name).toBe('Studio Legale Conti & Associati');
  });
});
