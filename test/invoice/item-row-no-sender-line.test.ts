/**
 * An item's row whose name ends in a model's number after a dash ("Serveur virtuel VPS-4") and whose period
 * has a dash of its own ("12.2025 – 02.2026"), close enough under the letterhead to be looked at for a sender
 * line: split at its dashes it reads as a name, a number and more, but its amounts in cells of their own make
 * it an item, and the letterhead is the seller. A Swiss hosting invoice of the 124th batch as a browser printed
 * it (its seller read as "Serveur virtuel VPS"), the item varied.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (item: string) => [
  d(17, 16.2, 'Helvetic Cloud Services SA', 4.9), d(115, 16.2, 'Fiduciaire Rochat & Fils Sàrl'),
  d(17, 21.4, 'Avenue de Sévelin 18'), d(115, 21.4, "À l'att. de M. Olivier Rochat"),
  d(17, 26.5, '1004 Lausanne'), d(115, 26.5, 'Rue du Lac 27'),
  d(17, 31.5, 'IDE CHE-214.558.903 TVA'), d(115, 31.5, '1800 Vevey'),
  d(16, 47.8, 'Lausanne, le 28 novembre 2025'),
  d(17, 54.8, 'Facture n° 2025-11-0093/CH', 4.2),
  d(17, 60.9, 'Client n° 40118 · Monnaie : CHF'),
  d(17, 72.2, 'Prestation'), d(81, 72.2, 'Période'), d(119, 72.2, 'Quantité'), d(161, 72.2, 'Prix'), d(173, 72.2, 'Montant'),
  d(17, 83.6, item), d(81, 83.6, '12.2025 –'), d(137, 83.6, '3'), d(158, 83.6, '89.00'), d(178, 83.6, '267.00'),
  d(81, 88.6, '02.2026'),
  d(120, 110, 'Total hors TVA'), d(178, 110, '267.00'), d(120, 115, 'TVA 8.1 %'), d(180, 115, '21.63'),
  d(120, 120, 'Montant total'), d(178, 120, '288.63'),
];

describe('an item row split at its dashes', () => {
  it('is no sender line', () => {
    for (const item of ['Serveur virtuel VPS-4', 'Lizenz Backup Pro-12', 'Cloud storage plan S-2']) {
      expect(parseWesternInvoiceText(toPageText(page(item), 210, 297)).seller.name, item).toBe('Helvetic Cloud Services SA');
    }
  });
});
