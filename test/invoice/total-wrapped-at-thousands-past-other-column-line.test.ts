/**
 * A total whose narrow cell wrapped at its thousands space ("14" over "940,00", as bold French figures wrap),
 * a note of the column at the left set between the two rows ("(BT-111) : 2 147,63 EUR"): the rest is still the
 * cell right under the figure, right-aligned with it, and the total is read whole. The 125th batch's Factur-X
 * invoice as a browser printed it (its total read as 14).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (between: boolean) => [
  d(17, 16.2, 'Alpes Composites SAS', 4.9), d(170, 16.2, 'FACTURE', 4.5), d(17, 21.7, '112 route des Creuses'), d(17, 27, '74600 Seynod'),
  d(17, 45, 'Numéro de facture : FX-2025-00412'), d(17, 50, 'Date : 12/11/2025'),
  d(106, 60, 'Société Lyonnaise de Négoce SA'), d(106, 65, '41 rue de la République'), d(106, 70, '69002 Lyon'),
  d(17, 113.5, 'Désignation'), d(173, 113.5, 'Montant HT'),
  d(37, 124.9, 'Panneau composite carbone'), d(171, 124.9, '12 450,00'),
  d(17, 163.2, 'Taux de change appliqué : 1 USD ='), d(108, 163.2, 'Total HT'), d(170, 163.2, '12 450,00'),
  d(17, 168.3, '0,8625 EUR (BCE du 11/11/2025)'), d(108, 168.3, 'Total TVA 20 %'), d(172, 168.3, '2 490,00'),
  d(108, 175.9, 'Total TTC'), d(182.1, 175.9, '14'),
  ...(between ? [d(17, 178.3, '(BT-111) : 2 147,63 EUR')] : []),
  d(175.5, 181, '940,00'),
];

describe('a total wrapped at its thousands in a narrow cell', () => {
  it('is read whole, a line of another column between its rows or not', () => {
    for (const between of [true, false]) expect(parseWesternInvoiceText(toPageText(page(between), 210, 297)).totalAmount, String(between)).toBe(14940);
  });
});
