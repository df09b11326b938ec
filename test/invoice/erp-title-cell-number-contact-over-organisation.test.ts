/**
 * An ERP's invoice sets its title alone at the top right and the number alone in the cell under it, no label
 * ("FACTURE" over "FA-2025-00412"): the number is the id under the title (the 152nd batch's Sellsy invoice was read
 * without a number, named). Only an id of letters and figures: a date under the title is none; and only under a
 * title set larger than it, not under a header's word wrapped in its cell ("Numéro" over "de" over "facture").
 *
 * The same page's client block opens with a titled contact and their department, the organisation under both
 * without a company form ("M. Julien Ferrand" / "Service achats" / "Coopérative Agricole Val de Saône" / "Zone
 * artisanale des Prés" / "71240 …"): the organisation is the buyer, the person its contact (the person was read,
 * flagged without naming the buyer).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

/** A text item with the width the printed face gives it. */
const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const items = [
  w(18.3, 17.4, 'Irrigation Conseil Bourgogne', 4.59, 74.56),
  w(18.3, 22.9, 'SAS au capital de 40 000 € · 3 rue de l\'Écluse · 71100 Chalon-sur-Saône', 2.47, 88.95),
  w(18.3, 25.8, 'SIRET 792 441 187 00018 · TVA FR55 792441187', 2.47, 61.25),
  w(163.4, 17.2, 'FACTURE', 6.35, 28.69),
  w(159.9, 24.9, 'FA-2025-00412', 4.23, 32.14),
  w(19.3, 37.7, 'Date', 2.47, 5.90),
  w(52.3, 37.6, '24/11/2025', 4.23, 24.40),
  w(19.3, 43.8, 'Échéance', 2.47, 11.95),
  w(52.3, 43.7, '24/12/2025', 4.23, 24.40),
  w(19.3, 49.9, 'Devis', 2.47, 6.85),
  w(52.3, 49.7, 'DE-2025-00388', 4.23, 33.23),
  w(19.3, 56.0, 'Bon de commande client', 2.47, 30.82),
  w(52.3, 55.8, 'BC 7719', 4.23, 17.90),
  w(106.2, 37.2, 'Client', 2.47, 7.15),
  w(106.2, 40.0, 'M. Julien Ferrand', 4.23, 35.44),
  w(106.2, 45.0, 'Service achats', 4.23, 31.06),
  w(106.2, 50.0, 'Coopérative Agricole Val de Saône', 4.23, 82.31),
  w(106.2, 55.0, 'Zone artisanale des Prés', 4.23, 52.28),
  w(106.2, 60.1, '71240 Sennecey-le-Grand', 4.23, 55.41),
  w(18.3, 72.0, 'Réf.', 4.23, 9.35),
  w(36.2, 72.0, 'Désignation', 4.23, 28.65),
  w(127.7, 72.0, 'Qté', 4.23, 8.49),
  w(141.0, 72.0, 'P.U. HT', 4.23, 16.88),
  w(160.6, 72.0, 'TVA', 4.23, 9.15),
  w(172.6, 72.0, 'Total HT', 4.23, 19.47),
  w(18.3, 78.3, 'ETU-02', 4.23, 15.27),
  w(36.2, 78.3, 'Étude d\'irrigation goutte-à-goutte, 40 ha', 4.23, 86.12),
  w(133.5, 78.3, '1', 4.23, 2.69),
  w(139.0, 78.3, '3 200,00', 4.23, 18.85),
  w(160.4, 78.3, '20%', 4.23, 9.41),
  w(173.2, 78.3, '3 200,00', 4.23, 18.85),
  w(18.3, 84.4, 'VIS-01', 4.23, 13.75),
  w(36.2, 84.4, 'Visite terrain et relevés', 4.23, 49.40),
  w(133.5, 84.4, '2', 4.23, 2.69),
  w(143.1, 84.4, '320,00', 4.23, 14.81),
  w(160.4, 84.4, '20%', 4.23, 9.41),
  w(177.3, 84.4, '640,00', 4.23, 14.81),
  w(18.5, 94.7, 'Total HT', 4.23, 19.47),
  w(60.7, 94.7, 'TVA 20 %', 4.23, 22.23),
  w(101.8, 94.7, 'Total TTC', 4.23, 22.02),
  w(144.0, 94.7, 'Net à payer', 4.23, 27.72),
  w(35.4, 101.1, '3 840,00 €', 4.23, 22.89),
  w(80.5, 101.1, '768,00 €', 4.23, 18.85),
  w(118.7, 101.1, '4 608,00 €', 4.23, 22.89),
  w(166.6, 101.1, '4 608,00 €', 4.23, 25.17),
  w(17.2, 109.7, 'Règlement par virement à 30 jours. IBAN FR76 1027 8021 0000 0204 4711 245 – BIC CMCIFR2A.', 2.47, 119.74),
];

describe('a number alone under the title', () => {
  it('reads it as the invoice number', () => {
    expect(parseWesternInvoiceText(page(items)).number).toBe('FA-2025-00412');
  });
  it('takes no date under the title for the number', () => {
    const dated = items.map((i) => (i.text === 'FA-2025-00412' ? { ...i, text: '24/11/2025' } : i));
    expect(parseWesternInvoiceText(page(dated)).number).toBeNull();
  });
  it('takes no number\'s word run into its figures for a bare id: a label OCR joined to its value', () => {
    const joined = items.map((i) => (i.text === 'FA-2025-00412' ? { ...i, text: 'Nr.471102-25' } : i));
    expect(parseWesternInvoiceText(page(joined)).number).toBe('471102-25');
  });
  it('takes no id under a title word set as small as it, a header wrapped in its cell', () => {
    const small = items.map((i) => (i.text === 'FACTURE' ? { ...i, height: 4.23 } : i));
    expect(parseWesternInvoiceText(page(small)).number).toBeNull();
  });
});

describe('a titled contact and a department over an organisation', () => {
  it('reads the organisation as the buyer', () => {
    expect(parseWesternInvoiceText(page(items)).buyer.name).toBe('Coopérative Agricole Val de Saône');
  });
});
