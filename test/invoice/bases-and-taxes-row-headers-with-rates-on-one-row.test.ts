/**
 * A totals grid of one row, a base and a tax column per VAT rate and the total last, each header with its rate on
 * one row ("Netto 7 % | MwSt 7 % | Netto 19 % | MwSt 19 % | Rechnungsbetrag EUR" over "846,50 | 59,26 | 312,00 |
 * 59,28 | 1.277,04"): the net is the bases' sum, the tax the taxes', the total its column's. Only headers wrapped
 * over their rates ("Base" over "4%") were read; the 151st batch's Collmex invoice was read without totals, named.
 * On a scan OCR's boxes of the headers may run into one cell: the row is read box by box too.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

/** A text item with the width the printed face gives it. */
const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const grid = page([
  w(17.2, 16.7, 'F E I N KO S T H Ü B N E R', 6.35, 78.47),
  w(17.2, 24.5, 'Delikatessen für Hotellerie und Gastronomie', 2.47, 54.90),
  w(17.2, 35.3, 'Hotel Seeblick Betriebs GmbH', 3.03, 45.69),
  w(17.2, 39.0, 'Abt. Einkauf / z. Hd. Herrn Olaf Wenzel', 3.03, 58.35),
  w(17.2, 42.7, 'Uferpromenade 2', 3.03, 26.63),
  w(17.2, 46.4, '23683 Scharbeutz', 3.03, 27.70),
  w(17.2, 57.9, 'Rechnung', 4.23, 23.73),
  w(17.2, 66.3, 'Rechnung Nr. 25117 vom 20.11.2025 zu Auftrag 8830 vom 12.11.2025, Kunde 4410, Lieferung am 18.11.2025', 3.03, 168.37),
  w(18.3, 73.3, 'Menge', 4.23, 16.00),
  w(39.2, 73.3, 'Einheit', 4.23, 16.72),
  w(61.0, 73.3, 'Bezeichnung', 4.23, 30.48),
  w(141.2, 73.3, 'Preis', 4.23, 12.03),
  w(157.8, 73.3, 'MwSt', 4.23, 13.20),
  w(176.0, 73.3, 'Betrag', 4.23, 16.10),
  w(18.3, 79.6, '12', 4.23, 5.39),
  w(39.2, 79.6, 'kg', 4.23, 5.14),
  w(61.0, 79.6, 'Holsteiner Katenschinken', 4.23, 53.88),
  w(141.1, 79.6, '31,50', 4.23, 12.12),
  w(162.9, 79.6, '7 %', 4.23, 8.06),
  w(177.3, 79.6, '378,00', 4.23, 14.81),
  w(18.3, 85.7, '30', 4.23, 5.39),
  w(39.2, 85.7, 'Gl.', 4.23, 5.80),
  w(61.0, 85.7, 'Sanddorn-Gelee 250 g', 4.23, 47.69),
  w(143.8, 85.7, '4,95', 4.23, 9.43),
  w(162.9, 85.7, '7 %', 4.23, 8.06),
  w(177.3, 85.7, '148,50', 4.23, 14.81),
  w(18.3, 91.8, '20', 4.23, 5.39),
  w(39.2, 91.8, 'kg', 4.23, 5.14),
  w(61.0, 91.8, 'Räucherlachs, geschnitten', 4.23, 56.13),
  w(141.1, 91.8, '16,00', 4.23, 12.12),
  w(162.9, 91.8, '7 %', 4.23, 8.06),
  w(177.3, 91.8, '320,00', 4.23, 14.81),
  w(18.3, 97.9, '24', 4.23, 5.39),
  w(39.2, 97.9, 'Fl.', 4.23, 4.96),
  w(61.0, 97.9, 'Obstbrand Holsteiner Cox 0,5 l', 4.23, 65.11),
  w(141.1, 97.9, '13,00', 4.23, 12.12),
  w(160.2, 97.9, '19 %', 4.23, 10.75),
  w(177.3, 97.9, '312,00', 4.23, 14.81),
  w(18.5, 108.2, 'Netto 7 %', 4.23, 23.50),
  w(46.1, 108.2, 'MwSt 7 %', 4.23, 23.33),
  w(73.6, 108.2, 'Netto 19 %', 4.23, 26.45),
  w(104.3, 108.2, 'MwSt 19 %', 4.23, 26.28),
  w(134.9, 108.2, 'Rechnungsbetrag EUR', 4.23, 53.21),
  w(28.9, 114.6, '846,50', 4.23, 14.81),
  w(59.1, 114.6, '59,26', 4.23, 12.12),
  w(87.1, 114.6, '312,00', 4.23, 14.81),
  w(120.4, 114.6, '59,28', 4.23, 12.12),
  w(170.9, 114.6, '1.277,04', 4.23, 20.89),
  w(17.2, 123.7, 'Zahlbar bis 04.12.2025 rein netto.', 3.03, 52.00),
  w(18.3, 140.1, 'Hübner Feinkost GmbH', 2.47, 28.55),
  w(18.3, 143.1, 'Lübecker Straße 58', 2.47, 24.06),
  w(18.3, 146.0, '23611 Bad Schwartau', 2.47, 27.27),
  w(63.5, 140.1, 'Geschäftsführerin Anke Hübner', 2.47, 38.74),
  w(63.5, 143.1, 'AG Lübeck HRB 11877 HL', 2.47, 31.81),
  w(63.5, 146.0, 'USt-IdNr. DE244187093', 2.47, 29.32),
  w(123.9, 140.1, 'Sparkasse Holstein', 2.47, 23.51),
  w(123.9, 143.1, 'IBAN DE91 2135 2240 0170 4471 93', 2.47, 45.53),
  w(123.9, 146.0, 'BIC NOLADE21HOL', 2.47, 23.61),
]);

/**
 * The same grid scanned: OCR reads each text item as a box, a box standing wider than its print, so the row of
 * headers' boxes, set close, touch and run into one cell ("Netto 7 %" "MwSt 7 %" … "Rechnungsbetrag EUR").
 */
const scanned: PageText[] = grid.map((p) => {
  const widened = p.items.map((it, k) => {
    const next = p.items[k + 1];
    return Math.abs(it.y - 108.2) < 0.1 && next && Math.abs(next.y - 108.2) < 0.1 ? { ...it, width: next.x - it.x } : it;
  });
  return { ...p, items: widened.map((it) => ({ ...it, confidence: 96 })) };
});

describe('a row of base and tax columns per rate, headers on one row', () => {
  it('reads net, tax and total from a scan whose header boxes ran into one cell', () => {
    const inv = parseWesternInvoiceText(scanned);
    expect(inv.amount).toBe(1158.5);
    expect(inv.taxAmount).toBe(118.54);
    expect(inv.totalAmount).toBe(1277.04);
  });

  it('reads net, tax and total', () => {
    const inv = parseWesternInvoiceText(grid);
    expect(inv.amount).toBe(1158.5);
    expect(inv.taxAmount).toBe(118.54);
    expect(inv.totalAmount).toBe(1277.04);
  });
});
