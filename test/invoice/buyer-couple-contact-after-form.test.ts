/**
 * A couple addressed by their titles and surname keeps its titles ("M. et Mme Guillou" was read "Guillou", a surname
 * alone naming no one); a contact person after a comma on the company's row is no part of its name ("Clinique
 * Vétérinaire de l'Erdre SELARL, Mme Sophie" was read whole). The 147th batch's plumber and Odoo invoices, both
 * with status ok.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import type { PageText, TextItem } from '../../src/core/text.js';

/** A text item with the width the printed face gives it. */
const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const plumber = page([
  w(17.2, 16.8, 'Plomberie Chau', 4.59, 40.77),
  w(58.0, 16.8, 'ff', 4.59, 3.71),
  w(61.7, 16.8, 'age Le Go', 4.59, 25.62),
  w(87.3, 16.8, 'ff', 4.59, 3.71),
  w(17.2, 22.4, 'Erwan Le Go', 2.47, 15.51),
  w(32.7, 22.4, 'ff', 2.47, 1.70),
  w(34.4, 22.4, ', artisan · 14 route de Quimper · 29000 Quimper · SIRET 478 220 114 00032 · RM 478 220 114 RM 29', 2.47, 125.74),
  w(18.3, 33.6, 'Client', 4.23, 13.92),
  w(106.2, 33.6, 'Chantier', 4.23, 20.42),
  w(18.3, 38.6, 'M. et Mme Guillou', 4.23, 38.45),
  w(106.2, 38.6, 'Maison secondaire', 4.23, 39.37),
  w(18.3, 43.7, '5 allée des Hortensias', 4.23, 47.03),
  w(106.2, 43.7, 'Lieu-dit Kerlaz', 4.23, 30.12),
  w(18.3, 48.7, '29000 Quimper', 4.23, 33.16),
  w(106.2, 48.7, '29100 Douarnenez', 4.23, 40.40),
  w(17.2, 60.4, 'FACTURE N° 2025-1104', 2.82, 36.76),
  w(54.9, 60.4, 'du 24/11/2025 — Devis n° D-2025-0871 accepté le 02/10/2025 — Travaux réalisés le 18/11/2025', 2.82, 137.27),
  w(18.3, 67.2, 'Désignation', 4.23, 28.65),
  w(128.9, 67.2, 'Qté', 4.23, 8.49),
  w(143.4, 67.2, 'PU HT', 4.23, 14.44),
  w(161.4, 67.2, 'TVA', 4.23, 9.15),
  w(180.5, 67.2, 'Total', 4.23, 11.57),
  w(185.7, 72.2, 'HT', 4.23, 6.43),
  w(18.3, 78.6, 'Remplacement chau', 4.23, 43.57),
  w(61.8, 78.6, 'ff', 4.23, 2.92),
  w(64.7, 78.6, 'e-eau 200 L (fourniture et', 4.23, 54.63),
  w(134.7, 78.6, '1', 4.23, 2.69),
  w(139.5, 78.6, '1 180,00', 4.23, 18.35),
  w(165.2, 78.6, '10', 4.23, 5.39),
  w(173.7, 78.6, '1 180,00', 4.23, 18.35),
  w(18.3, 83.6, 'pose)', 4.23, 11.74),
  w(166.6, 83.6, '%', 4.23, 4.02),
  w(18.3, 89.7, 'Main d\'œuvre dépose ancien ballon', 4.23, 75.46),
  w(134.7, 89.7, '3', 4.23, 2.69),
  w(145.7, 89.7, '52,00', 4.23, 12.12),
  w(165.2, 89.7, '10', 4.23, 5.39),
  w(177.3, 89.7, '156,00', 4.23, 14.81),
  w(166.6, 94.7, '%', 4.23, 4.02),
  w(18.3, 100.8, 'Mitigeur thermostatique douche (fourniture seule)', 4.23, 106.40),
  w(134.7, 100.8, '1', 4.23, 2.69),
  w(143.0, 100.8, '245,00', 4.23, 14.81),
  w(165.2, 100.8, '20', 4.23, 5.39),
  w(177.3, 100.8, '245,00', 4.23, 14.81),
  w(166.6, 105.8, '%', 4.23, 4.02),
  w(102.7, 114.8, 'Total HT', 4.23, 17.00),
  w(169.7, 114.8, '1 581,00 €', 4.23, 22.39),
  w(102.7, 120.9, 'TVA 10 % sur 1 336,00', 4.23, 47.88),
  w(173.2, 120.9, '133,60 €', 4.23, 18.85),
  w(102.7, 127.0, 'TVA 20 % sur 245,00', 4.23, 44.34),
  w(175.9, 127.0, '49,00 €', 4.23, 16.16),
  w(102.7, 133.1, 'Total TTC', 4.23, 22.02),
  w(167.5, 133.1, '1 763,60 €', 4.23, 24.55),
  w(102.7, 139.2, 'Acompte versé le 02/10/2025', 4.23, 62.69),
  w(170.4, 139.2, '- 500,00 €', 4.23, 21.72),
  w(102.7, 145.3, 'Net à payer', 4.23, 27.72),
  w(167.5, 145.3, '1 263,60 €', 4.23, 24.55),
  w(17.2, 153.4, 'TVA à 10 % : travaux d\'amélioration dans un logement de plus de deux ans (attestation remise). Assurance décennale : Mutuelle Artisans', 2.47, 170.49),
  w(17.2, 156.3, 'Bretagne, contrat 447-1120.', 2.47, 35.22),
]);
const odoo = page([
  w(18.3, 17.5, 'CyberVigie', 5.29, 32.33),
  w(173.1, 17.6, 'CyberVigie SAS', 2.47, 19.03),
  w(168.3, 20.6, '45 quai de la Fosse', 2.47, 23.82),
  w(174.8, 23.5, '44000 Nantes', 2.47, 17.33),
  w(183.9, 26.4, 'France', 2.47, 8.21),
  w(114.0, 39.6, 'Clinique Vétérinaire de l\'Erdre SELARL, Mme Sophie', 2.96, 76.46),
  w(114.0, 43.1, 'Marchal', 2.96, 11.66),
  w(114.0, 46.5, '3 rue de la Hache', 2.96, 26.26),
  w(114.0, 50.0, '44300 Nantes', 2.96, 20.79),
  w(114.0, 53.4, 'France', 2.96, 9.84),
  w(114.0, 56.8, 'N° TVA : FR71 823447102', 2.96, 38.60),
  w(17.2, 68.2, 'Facture FAC/2025/00318', 5.64, 69.08),
  w(18.3, 78.3, 'Date de facturation', 4.23, 46.70),
  w(75.0, 78.3, 'Date d\'échéance', 4.23, 39.58),
  w(123.6, 78.3, 'Origine', 4.23, 17.50),
  w(146.4, 78.3, 'Référence client', 4.23, 38.99),
  w(18.3, 83.3, '26/11/2025', 4.23, 24.40),
  w(75.0, 83.3, '26/12/2025', 4.23, 24.40),
  w(123.6, 83.3, 'S00447', 4.23, 16.15),
  w(146.4, 83.3, 'BC-2025-118', 4.23, 27.69),
  w(18.3, 93.4, 'Description', 4.23, 27.38),
  w(103.5, 93.4, 'Quantité', 4.23, 20.85),
  w(141.2, 93.4, 'Prix', 4.23, 9.37),
  w(152.7, 93.4, 'Taxes', 4.23, 13.32),
  w(172.0, 93.4, 'Montant', 4.23, 20.05),
  w(131.8, 98.4, 'unitaire', 4.23, 18.77),
  w(18.3, 104.8, '[SRV-AUD] Audit de sécurité du', 4.23, 66.19),
  w(114.9, 104.8, '1,00', 4.23, 9.43),
  w(132.2, 104.8, '2 400,00', 4.23, 18.35),
  w(152.7, 104.8, 'TVA', 4.23, 8.11),
  w(173.7, 104.8, '2 400,00', 4.23, 18.35),
  w(18.3, 109.8, 'réseau', 4.23, 14.34),
  w(107.6, 109.8, 'Unité(s)', 4.23, 16.73),
  w(152.7, 109.8, '20%', 4.23, 9.41),
  w(189.4, 109.8, '€', 4.23, 2.69),
  w(18.3, 115.9, '[SRV-FORM] Formation sensibilisation', 4.23, 79.29),
  w(114.9, 115.9, '2,00', 4.23, 9.43),
  w(135.8, 115.9, '650,00', 4.23, 14.81),
  w(152.7, 115.9, 'TVA', 4.23, 8.11),
  w(173.7, 115.9, '1 300,00', 4.23, 18.35),
  w(18.3, 120.9, 'phishing (demi-journée)', 4.23, 50.76),
  w(107.6, 120.9, 'Unité(s)', 4.23, 16.73),
  w(152.7, 120.9, '20%', 4.23, 9.41),
  w(189.4, 120.9, '€', 4.23, 2.69),
  w(115.0, 130.2, 'Montant hors taxes', 4.23, 40.87),
  w(169.7, 130.2, '3 700,00 €', 4.23, 22.39),
  w(115.0, 136.3, 'TVA 20%', 4.23, 18.86),
  w(173.2, 136.3, '740,00 €', 4.23, 18.85),
  w(115.0, 142.3, 'Total', 4.23, 11.57),
  w(167.5, 142.3, '4 440,00 €', 4.23, 24.55),
  w(115.0, 148.4, 'Payé le 28/11/2025', 4.23, 41.13),
  w(169.7, 148.4, '1 000,00 €', 4.23, 22.39),
  w(115.0, 154.5, 'Montant dû', 4.23, 27.57),
  w(167.5, 154.5, '3 440,00 €', 4.23, 24.55),
  w(17.2, 162.9, 'Veuillez utiliser la communication suivante pour votre paiement : FAC/2025/00318', 2.96, 122.05),
  w(47.0, 180.6, 'contact@cybervigie.example · SIRET 901 447 218 00015 · RCS Nantes · TVA FR36 901447218', 2.47, 116.27),
]);

describe('buyer names of a couple, and with a contact after the company', () => {
  it('keeps a couple\'s titles before their surname', () => {
    const inv = parseWesternInvoiceText(plumber);
    expect(inv.buyer.name).toBe('M. et Mme Guillou');
    expect(guessesOf(inv)['buyer.name']).toBeUndefined();
  });
  it('ends the company\'s name at its form, the contact after the comma left out', () => {
    expect(parseWesternInvoiceText(odoo).buyer.name).toBe("Clinique Vétérinaire de l'Erdre SELARL");
  });
});
