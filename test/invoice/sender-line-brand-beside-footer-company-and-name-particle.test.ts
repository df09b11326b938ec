/**
 * A sender line names the seller (the 166th and 169th batches): a brand without a company form over a footer that
 * names another company ("Klima Hanse · …" over "Hanse Kältetechnik GmbH") is in doubt, where it was read as sure;
 * a line opening with a particle goes on with the larger name over it ("Ferramenta Lombarda" over "di Colombo
 * Marco & C. s.a.s. · Via Lecco 118 · …"), the two one name.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];
const body = (buyer: string[], net: string, tax: string, gross: string, labels: [string, string, string]) => [
  ...buyer.map((t, k) => w(17.2, 52 + 5.03 * k, t, 4.23, t.length * 2.1)),
  w(17.2, 90, 'Rechnungsnr. RE-2025-0418', 4.23, 50), w(120, 90, 'Rechnungsdatum 19.11.2025', 4.23, 50),
  w(110, 120, labels[0], 4.23, 30), w(175, 120, net, 4.23, 16),
  w(110, 126, labels[1], 4.23, 30), w(175, 126, tax, 4.23, 16),
  w(110, 132, labels[2], 4.23, 30), w(175, 132, gross, 4.23, 16),
];

describe('a sender line beside the footer, a name particle', () => {
  it('puts a sender line\'s brand in doubt when the footer names another company', () => {
    const inv = parseWesternInvoiceText(page([
      w(17.2, 14, 'NORD KLIMA', 8, 60), w(17.2, 24, 'Kälte · Klima · Wärmepumpen', 2.47, 40),
      w(17.2, 45, 'Nord Klima · Hafenweg 3 · 24103 Kiel', 2.47, 60),
      ...body(['Autohaus Petersen GmbH', 'Eckernförder Straße 90', '24116 Kiel'], '500,00 €', '95,00 €', '595,00 €', ['Gesamtbetrag netto', 'zzgl. Umsatzsteuer 19 %', 'Gesamtbetrag']),
      w(17.2, 270, 'Kältedienst Förde GmbH · Sitz Kiel · Amtsgericht Kiel HRB 11447 · USt-IdNr. DE 311 447 120', 2.47, 140),
    ]));
    expect(inv.seller.name).toBe('Nord Klima');
    expect(guessesOf(inv)['seller.name']).toBeDefined();
  });

  it('control: a sender line\'s brand the footer\'s company opens with is the company, no doubt', () => {
    const inv = parseWesternInvoiceText(page([
      w(17.2, 14, 'NORD KLIMA', 8, 60),
      w(17.2, 45, 'Nord Klima · Hafenweg 3 · 24103 Kiel', 2.47, 60),
      ...body(['Autohaus Petersen GmbH', 'Eckernförder Straße 90', '24116 Kiel'], '500,00 €', '95,00 €', '595,00 €', ['Gesamtbetrag netto', 'zzgl. Umsatzsteuer 19 %', 'Gesamtbetrag']),
      w(17.2, 270, 'Nord Klima Service GmbH · Sitz Kiel · Amtsgericht Kiel HRB 11447 · USt-IdNr. DE 311 447 120', 2.47, 140),
    ]));
    expect(inv.seller.name).toBe('Nord Klima Service GmbH');
    expect(guessesOf(inv)['seller.name']).toBeUndefined();
  });

  it('reads a name whose second row opens with "di" as one name', () => {
    const inv = parseWesternInvoiceText(page([
      w(17.2, 14, 'Colorificio Brianza', 5.3, 60),
      w(17.2, 20.5, 'di Sala Giorgio & C. s.n.c. · Via Milano 40 · 20831 Seregno (MB) · P.IVA 03118470961', 2.47, 130),
      ...body(['Spett.le', 'Imbiancature Riva S.r.l.', 'Via Cavour 3', '20821 Meda (MB)'], '1.000,00', '220,00', '1.220,00', ['Imponibile', 'IVA 22%', 'Totale documento']),
    ]));
    expect(inv.seller.name).toBe('Colorificio Brianza di Sala Giorgio & C. s.n.c.');
  });
});
