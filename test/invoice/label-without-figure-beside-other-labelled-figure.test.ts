/**
 * A tax label without a figure of its own in the column at the left ("Total TVA en devise de comptabilisation",
 * its figure in EUR on the row after it), level with the totals column's "Total TTC" and its figure at the
 * right: that figure is the gross's, its label before it on its own line, no figure of the tax label's. The
 * tax stays the one labelled in the totals column. The 125th batch's Factur-X invoice in USD as a browser
 * printed it (its tax read as the gross).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = [
  d(17, 16.2, 'Alpes Composites SAS', 4.9), d(170, 16.2, 'FACTURE', 4.5), d(17, 21.7, '112 route des Creuses'), d(17, 27, '74600 Seynod'),
  d(17, 45, 'Numéro de facture : FX-2025-00412'), d(17, 50, 'Date : 12/11/2025'), d(17, 55, 'Devise : USD'),
  d(106, 60, 'Société Lyonnaise de Négoce SA'), d(106, 65, '41 rue de la République'), d(106, 70, '69002 Lyon'),
  d(17, 113.5, 'Désignation'), d(173, 113.5, 'Montant HT'),
  d(37, 124.9, 'Panneau composite carbone'), d(171, 124.9, '12 450,00'),
  d(108, 163.2, 'Total HT'), d(170, 163.2, '12 450,00'),
  d(108, 168.3, 'Total TVA 20 %'), d(172, 168.3, '2 490,00'),
  d(17, 173.3, 'Total TVA en devise de comptabilisation'),
  d(108, 175.9, 'Total TTC'), d(170, 175.9, '14 940,00'),
  d(17, 178.3, '(BT-111) : 2 147,63 EUR'),
];

describe('a tax label without its figure beside another label’s figure', () => {
  it('takes no figure of the other label', () => {
    const inv = parseWesternInvoiceText(toPageText(page, 210, 297));
    expect(inv.taxAmount).toBe(2490);
    expect(inv.totalAmount).toBe(14940);
  });
});
