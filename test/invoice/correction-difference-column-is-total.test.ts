/**
 * A correction that prints each total as invoiced before, as corrected and their difference, under "bisher |
 * neu | Differenz": the correction's own figures are the differences. An SAP Rechnungskorrektur of the 128th
 * batch read the figures invoiced before (1.172,00, 222,68, 1.394,68) with status ok.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (headers: [string, string, string], rows: Array<[string, string, string, string]>) => toPageText([
  d(17, 16, 'Hydraulik Strasser GmbH · Heilbronner Str. 301 · 70469 Stuttgart'),
  d(17, 21, 'Landmaschinen Pfeiffer e.K.'), d(17, 26, 'Gewerbering 14'), d(17, 31, '74523 Schwäbisch Hall'),
  d(116, 35, 'Belegnummer'), d(153, 35, '91004417'), d(116, 41, 'Belegdatum'), d(153, 41, '25.11.2025'),
  d(16, 80, 'Rechnungskorrektur', 4.5),
  d(17, 98, 'Pos.'), d(53, 98, 'Bezeichnung'), d(132, 98, headers[0]), d(156, 98, headers[1]), d(176, 98, headers[2]),
  ...rows.flatMap(([label, a, b, c], k) => [d(53, 110 + 6 * k, label), d(128, 110 + 6 * k, a), d(154, 110 + 6 * k, b), d(176, 110 + 6 * k, c)]),
], 210, 297);

const rows: Array<[string, string, string, string]> = [
  ['Nettowert', '1.172,00', '949,60', '-222,40'], ['MwSt 19 %', '222,68', '180,42', '-42,26'], ['Bruttowert EUR', '1.394,68', '1.130,02', '-264,66'],
];

describe("a correction's columns before, after and difference", () => {
  it('reads the differences', () => {
    const inv = parseWesternInvoiceText(page(['bisher', 'neu', 'Differenz'], rows));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([-222.4, -42.26, -264.66]);
  });
  it('keeps the first figure when the last column is no difference', () => {
    const inv = parseWesternInvoiceText(page(['bisher', 'neu', 'Gesamt'], rows));
    expect(inv.totalAmount).not.toBe(-264.66);
  });
});
