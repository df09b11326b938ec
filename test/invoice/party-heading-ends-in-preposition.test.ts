/**
 * A block's heading that no label list holds, read as the buyer's name with status ok: "Crédité à", "Gutschrift an"
 * were such headings before their labels were known. A name never ends with a preposition, so whatever heading of
 * the kind comes next ("Remboursé à", "Verrechnet an", "Refunded to", "Abonado a") puts the name in doubt, named.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import type { PageText, TextItem } from '../../src/core/text.js';

/** A text item with the width the printed face gives it. */
const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
/** A credit note whose customer's block is headed by `heading`, the customer's name under it. */
const creditNote = (heading: string, name = 'Maison Berthier Traiteur SARL'): PageText[] => [{ page: 1, width: 210, height: 297, items: [
  w(146.0, 17.3, 'NOTE DE CRÉDIT', 4.94, 46.07),
  w(18.3, 17.5, 'Colibri Mail', 5.29, 33.66),
  w(157.6, 23.0, 'N° CN-FR-00271', 4.23, 34.48),
  w(18.3, 24.0, 'Colibri Mail SAS · 3 rue Paul Bert · 69003 Lyon · TVA FR90', 2.47, 70.84),
  w(18.3, 26.9, '851447220', 2.47, 14.13),
  w(153.5, 28.0, 'Date : 20/11/2025', 4.23, 38.64),
  w(18.3, 52.3, heading, 2.47, 11.24),
  w(106.2, 52.3, 'Motif', 2.47, 6.16),
  w(18.3, 55.0, name, 4.23, 63.18),
  w(106.2, 55.0, 'Résiliation de 2 boîtes en cours de', 4.23, 72.90),
  w(18.3, 60.1, 'Julien Berthier', 4.23, 30.03),
  w(18.3, 65.1, '18 rue Mercière', 4.23, 33.37),
  w(18.3, 70.1, '69002 Lyon', 4.23, 24.56),
  w(131.7, 103.7, 'Sous-total', 4.23, 21.37),
  w(171.7, 103.7, '-177,00 €', 4.23, 20.38),
  w(131.7, 109.8, 'TVA FR 20 %', 4.23, 26.93),
  w(174.4, 109.8, '-35,40 €', 4.23, 17.69),
  w(131.7, 115.9, 'Total', 4.23, 11.57),
  w(169.6, 115.9, '-212,40 €', 4.23, 22.51),
] }];

describe('a party name ending with a preposition', () => {
  it('is in doubt, named: a heading read as the name', () => {
    for (const heading of ['Remboursé à', 'Verrechnet an', 'Refunded to', 'Abonado a']) {
      const inv = parseWesternInvoiceText(creditNote(heading));
      expect(inv.buyer.name, heading).toBe(heading);
      expect(guessesOf(inv)['buyer.name'], heading).toMatch(/ends with/);
    }
  });

  it('leaves a name alone, whatever its last word', () => {
    for (const name of ['Maison Berthier Traiteur SARL', 'Haus am See GmbH', 'Café de Flore SARL', 'Bottega da Vinci S.r.l.']) {
      const inv = parseWesternInvoiceText(creditNote('Client', name));
      expect(inv.buyer.name, name).toBe(name);
      expect(guessesOf(inv)['buyer.name'], name).toBeUndefined();
    }
  });
});
