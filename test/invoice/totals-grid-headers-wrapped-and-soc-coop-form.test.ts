/**
 * An Italian printer's fattura (the 159th batch): its totals in a grid whose headers wrapped in their narrow cells
 * ("Totale" over "imponibile", "Totale" over "IVA", "Totale" over "documento", over one row of figures), read whole
 * over their figures now ("Totale IVA" a tax label as "Total IVA" is); and the customer's name wrapped before its
 * form "Soc. Coop. Agricola" (a società cooperativa), a company form the name's row keeps.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });

const fattura = (wrapped: boolean): PageText[] => [{ page: 1, width: 210, height: 297, items: [
  w(17.2, 16.4, 'Legatoria Bresciana', 5.29, 58.0),
  w(17.2, 22.75, 'Arti Grafiche S.r.l.', 4.23, 37.3),
  w(17.2, 27.96, 'Via Milano 8 · 25126 Brescia · P.IVA 02771180984', 2.47, 62.7),
  w(114.99, 16.58, 'Spett.le', 2.47, 9.58),
  w(114.99, 19.31, 'Oleificio Sociale del Garda', 4.23, 60.3),
  w(114.99, 24.34, 'Soc. Coop. Agricola', 4.23, 46.16),
  w(114.99, 29.37, 'Via Gardesana 12', 4.23, 35.3),
  w(114.99, 34.4, '25010 Limone (BS)', 4.23, 38.6),
  w(17.46, 53.71, 'Tipo documento', 4.23, 38.44),
  w(59.18, 53.71, 'Numero', 4.23, 18.84),
  w(80.86, 53.71, 'Data', 4.23, 11.25),
  w(108.22, 53.71, 'Cod. cliente', 4.23, 28.32),
  w(17.46, 60.06, 'FATTURA', 4.23, 18.48),
  w(59.18, 60.06, '904/25', 4.23, 15.6),
  w(80.86, 60.06, '19/11/2025', 4.23, 24.4),
  w(108.22, 60.06, 'C0771', 4.23, 13.73),
  w(17.46, 76.2, 'Descrizione', 4.23, 27.66),
  w(162.84, 76.2, 'Importo', 4.23, 18.94),
  w(17.46, 82.55, 'Etichette olio 4 colori', 4.23, 50.0),
  w(166.97, 82.55, '900,00', 4.23, 14.81),
  w(17.46, 88.9, 'Spese di trasporto', 4.23, 40.0),
  w(169.66, 88.9, '40,00', 4.23, 12.12),
  ...(wrapped
    ? [w(17.46, 121.71, 'Totale', 4.23, 14.44), w(17.46, 126.74, 'merce', 4.23, 14.75), w(48.67, 121.71, 'Spese', 4.23, 14.34), w(48.67, 126.74, 'trasporto', 4.23, 22.45),
      w(86.85, 121.71, 'Totale', 4.23, 14.44), w(86.85, 126.74, 'imponibile', 4.23, 25.07), w(127.74, 121.71, 'Totale', 4.23, 14.44), w(127.74, 126.74, 'IVA', 4.23, 7.84),
      w(152.47, 121.71, 'Totale', 4.23, 14.44), w(152.47, 126.74, 'documento', 4.23, 26.69)]
    : [w(17.46, 126.74, 'Totale merce', 4.23, 25.0), w(48.67, 126.74, 'Spese trasporto', 4.23, 32.0), w(86.85, 126.74, 'Totale imponibile', 4.23, 34.0),
      w(127.74, 126.74, 'Totale IVA', 4.23, 20.3), w(152.47, 126.74, 'Totale documento', 4.23, 36.1)]),
  w(27.43, 133.09, '900,00', 4.23, 14.81),
  w(72.35, 133.09, '40,00', 4.23, 12.12),
  w(110.5, 133.09, '940,00', 4.23, 14.81),
  w(135.28, 133.09, '206,80', 4.23, 14.81),
  w(171.73, 133.09, '1.146,80', 4.23, 18.89),
] }];

describe("an Italian totals grid with wrapped headers, a cooperative's form", () => {
  it('reads net, tax and total under headers wrapped in their cells', () => {
    const inv = parseWesternInvoiceText(fattura(true));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([940, 206.8, 1146.8]);
  });

  it('reads them under the same headers on one row', () => {
    const inv = parseWesternInvoiceText(fattura(false));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([940, 206.8, 1146.8]);
  });

  it('keeps "Soc. Coop. Agricola" wrapped under the name', () => {
    expect(parseWesternInvoiceText(fattura(true)).buyer.name).toBe('Oleificio Sociale del Garda Soc. Coop. Agricola');
  });
});
