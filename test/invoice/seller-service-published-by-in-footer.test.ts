/**
 * A subscription's footer names the company behind its brand in a sentence: "Planifia est un service édité par
 * Horizon Logiciels SAS · 21 rue …". The seller is the company, not the sentence (the 147th batch's ProAbono invoice,
 * its seller read as the whole sentence with status ok).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

/** A text item with the width the printed face gives it. */
const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const subscription = page([
  w(18.3, 17.3, 'plani', 7.05, 19.66),
  w(37.9, 17.3, 'fi', 7.05, 5.23),
  w(43.1, 17.3, 'a', 7.05, 4.76),
  w(170.8, 17.5, 'FACTURE', 4.23, 21.27),
  w(143.9, 22.5, 'N° PLF-2025-11-04471', 4.23, 48.19),
  w(148.4, 27.5, 'Émise le 01/12/2025', 4.23, 43.66),
  w(18.3, 43.8, 'Client', 2.47, 7.15),
  w(106.2, 43.8, 'Abonnement', 2.47, 15.87),
  w(18.3, 46.6, 'Atelier d\'Architecture Ruelle & Fils', 4.23, 71.91),
  w(106.2, 46.6, 'O', 4.23, 3.33),
  w(109.6, 46.6, 'ff', 4.23, 2.92),
  w(112.5, 46.6, 're Équipe – 3 licences', 4.23, 46.06),
  w(18.3, 51.6, 'compta@ruelle-archi.example', 4.23, 63.72),
  w(106.2, 51.6, 'Période du 01/12/2025 au 31/12/2025', 4.23, 80.63),
  w(18.3, 56.6, '7 place du Martroi', 4.23, 38.55),
  w(106.2, 56.6, 'Référence abonné : ABN-20771', 4.23, 66.58),
  w(18.3, 61.6, '45000 Orléans', 4.23, 31.15),
  w(18.3, 73.6, 'Désignation', 4.23, 28.65),
  w(124.5, 73.6, 'Qté', 4.23, 8.49),
  w(147.7, 73.6, 'PU HT', 4.23, 14.44),
  w(172.6, 73.6, 'Total HT', 4.23, 19.47),
  w(18.3, 79.9, 'Licence Plani', 4.23, 27.61),
  w(45.9, 79.9, 'fi', 4.23, 2.67),
  w(48.5, 79.9, 'a Équipe (mensuel)', 4.23, 41.18),
  w(130.3, 79.9, '3', 4.23, 2.69),
  w(143.3, 79.9, '149,00 €', 4.23, 18.85),
  w(173.2, 79.9, '447,00 €', 4.23, 18.85),
  w(71.6, 89.2, 'Total HT', 4.23, 17.00),
  w(173.2, 89.2, '447,00 €', 4.23, 18.85),
  w(71.6, 95.2, 'TVA (20 %)', 4.23, 23.51),
  w(175.9, 95.2, '89,40 €', 4.23, 16.16),
  w(71.6, 101.3, 'Total TTC', 4.23, 22.02),
  w(171.3, 101.3, '536,40 €', 4.23, 20.76),
  w(71.6, 107.4, 'Déjà payé (prélèvement carte du 01/12/2025)', 4.23, 97.65),
  w(173.2, 107.4, '536,40 €', 4.23, 18.85),
  w(71.6, 113.5, 'Reste à payer', 4.23, 29.24),
  w(178.6, 113.5, '0,00 €', 4.23, 13.46),
  w(19.2, 149.1, 'Plani', 2.47, 5.94),
  w(25.1, 149.1, 'fi', 2.47, 1.55),
  w(26.7, 149.1, 'a est un service édité par Horizon Logiciels SAS · 21 rue Alsace-Lorraine, 31000 Toulouse · SAS au capital de 50 000 € · RCS Toulouse', 2.47, 164.50),
  w(82.8, 152.0, '889 447 102 · TVA FR12 889447102', 2.47, 44.76),
]);

describe('a service published by a company, in the footer', () => {
  it('names the company as the seller', () => {
    expect(parseWesternInvoiceText(subscription).seller.name).toBe('Horizon Logiciels SAS');
  });
});
