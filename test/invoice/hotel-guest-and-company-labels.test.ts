/**
 * A hotel's invoice naming both the guest and the company the stay is billed to: the guest's label ("Guest Name",
 * "Huésped") is a buyer's label, but the company under its own label ("Company", "Empresa", "Razón social") beside or
 * under it is the party billed (the 171st-175th batches' Irish and Toledo hotels read the guest; a Seville hotel's
 * guest left of "Razón social" before them).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height = 4.23, width = text.length * 2.1): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];
const totals = (net: string, tax: string, gross: string, labels: [string, string, string]) => [
  w(118, 110, labels[0]), w(175, 110, net), w(118, 116, labels[1]), w(175, 116, tax), w(118, 122, labels[2]), w(175, 122, gross)];

describe("a hotel's guest and the company billed", () => {
  it('reads the company on the row under "Guest Name" in a grid of labels and values', () => {
    const inv = parseWesternInvoiceText(page([
      w(60, 14, 'THE HARBOUR INN', 7, 70), w(80, 22, 'Dingle · Co. Kerry', 2.47, 30),
      w(20, 40, 'Guest Name'), w(48, 40, 'Mr Ciarán Walsh'), w(130, 40, 'Invoice No.'), w(160, 40, 'HI-25-0447'),
      w(20, 46, 'Company'), w(48, 46, 'Atlantic Seafoods Ltd'), w(130, 46, 'Invoice Date'), w(160, 46, '12/11/2025'),
      w(20, 52, 'Address'), w(48, 52, 'Pier Road, Tralee'), w(130, 52, 'Room'), w(160, 52, '118'),
      ...totals('200.00', '27.00', '227.00', ['Net', 'VAT 13.5%', 'Total']),
      w(15, 150, 'Harbour Inn Dingle Ltd · VAT No. IE 4471182H', 2.47, 80),
    ]));
    expect(inv.buyer.name).toBe('Atlantic Seafoods Ltd');
  });

  it('reads the company wrapped in its cell under "Huésped", not the guest, and keeps it from the letterhead', () => {
    const inv = parseWesternInvoiceText(page([
      w(16, 15, 'Hotel Plaza del Carmen', 6.35, 60), w(16, 23, 'Granada', 2.47, 20), w(167, 15, 'FACTURA', 5.3, 25),
      w(16, 33, 'Huésped'), w(48, 33, 'D. Luis Ortega Ruiz'), w(120, 33, 'Nº Factura'), w(153, 33, 'PC-2025-0118'),
      w(16, 39, 'Empresa'), w(48, 39, 'Distribuciones Alpujarra del'), w(120, 39, 'Fecha'), w(153, 39, '14/11/2025'),
      w(48, 44, 'Sur, S.L.'),
      w(16, 51, 'CIF'), w(48, 51, 'B-18447118'), w(120, 51, 'Habitación'), w(153, 51, '204'),
      ...totals('300,00', '30,00', '330,00 €', ['Base imponible', 'IVA 10%', 'Total factura']),
      w(15, 145, 'Carmen Hoteles Granada, S.L. · C/ Reyes Católicos 9, 18009 Granada · CIF B-18771840', 2.47, 120),
    ]));
    expect(inv.buyer.name).toBe('Distribuciones Alpujarra del Sur, S.L.');
    expect(inv.seller.name).not.toBe('Distribuciones Alpujarra del Sur, S.L.');
  });

  it('reads the block under "Razón social" beside the guest\'s block under "Huésped"', () => {
    const inv = parseWesternInvoiceText(page([
      w(16, 15, 'Hotel Giralda Norte', 6.35, 60), w(160, 15, 'Factura', 5.3, 25), w(160, 22, 'Nº factura: GN/25/0711'), w(160, 28, 'Fecha factura: 18/11/2025'),
      w(16, 40, 'Huésped', 2.47, 14), w(16, 44, 'Sra. Carmen Llorente'), w(16, 49, 'Habitación 212'),
      w(90, 40, 'Razón social', 2.47, 20), w(90, 44, 'Aceitunas Campiña Sevillana, S.A.'), w(90, 49, 'CIF A-41118447'), w(90, 54, 'Avda. de Andalucía 8'), w(90, 59, '41007 Sevilla'),
      ...totals('400,00', '40,00', '440,00 €', ['Base imponible', 'IVA 10%', 'Total']),
      w(15, 145, 'Giralda Norte Hoteles, S.L. · C/ San Fernando 2, 41004 Sevilla · CIF B-91118447', 2.47, 120),
    ]));
    expect(inv.buyer.name).toBe('Aceitunas Campiña Sevillana, S.A.');
  });

  it('keeps the guest as the buyer when no company is named', () => {
    const inv = parseWesternInvoiceText(page([
      w(16, 15, 'Hotel Giralda Norte', 6.35, 60), w(160, 15, 'Factura', 5.3, 25), w(160, 22, 'Nº factura: GN/25/0712'), w(160, 28, 'Fecha factura: 18/11/2025'),
      w(16, 40, 'Huésped', 2.47, 14), w(16, 44, 'Sra. Carmen Llorente'), w(16, 49, 'C/ Feria 14'), w(16, 54, '41003 Sevilla'),
      ...totals('400,00', '40,00', '440,00 €', ['Base imponible', 'IVA 10%', 'Total']),
      w(15, 145, 'Giralda Norte Hoteles, S.L. · C/ San Fernando 2, 41004 Sevilla · CIF B-91118447', 2.47, 120),
    ]));
    expect(inv.buyer.name).toBe('Carmen Llorente');
  });
});
