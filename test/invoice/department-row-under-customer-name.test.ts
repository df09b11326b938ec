/**
 * A customer's block in a column of a third or half of the page names the department that is to read the
 * invoice under the customer's name: a town's "Kulturreferat", a French "Service RH - Mme …" with the reader.
 * Such a row is the party's contact, as "Buchhaltung" is, never the rest of a name wrapped in its column,
 * however little room the first row left. The 137th batch's Austrian Billomat invoice and the 139th's French
 * training invoice as a browser printed them (buyers read as "Stadtgemeinde Gleisdorf Kulturreferat" and
 * "Coopérative Vinicole des Graves Service RH - Mme Sophie Lacoste", both silent).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const tail = [
  d(18.3, 90.5, 'Pos.', 4.23), d(30.5, 90.5, 'Leistung', 4.23), d(173.9, 90.5, 'Gesamt', 4.23),
  d(18.3, 96.8, '1', 4.23), d(30.5, 96.8, 'Autorenlesung', 4.23), d(172, 96.8, '350,00 €', 4.23),
  d(120, 110, 'Zwischensumme (netto)', 4.23), d(172, 110, '350,00 €', 4.23),
  d(120, 116, 'Umsatzsteuer 20 %', 4.23), d(174, 116, '70,00 €', 4.23),
  d(120, 122, 'Gesamtbetrag', 4.23), d(172, 122, '420,00 €', 4.23),
];

describe('a department row under the customer’s name in a narrow column', () => {
  it('is no part of the name: a town’s unit', () => {
    const inv = parseWesternInvoiceText(toPageText([
      d(18.3, 17.5, 'Buchhandlung Leitner', 5.29), d(158.3, 17.6, 'Leitner Buchhandels GmbH', 2.47),
      d(155, 20.6, 'Hauptplatz 12, 8200 Gleisdorf', 2.47), d(169.5, 23.5, 'UID ATU64471208', 2.47),
      d(18.3, 38, 'Rechnungsempfänger', 2.47), d(76.1, 38, 'Veranstaltungsort', 2.47),
      d(125.7, 38.4, 'Rechnungsnr.', 4.23), d(166.8, 38.4, 'RE-1287', 4.23),
      d(18.3, 40.7, 'Stadtgemeinde Gleisdorf', 4.23), d(76.1, 40.7, 'forumKloster,', 4.23),
      d(125.7, 44.4, 'Kundennr.', 4.23), d(166.8, 44.4, 'KD-0219', 4.23),
      d(18.3, 45.8, 'Kulturreferat', 4.23), d(76.1, 45.8, 'Festsaal', 4.23),
      d(125.7, 50.5, 'Datum', 4.23), d(166.8, 50.5, '25.11.2025', 4.23),
      d(18.3, 50.8, 'Rathausplatz 1', 4.23), d(76.1, 50.8, 'Rathausplatz 5', 4.23),
      d(18.3, 55.8, '8200 Gleisdorf', 4.23), d(76.1, 55.8, '8200 Gleisdorf', 4.23),
      d(17.2, 80.7, 'Rechnung RE-1287', 5.29),
      ...tail,
    ], 210, 297));
    expect(inv.buyer.name).toBe('Stadtgemeinde Gleisdorf');
  });

  it('is no part of the name: a department and its reader', () => {
    const inv = parseWesternInvoiceText(toPageText([
      d(163.4, 17.2, 'FACTURE', 6.35), d(18.3, 17.5, 'Formavia', 5.29),
      d(18.3, 23.8, 'Formavia SAS', 4.23), d(128.9, 25.4, 'Facture n°', 4.23), d(161.3, 25.4, 'FV-2025-0312', 4.23),
      d(18.3, 28.8, '9 rue Sainte-Catherine', 4.23), d(128.9, 31.5, 'Date', 4.23), d(161.3, 31.5, '21/11/2025', 4.23),
      d(18.3, 33.9, '33000 Bordeaux', 4.23),
      d(18.3, 58.4, 'Client', 2.47), d(106.2, 58.4, 'Action de formation', 2.47),
      d(18.3, 61.1, 'Coopérative Vinicole des Graves', 4.23), d(106.2, 61.1, 'Management d\'équipe - niveau 1', 4.23),
      d(18.3, 66.1, 'Service RH - Mme Sophie Lacoste', 4.23), d(106.2, 66.1, 'Dates : 03/11/2025 au 05/11/2025', 4.23),
      d(18.3, 71.2, '12 route de Cadillac', 4.23),
      d(18.3, 76.2, '33720 Podensac', 4.23), d(106.2, 76.2, 'Lieu : dans les locaux du client', 4.23),
      d(18.3, 88.4, 'Désignation', 4.23), d(172, 88.4, 'Montant', 4.23),
      d(18.3, 94.7, 'Formation intra-entreprise, 3 jours', 4.23), d(169.2, 94.7, '2 100,00 €', 4.23),
      d(124.6, 109.8, 'Total HT', 4.23), d(169.2, 109.8, '2 100,00 €', 4.23),
      d(124.6, 115.9, 'TVA', 4.23), d(178.6, 115.9, '0,00 €', 4.23),
      d(124.6, 122, 'Total net à payer', 4.23), d(166.9, 122, '2 100,00 €', 4.23),
    ], 210, 297));
    expect(inv.buyer.name).toBe('Coopérative Vinicole des Graves');
  });
});
