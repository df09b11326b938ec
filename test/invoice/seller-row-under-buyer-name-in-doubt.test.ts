/**
 * A customer's box giving its trading name over its company ("Brasserie Le Comptoir Nantais" over "SARL Comptoir
 * Nantais") beside a letterhead without a company form: the box's second row, the only company form at the top,
 * was read as the seller, with no doubt (the 162nd batch's Axonaut advance invoice, silent). A seller read from
 * the row right under the buyer's name, in its column, is one block read as both parties: in doubt, as one read
 * from the row right over it already was.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

// (Set as a browser prints the page: the letterhead's name hardly larger than its rows, the box at the right.)
const page = (box: string[]) => parseWesternInvoiceText(toPageText([
  d(17.2, 16.3, 'Atelier Boisnoir', 4.6), d(137.4, 16.4, "Facture d'acompte", 5.3),
  d(17.2, 21.7, 'Agencement & mobilier sur mesure', 4.2), d(152.1, 22.8, 'Numéro : FA-00212', 4.2),
  d(17.2, 26.7, '17 rue des Tanneurs', 4.2), d(130.3, 27.8, "Date d'émission : 12/11/2025", 4.2),
  d(17.2, 31.7, '44000 Nantes', 4.2), d(128.6, 32.8, "Date d'échéance : 26/11/2025", 4.2),
  d(17.2, 36.8, 'SIRET 899 447 118 00012', 4.2), d(130.6, 37.8, 'Devis de référence : D-00431', 4.2),
  d(17.2, 41.8, 'TVA FR41 899447118', 4.2),
  ...box.map((t, i) => d(108.1, 58.7 + 5.03 * i, t, 4.2)),
  d(17.2, 100, 'Désignation', 4.2), d(173.4, 100, 'Total HT', 4.2),
  d(17.2, 106, 'Acompte de 30 % à la commande', 4.2), d(174, 106, '1 200,00', 4.2),
  d(137.9, 120, 'Total HT', 4.2), d(170, 120, '1 200,00 €', 4.2),
  d(137.9, 126, 'TVA 20 %', 4.2), d(170, 126, '240,00 €', 4.2),
  d(137.9, 132, 'Total TTC', 4.2), d(170, 132, '1 440,00 €', 4.2),
], 210, 297));

describe('a seller read from the row under the buyer\'s name', () => {
  it('is in doubt: the customer\'s trading name over its company', () => {
    const inv = page(['Restaurant Le Quai Fleuri', 'SARL Quai Fleuri', '2 quai de la Fosse', '44000 Nantes']);
    expect(inv.buyer.name).toBe('Restaurant Le Quai Fleuri');
    const sure = guessesOf(inv)['seller.name'] === undefined;
    expect(sure && inv.seller.name === 'SARL Quai Fleuri').toBe(false);
  });
});
