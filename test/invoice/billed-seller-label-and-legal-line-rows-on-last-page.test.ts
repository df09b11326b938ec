/**
 * A marketplace's fees invoice to a seller: the customer's block under "Vendeur facturé" (the seller billed, as
 * "Client facturé" heads a customer's), and the issuer's legal line of two rows or more at the foot of the second
 * page the invoice ran onto, a lowercase wordmark on top ("marchéo"). The label was read as the buyer; the legal
 * line's first row, above the last two rows of the last page, was not read, and the wordmark was the seller.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const item = (page: number, x: number, y: number, text: string, height = 4.2): TextItem => ({ text, x, y, height, width: text.length * height * 0.5, page });

const page1 = (label: string): TextItem[] => [
  item(1, 17, 15, 'vendora', 7.4), item(1, 55, 19.5, '| Seller Central', 3.2), item(1, 124, 15, 'Facture de frais', 4.9),
  item(1, 17, 36, label), item(1, 17, 41, 'Brasserie du Port SARL'), item(1, 17, 46, '3 quai Duguay-Trouin'), item(1, 17, 51, '35400 Saint-Malo'),
  item(1, 80, 36, 'Références'), item(1, 80, 41, 'Facture n° VF-2025-0881234'), item(1, 80, 46, 'Date de facture : 30/09/2025'),
  item(1, 17, 80, 'Désignation'), item(1, 150, 80, 'Montant HT'),
  item(1, 17, 86, 'Commissions sur ventes'), item(1, 155, 86, '412,00 €'),
  item(1, 17, 92, 'Frais d\'expédition'), item(1, 155, 92, '188,00 €'),
  item(1, 110, 105, 'Total HT'), item(1, 155, 105, '600,00 €'),
  item(1, 110, 111, 'TVA 20 %'), item(1, 155, 111, '120,00 €'),
  item(1, 110, 117, 'Total TTC'), item(1, 155, 117, '720,00 €'),
  item(1, 17, 240, 'Le montant de cette facture a été déduit de votre versement.'),
  item(1, 17, 246, 'Le détail des commandes est disponible dans votre espace vendeur.'),
];
const page2: TextItem[] = [
  item(2, 17, 15, 'période.'),
  item(2, 17, 40, 'Vendora Marketplace France SAS au capital de 1 000 000 € · 12 rue de Rivoli, 75004 Paris · RCS Paris 811 204 471 · N° TVA', 2.5),
  item(2, 17, 43, 'intracommunautaire FR 44 811 204 471 · Pénalités de retard : trois fois le taux d\'intérêt légal ; indemnité forfaitaire pour frais de recouvrement', 2.5),
  item(2, 17, 46, ': 40 €.', 2.5),
];
const pages = (label: string): PageText[] => [
  { page: 1, width: 210, height: 297, items: page1(label) },
  { page: 2, width: 210, height: 297, items: page2 },
];

describe('a marketplace\'s fees invoice to a seller', () => {
  it('reads the block under "Vendeur facturé" as the buyer', () => {
    expect(parseWesternInvoiceText(pages('Vendeur facturé')).buyer.name).toBe('Brasserie du Port SARL');
  });

  it('names the seller from the legal line of several rows on the last page', () => {
    const inv = parseWesternInvoiceText(pages('Vendeur facturé'));
    expect(inv.seller.name).toBe('Vendora Marketplace France SAS');
    expect(inv.totalAmount).toBe(720);
  });
});
