/**
 * A French operator's or utility's bill opens with "Votre facture du 05/11/2025" and ends with the direct
 * debit's date ("prélevé … à partir du 20/11/2025"): "Votre facture du" labels the issue date, so the two
 * dates are no disagreement to flag. The 134th batch's mobile bill as a browser printed it (right, but
 * flagged: "dates without an issue-date label disagree").
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

describe('"Votre facture du"', () => {
  it('labels the issue date', () => {
    const inv = parseWesternInvoiceText(toPageText([
      d(18, 17, 'Lignéo Mobile', 5.3), d(18, 24, 'Lignéo Télécom SAS · 4 rue de Bercy · 75012 Paris', 2.5),
      d(140, 17, 'Votre facture du 03/10/2025', 4.2), d(140, 22, 'Période du 03/09/2025 au 02/10/2025', 4.2),
      d(120, 40, 'MONSIEUR LUC MARCHAND', 4.2), d(120, 45, '8 RUE DES LILAS', 4.2), d(120, 50, '13005 MARSEILLE', 4.2),
      d(19, 62, 'N° client', 2.5), d(19, 65, '2.2207144', 4.2), d(60, 62, 'N° de facture', 2.5), d(60, 65, 'M25100220714', 4.2),
      d(18, 80, 'Détail', 4.2), d(170, 80, 'Montant TTC', 4.2),
      d(18, 86, 'Forfait 80 Go', 4.2), d(176, 86, '19,99 €', 4.2),
      d(18, 92, 'Total hors taxes', 4.2), d(176, 92, '16,66 €', 4.2),
      d(18, 98, 'TVA 20 %', 4.2), d(178, 98, '3,33 €', 4.2),
      d(18, 104, 'Total de votre facture TTC', 4.2), d(176, 104, '19,99 €', 4.2),
      d(18, 120, 'Ce montant sera prélevé sur votre compte à partir du 18/10/2025.', 4.2),
    ], 210, 297));
    expect(inv.date).toBe('2025-10-03');
    expect(guessesOf(inv)['date']).toBeUndefined();
  });
});
