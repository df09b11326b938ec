/**
 * "Date de l'avoir" labels a French credit note's issue date, as "Date de la facture" an invoice's. An Odoo
 * avoir of the 128th batch prints it in a row of labels wrapped over their values, beside "Date de la facture
 * d'origine": the origin invoice's date was read, with status ok.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (label: string) => toPageText([
  d(15, 14, 'Mobilis Ouest SAS', 4.6), d(15, 19.6, '4 rue de la Chalotais'), d(15, 24.6, '35000 Rennes'),
  d(115, 49, 'Agence Kerlann Immobilier SARL'), d(115, 54, '12 boulevard de la Liberté'), d(115, 59, '35000 Rennes'),
  d(14, 82, 'Avoir RAV/2025/00037', 5.5),
  d(15, 93, label), d(53, 93, 'Source :'), d(90, 93, 'Date de la facture'), d(155, 93, 'Référence client'),
  d(15, 98, ':'), d(53, 98, 'FAC/2025/00412'), d(90, 98, "d'origine :"), d(155, 98, ':'),
  d(15, 103, '21/11/2025'), d(90, 103, '03/11/2025'), d(155, 103, 'KI-0291'),
  d(120, 140, 'Montant hors taxes'), d(170, 140, '-430,00 €'), d(120, 145, 'TVA 20%'), d(170, 145, '-86,00 €'),
  d(120, 150, 'Total'), d(170, 150, '-516,00 €'),
], 210, 297);

describe("a credit note's own date label", () => {
  it("reads the credit note's date, not the origin invoice's", () => {
    for (const label of ["Date de l'avoir", 'Date d’avoir']) expect(parseWesternInvoiceText(page(label)).date, label).toBe('2025-11-21');
  });
});
