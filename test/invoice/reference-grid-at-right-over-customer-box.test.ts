/**
 * An ERP's grid of references in the right half, level with the letterhead and reaching down into the address
 * window's band, its header cells wrapped in narrow cells ("N°" over "client", "Bon de" over "commande", "Forma
 * de" over "pago") and its values under them ("CDE-2025- | BL00944 | 1", "AL- | Recibo 30 | 26/12/2025"), the
 * customer's box lower down: the wrapped "client" names the customer's number, no party, and the grid's rows
 * are no address block; the box is the buyer, and no row of the grid is a sender line. French and Spanish
 * pages of the 123rd batch as a browser printed them (buyers read as "CLEGOF Page", "commande", "pago"; the
 * French seller as "CDE").
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const body = [
  d(17, 96.3, 'Désignation'), d(123, 96.3, 'Qté'), d(161, 96.3, 'Montant'),
  d(17, 102, 'Ramette papier A4 80 g'), d(128, 102, '20'), d(168, 102, '87,00'),
  d(120, 120, 'Total HT'), d(170, 120, '87,00'), d(120, 125, 'TVA 20 %'), d(170, 125, '17,40'), d(120, 130, 'Total TTC'), d(170, 130, '104,40'),
];

const french = [
  d(17, 16.2, 'BUREAUTIQUE ARMORIQUE', 4.9), d(108, 16.2, 'FACTURE'), d(142, 16.2, 'Date'), d(173, 16.2, 'N°'),
  d(17, 22, 'Bureautique Armorique SAS'), d(173, 22, 'client'),
  d(17, 27, 'ZA de la Janais, 14 rue des Frênes'), d(108, 27, 'FA00871'), d(142, 27, '20/11/2025'), d(173, 27, 'CLEGOF'),
  d(17, 32, '35136 Saint-Jacques-de-la-Lande'),
  d(17, 34.9, 'Tél. 02 99 41 18 22'), d(108, 34.9, 'Bon de'), d(142, 34.9, 'Bon de'), d(173, 34.9, 'Page'),
  d(108, 40, 'commande'), d(142, 40, 'livraison'),
  d(108, 46.3, 'CDE-2025-'), d(142, 46.3, 'BL00944'), d(173, 46.3, '1'),
  d(108, 51.3, '0412'),
  d(17, 66.4, 'Représentant : Y. Le Bihan'), d(107, 66.4, 'Cabinet Le Goff Expertise SARL'),
  d(17, 71.4, 'Mode de règlement : Virement 30 jours'), d(107, 71.4, 'Service comptabilité'),
  d(107, 77.5, '3 quai Lamennais'), d(107, 82.5, '35000 Rennes'),
  ...body,
];

const spanish = [
  d(17, 16.2, 'Distribuciones Levante', 4.9), d(108, 16.2, 'FACTURA'), d(134, 16.2, 'Fecha'), d(161, 16.2, 'Cliente'),
  d(17, 21.8, 'Hostelera S.L.', 4.9), d(108, 21.8, 'A-'), d(134, 21.8, '26/11/2025'), d(161, 21.8, '4300117'),
  d(17, 27.5, 'Polígono Industrial Els Mollons, C/'), d(108, 27.5, '25/004417'),
  d(17, 32.5, 'Fusters 12'),
  d(108, 34.9, 'Albarán'), d(134, 34.9, 'Forma de'), d(161, 34.9, 'Vencimiento'),
  d(17, 37.6, '46970 Alaquàs (Valencia)'),
  d(134, 40, 'pago'),
  d(17, 42.6, 'CIF B98441187 · Tel. 961 50 44 18'),
  d(108, 46.3, 'AL-'), d(134, 46.3, 'Recibo 30'), d(161, 46.3, '26/12/2025'),
  d(108, 51.3, '25/09981'), d(134, 51.3, 'días'),
  d(116, 65.8, 'Restaurante El Faro de Cullera S.L.'), d(116, 69.5, 'Av. del Racó 44'), d(116, 73.2, '46400 Cullera (Valencia)'),
  ...body,
];

describe("a reference grid at the right over the customer's box", () => {
  it('reads the box as the buyer', () => {
    expect(parseWesternInvoiceText(toPageText(french, 210, 297)).buyer.name).toBe('Cabinet Le Goff Expertise SARL');
    expect(parseWesternInvoiceText(toPageText(spanish, 210, 297)).buyer.name).toBe('Restaurante El Faro de Cullera S.L.');
  });
  it('reads no grid row as a sender line', () => {
    // ("CDE-2025- | BL00944 | 1" parts at its dashes as a sender line would: "CDE", "2025-", …)
    expect(parseWesternInvoiceText(toPageText(french, 210, 297)).seller.name).toBe('Bureautique Armorique SAS');
  });
});
