/**
 * Invoice numbers as ERPs print them in their header blocks:
 * - in digit groups whose first group has two figures ("Rechnungs-Nr.  40 2511 117"): the whole number, not "40";
 * - the series letters alone on the label's row, the figures wrapped under them in a narrow column ("Rechnungsnummer
 *   RE-" over "1100488"): the number with its letters;
 * - under a label that joins number and date with a slash ("Rechnungsnummer/Datum  90044718 / 27.11.2025", SAP);
 * - under Sage's "N° pièce" in a header grid.
 * The 146th and 147th batches' DATEV, shop, SAP and Sage invoices (read "40" and "1100488", status ok; null twice).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';
import type { TextItem } from '../../src/core/text.js';

/** A text item with the width the printed face gives it. */
const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });

const totals = [
  d(126.9, 141.3, 'Summe netto', 4.23), d(173.2, 141.3, '1.000,00', 4.23),
  d(126.9, 147.4, 'zzgl. 19 % USt', 4.23), d(177.3, 147.4, '190,00', 4.23),
  d(126.9, 153.5, 'Rechnungsbetrag', 4.23), d(171.2, 153.5, '1.190,00', 4.23),
];
const letter = (header: ReturnType<typeof d>[]) => toPageText([
  d(18.3, 17.6, 'Bürowelt Lindner e.K. – Marktplatz 3 – 49074 Osnabrück', 2.47),
  d(18.3, 24.3, 'Kanzlei Roth & Partner mbB', 4.23), d(18.3, 29.4, 'Johannisstraße 88', 4.23), d(18.3, 34.4, '49074 Osnabrück', 4.23),
  ...header,
  d(18.3, 88.1, 'Artikel', 4.23), d(118.5, 88.1, 'Menge', 4.23), d(140.3, 88.1, 'E-Preis', 4.23), d(176.0, 88.1, 'Betrag', 4.23),
  d(18.3, 99.4, 'Bürostuhl', 4.23), d(131.8, 99.4, '4', 4.23), d(142.2, 99.4, '250,00', 4.23), d(173.2, 99.4, '1.000,00', 4.23),
  ...totals,
], 210, 297);

