/**
 * An ERP's grid of the document's references whose first column is headed by the document's word alone, beside
 * a date's header ("FACTURE | Date | N° client", "Factuur | Factuurdatum | Debiteur", "FACTURA | Fecha |
 * Cliente"): the cell under that word is the number, whether a header cell beside it wrapped onto a row of its
 * own ("N°" over "client"), the number is bare digits, or it wrapped in its narrow cell ("A-" over
 * "25/004417"). French, Dutch and Spanish pages of the 123rd batch as a browser printed them (numbers null).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (grid: ReturnType<typeof d>[]) => [
  d(17, 16.2, 'Bureautique Armorique SAS', 4.9), d(17, 27, 'ZA de la Janais, 14 rue des Frênes'), d(17, 32, '35136 Saint-Jacques-de-la-Lande'),
  ...grid,
  d(107, 66.4, 'Cabinet Le Goff Expertise SARL'), d(107, 71.4, '3 quai Lamennais'), d(107, 76.4, '35000 Rennes'),
  d(17, 96.3, 'Désignation'), d(123, 96.3, 'Qté'), d(161, 96.3, 'Montant'),
  d(17, 102, 'Ramette papier A4 80 g'), d(128, 102, '20'), d(168, 102, '87,00'),
  d(120, 120, 'Total HT'), d(170, 120, '87,00'), d(120, 125, 'TVA 20 %'), d(170, 125, '17,40'), d(120, 130, 'Total TTC'), d(170, 130, '104,40'),
];

const grids: Array<[string, ReturnType<typeof d>[]]> = [
  ['FA00871', [d(108, 16.2, 'FACTURE'), d(142, 16.2, 'Date'), d(173, 16.2, 'N°'), d(173, 22, 'client'),
    d(108, 27, 'FA00871'), d(142, 27, '20/11/2025'), d(173, 27, 'CLEGOF')]],
  ['25100873', [d(108, 16.2, 'Factuur'), d(130, 16.2, 'Factuurdatum'), d(160, 16.2, 'Debiteur'),
    d(108, 21.6, '25100873'), d(130, 21.6, '25-11-2025'), d(160, 21.6, '11042')]],
  ['A-25/004417', [d(108, 16.2, 'FACTURA'), d(134, 16.2, 'Fecha'), d(161, 16.2, 'Cliente'),
    d(108, 21.8, 'A-'), d(134, 21.8, '26/11/2025'), d(161, 21.8, '4300117'), d(108, 27.5, '25/004417')]],
];

describe("the document's word heading the number's column of a grid", () => {
  it('reads the number under it', () => {
    for (const [number, grid] of grids) expect(parseWesternInvoiceText(toPageText(page(grid), 210, 297)).number, number).toBe(number);
  });
});
