/**
 * A French practitioner's fee note: "NOTE D'HONORAIRES N° NH-2025-" over "118" and "Total à régler : 540,00 €",
 * exempt (art. 261-4-1° du CGI). The fee note's title labels its number as an invoice's does, and "à régler" (to
 * settle) labels the total as "à payer" does (the 152nd batch's note read neither, named).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

/** A text item with the width the printed face gives it. */
const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const feeNote = page([
  w(54.0, 16.9, 'Cabinet de kinésithérapie des Carmes', 5.29, 102.44),
  w(61.8, 23.4, 'Mme Élodie Rigal – Masseur-kinésithérapeute D.E.', 3.35, 86.70),
  w(57.5, 27.3, '14 place des Carmes – 31000 Toulouse – 05 62 44 71 18', 3.35, 95.38),
  w(60.7, 31.3, 'N° ADELI 31 7 04471 8 – SIRET 512 447 188 00024', 3.35, 88.90),
  w(18.3, 45.8, 'NOTE D\'HONORAIRES N° NH-2025-', 4.23, 86.30),
  w(18.3, 50.8, '118', 4.23, 8.84),
  w(18.3, 55.8, 'Toulouse, le 28/11/2025', 4.23, 51.37),
  w(115.0, 45.8, 'Association Sportive Toulouse Nord', 4.23, 76.76),
  w(115.0, 50.8, 'à l\'attention du trésorier', 4.23, 52.86),
  w(115.0, 55.8, 'Gymnase des Minimes', 4.23, 48.26),
  w(115.0, 60.9, '31200 Toulouse', 4.23, 33.89),
  w(17.2, 72.3, 'Séances de préparation physique et de récupération des joueuses de l\'équipe senior, octobre et', 3.35, 162.42),
  w(17.2, 76.3, 'novembre 2025 :', 3.35, 28.73),
  w(18.3, 84.1, 'Période', 4.23, 18.08),
  w(61.4, 84.1, 'Prestation', 4.23, 24.65),
  w(125.0, 84.1, 'Séances', 4.23, 19.23),
  w(154.5, 84.1, 'Tarif', 4.23, 11.15),
  w(171.8, 84.1, 'Montant', 4.23, 20.32),
  w(18.3, 90.5, 'Octobre 2025', 4.23, 29.45),
  w(61.4, 90.5, 'Séance collective (2 h)', 4.23, 48.75),
  w(141.5, 90.5, '4', 4.23, 2.69),
  w(149.5, 90.5, '60,00 €', 4.23, 16.16),
  w(173.2, 90.5, '240,00 €', 4.23, 18.85),
  w(18.3, 96.6, 'Novembre 2025', 4.23, 34.52),
  w(61.4, 96.6, 'Séance collective (2 h)', 4.23, 48.75),
  w(141.5, 96.6, '5', 4.23, 2.69),
  w(149.5, 96.6, '60,00 €', 4.23, 16.16),
  w(173.2, 96.6, '300,00 €', 4.23, 18.85),
  w(148.0, 105.7, 'Total à régler : 540,00 €', 3.35, 45.11),
  w(17.2, 112.8, 'TVA non applicable, article 261-4-1° du CGI. Règlement par chèque ou virement (IBAN FR76 1005', 3.35, 167.93),
  w(17.2, 116.8, '7190 0400 0447 1180 112).', 3.35, 47.11),
]);

describe('a practitioner fee note (note d honoraires)', () => {
  it('reads its number and its total', () => {
    const inv = parseWesternInvoiceText(feeNote);
    expect(inv.number).toBe('NH-2025-118');
    expect(inv.totalAmount).toBe(540);
    expect(inv.amount).toBe(540);
    expect(inv.taxAmount).toBe(0);
  });
});
