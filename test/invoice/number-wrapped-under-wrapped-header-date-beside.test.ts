/**
 * A Factur-X invoice's reference grid with headers wrapped over three rows ("Numéro" / "de" / "facture" beside
 * "Date"), the number wrapped in its narrow cell under them ("FX-2025-" over "00412") and the date in the next
 * cell ("12/11/2025"), an exchange rate's date further down ("BCE du 11/11/2025"): the number is read whole, and
 * its date is still the one beside the number's head, not the rate's. The 125th batch's Factur-X invoice in USD
 * as a browser printed it (its number read as "FX-2025-"; read whole, its date fell to the rate's, silently,
 * until the date was looked for beside the head too).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = [
  d(17, 16.2, 'Alpes Composites SAS', 4.9), d(170, 16.2, 'FACTURE', 4.5), d(17, 21.7, '112 route des Creuses'), d(17, 27, '74600 Seynod'),
  d(18, 49.5, 'Numéro'), d(45, 49.5, 'Date'), d(72, 49.5, 'Devise de'), d(162, 49.5, 'Commande'),
  d(18, 54.5, 'de'), d(72, 54.5, 'facturation'), d(162, 54.5, '(BT-13)'),
  d(18, 59.5, 'facture'), d(72, 59.5, '(BT-5)'),
  d(18, 63.6, 'FX-2025-'), d(45, 63.6, '12/11/2025'), d(72, 63.6, 'USD'), d(162, 63.6, 'PO 88-4471'),
  d(18, 67.6, '00412'),
  d(106, 82.3, 'Acheteur'), d(106, 87.3, 'Société Lyonnaise de Négoce SA'), d(106, 92.3, '41 rue de la République'), d(106, 97.4, '69002 Lyon'),
  d(17, 113.5, 'Désignation'), d(173, 113.5, 'Montant HT'), d(37, 124.9, 'Panneau composite carbone'), d(171, 124.9, '12 450,00'),
  d(17, 163.2, 'Taux de change appliqué : 1 USD = 0,8625 EUR (BCE du 11/11/2025)'),
  d(108, 170, 'Total HT'), d(170, 170, '12 450,00'), d(108, 175, 'Total TVA 20 %'), d(172, 175, '2 490,00'), d(108, 180, 'Total TTC'), d(170, 180, '14 940,00'),
];

describe('a number wrapped in its cell under headers wrapped over three rows', () => {
  it('is read whole, with the date beside its head', () => {
    const inv = parseWesternInvoiceText(toPageText(page, 210, 297));
    expect(inv.number).toBe('FX-2025-00412');
    expect(inv.date).toBe('2025-11-12');
  });
});