describe('invoice numbers of ERP header blocks', () => {
  it('reads a number in digit groups whose first group has two figures', () => {
    const inv = parseWesternInvoiceText(letter([
      d(121.4, 25.9, 'Rechnungs-Nr.', 4.23), d(156.5, 25.9, '40 2511 117', 4.23),
      d(121.4, 32.0, 'Datum', 4.23), d(159.2, 32.0, '25.11.2025', 4.23),
      d(121.4, 38.1, 'Kunden-Nr.', 4.23), d(170.0, 38.1, '13370', 4.23),
    ]));
    expect(inv.number).toBe('40 2511 117');
  });
  it('keeps a number of three groups or more whose first has three figures as it was', () => {
    const inv = parseWesternInvoiceText(letter([d(121.4, 25.9, 'Rechnungs-Nr.', 4.23), d(156.5, 25.9, '402 2511 117', 4.23), d(121.4, 32.0, 'Datum', 4.23), d(159.2, 32.0, '25.11.2025', 4.23)]));
    expect(inv.number).toBe('402 2511 117');
  });
  it('joins the series letters on the label\'s row to the figures wrapped under them', () => {
    const inv = parseWesternInvoiceText(letter([
      d(123.4, 35.7, 'Rechnungsnummer', 4.23), d(155.8, 35.7, 'RE-', 4.23),
      d(155.8, 40.7, '1100488', 4.23),
      d(123.4, 46.8, 'Rechnungsdatum', 4.23), d(155.8, 46.8, '29.11.2025', 4.23),
    ]));
    expect(inv.number).toBe('RE-1100488');
  });
  it('reads the number under a label joining number and date by a slash', () => {
    // An SAP print in a monospaced face, each word an item of its own, as wide as the face draws it.
    const inv = parseWesternInvoiceText([{ page: 1, width: 210, height: 297, items: [
      w(117.1, 17.5, 'Fluidtechnik', 4.23, 30.58),
      w(150.3, 17.5, 'Rhein-Ruhr', 4.23, 25.49),
      w(178.3, 17.5, 'GmbH', 4.23, 10.19),
      w(18.3, 17.6, 'Fluidtechnik', 2.47, 17.83),
      w(37.6, 17.6, 'Rhein-Ruhr', 2.47, 14.86),
      w(53.9, 17.6, 'GmbH', 2.47, 5.94),
      w(61.3, 17.6, '·', 2.47, 1.49),
      w(64.3, 17.6, 'Postfach', 2.47, 11.89),
      w(77.7, 17.6, '10', 2.47, 2.97),
      w(82.2, 17.6, '04', 2.47, 2.97),
      w(86.6, 17.6, '12', 2.47, 2.97),
      w(91.1, 17.6, '·', 2.47, 1.49),
      w(94.0, 17.6, '45004', 2.47, 7.43),
      w(103.0, 17.6, 'Essen', 2.47, 7.43),
      w(117.1, 22.5, 'Altendorfer', 4.23, 28.04),
      w(147.7, 22.5, 'Str.', 4.23, 10.19),
      w(160.4, 22.5, '210', 4.23, 7.65),
      w(18.3, 23.3, 'Maschinenbau', 4.23, 30.58),
      w(51.4, 23.3, 'Kerkhoff', 4.23, 20.39),
      w(74.3, 23.3, 'GmbH', 4.23, 10.19),
      w(117.1, 27.5, '45143', 4.23, 12.74),
      w(132.4, 27.5, 'Essen', 4.23, 12.74),
      w(18.3, 28.3, 'Instandhaltung', 4.23, 35.68),
      w(18.3, 33.3, 'Zechenstraße', 4.23, 30.58),
      w(51.4, 33.3, '30', 4.23, 5.10),
      w(18.3, 38.4, '46236', 4.23, 12.74),
      w(33.5, 38.4, 'Bottrop', 4.23, 17.84),
      w(17.2, 52.2, 'RECHNUNG', 3.88, 18.68),
      w(18.3, 59.0, 'Rechnungsnummer/Datum', 4.23, 53.52),
      w(73.9, 59.0, '90044718', 4.23, 20.39),
      w(96.8, 59.0, '/', 4.23, 2.55),
      w(101.9, 59.0, '27.11.2025', 4.23, 25.49),
      w(18.3, 65.1, 'Kunde/USt-IdNr.', 4.23, 38.23),
      w(73.9, 65.1, '100771', 4.23, 15.29),
      w(91.7, 65.1, '/', 4.23, 2.55),
      w(96.8, 65.1, 'DE119220447', 4.23, 28.04),
      w(18.3, 71.2, 'Ihre', 4.23, 10.19),
      w(31.0, 71.2, 'Bestellung/Datum', 4.23, 40.78),
      w(73.9, 71.2, '4500018231', 4.23, 25.49),
      w(101.9, 71.2, '/', 4.23, 2.55),
      w(107.0, 71.2, '12.11.2025', 4.23, 25.49),
      w(18.3, 77.3, 'Lieferung/Datum', 4.23, 38.23),
      w(73.9, 77.3, '80041120', 4.23, 20.39),
      w(96.8, 77.3, '/', 4.23, 2.55),
      w(101.9, 77.3, '24.11.2025', 4.23, 25.49),
      ...toPageText(totals)[0]!.items,
    ] }]);
    expect(inv.number).toBe('90044718');
    expect(inv.date).toBe('2025-11-27');
  });
});

describe('a Sage print', () => {
  it('reads the number under "N° pièce" in its header grid', () => {
    const inv = parseWesternInvoiceText(toPageText([
      d(18.3, 17.5, 'EMBALLAGES DU MORVAN', 5.29),
      d(18.3, 24.0, 'SAS au capital de 120 000 € · 12 rue des Tanneurs · 58000 Nevers', 2.47),
      d(170.0, 17.5, 'FACTURE', 5.0),
      d(18.5, 38.0, 'N° pièce', 3.9), d(45.0, 38.0, 'Date', 3.9), d(75.0, 38.0, 'Code client', 3.9), d(110.0, 38.0, 'Page', 3.9),
      d(18.5, 43.0, 'FA011874', 3.9), d(45.0, 43.0, '27/11/2025', 3.9), d(75.0, 43.0, 'CL00412', 3.9), d(110.0, 43.0, '1/1', 3.9),
      d(106.2, 52.0, 'Adresse de facturation', 3.9), d(106.2, 57.0, 'TRANSPORTS CHER SARL', 3.9), d(106.2, 62.0, '8 avenue de la Gare', 3.9), d(106.2, 67.0, '18400 Saint-Florent', 3.9),
      d(18.3, 80.0, 'Désignation', 3.9), d(150.0, 80.0, 'Montant HT', 3.9),
      d(18.3, 86.0, 'Palettes', 3.9), d(155.0, 86.0, '500,00', 3.9),
      d(120.0, 96.0, 'Total HT', 3.9), d(160.0, 96.0, '500,00', 3.9),
      d(120.0, 101.0, 'TVA 20 %', 3.9), d(160.0, 101.0, '100,00', 3.9),
      d(120.0, 106.0, 'Total TTC', 3.9), d(160.0, 106.0, '600,00', 3.9),
    ], 210, 297));
    expect(inv.number).toBe('FA011874');
  });
});
