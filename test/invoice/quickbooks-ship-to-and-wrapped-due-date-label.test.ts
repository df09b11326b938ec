/**
 * A QuickBooks facture (the 167th batch): the info column's "DATE" over "D'ÉCHÉANCE" wrapped in its cell beside the
 * due date, then "DATE" beside the invoice's. The due date's wrapped label is no issue date's.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, width: number, height = 3.1): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const facture = page([
  w(17, 16, 'CDM', 18, 9), w(120, 16, 'Cidrerie du Mont SARL', 40), w(150, 21, '12 route de Caen', 28), w(147, 26, '14100 Lisieux', 25),
  w(16, 43, 'FACTURE', 30, 6.2),
  // (The name and the stand wrapped in their narrow columns, as the print sets them.)
  w(17, 55, 'FACTURER À', 20), w(17, 60, 'Crêperie Sainte-Anne', 36), w(17, 65, 'SAS', 6), w(17, 70, '3 place du Marché', 30), w(17, 75, '35400 Saint-Malo', 28),
  w(76, 55, 'EXPÉDIER À', 19), w(76, 60, 'Marché des Lices, Stand', 42), w(76, 65, '22', 4), w(76, 70, 'Place des Lices', 28), w(76, 75, '35000 Rennes', 22),
  w(135, 56, 'DATE', 9), w(135, 61, "D'ÉCHÉANCE", 20), w(167, 56, '19/12/2025', 18),
  w(135, 67, 'DATE', 9), w(167, 67, '19/11/2025', 18),
  w(135, 73, 'FACTURE N°', 20), w(167, 73, '2207', 8),
  w(17, 91, 'PRODUIT/SERVICE', 30), w(134, 91, 'QTÉ', 7), w(169, 91, 'MONTANT', 15),
  w(17, 98, 'Cidre brut 75 cl, caisse de 6', 45), w(138, 98, '10', 4), w(178, 98, '300,00', 11),
  w(144, 119, 'SOUS-TOTAL', 20), w(178, 119, '300,00', 11),
  w(144, 125, 'TVA (20 %)', 18), w(178, 125, '60,00', 9),
  w(144, 131, 'TOTAL', 10), w(178, 131, '360,00', 11),
]);

describe('a wrapped due date label', () => {
  it('reads the date beside "DATE", not the one beside "DATE" over "D\'ÉCHÉANCE"', () => {
    expect(parseWesternInvoiceText(facture).date).toBe('2025-11-19');
  });
});
