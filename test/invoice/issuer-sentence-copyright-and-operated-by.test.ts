/**
 * The issuer a footer names behind a brand's letterhead, without the sentence's words (the 158th and 159th batches'
 * named sellers): the copyright's mark and year before the company ("© 2025 Acme Ltd · Registered in England …",
 * read with the registration's sentence, which is tried first), and a Spanish hotel's "Explotado por …" (operated by,
 * as "Operated by …" and "Exploité par …" already were or are now).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const registrar = (footer: string) => page([
  w(17.2, 16.32, 'hostlantern', 6.7, 48.2),
  w(171.52, 16.4, 'Invoice', 5.29, 21.36),
  w(157.56, 22.75, 'HL-INV-0771452', 4.23, 35.32),
  w(17.2, 36.78, 'Invoice To', 4.23, 23.8),
  w(17.2, 41.8, 'Saltmarsh Pottery Ltd', 4.23, 48.57),
  w(17.2, 46.83, '9 Quay Street', 4.23, 28.74),
  w(17.2, 51.86, 'Whitby YO21 3PU', 4.23, 35.24),
  w(107.16, 37.31, 'Invoice Date:', 4.23, 28.03),
  w(146.46, 37.31, '14 Nov 2025', 4.23, 27.11),
  w(17.2, 76.2, 'Description', 4.23, 27.38),
  w(174.23, 76.2, 'Amount', 4.23, 18.65),
  w(17.2, 87.58, 'Domain renewal – saltmarshpottery.co.uk', 4.23, 80.01),
  w(180.76, 87.58, '50.00', 4.23, 12.12),
  w(120.32, 131.23, 'Sub Total', 4.23, 19.29),
  w(175.37, 131.23, '£50.00', 4.23, 15.51),
  w(120.32, 137.32, 'VAT @ 20%', 4.23, 24.11),
  w(178.07, 137.32, '£10.00', 4.23, 14.81),
  w(120.32, 143.4, 'Total', 4.23, 11.57),
  w(175.37, 143.4, '£60.00', 4.23, 15.51),
  w(17.18, 188.03, footer, 2.47, 175.71),
]);

const hotel = (footer: string) => page([
  w(62.1, 15.2, 'HOTEL ALCÁZAR DEL RÍO', 5.9, 86.0),
  w(70.4, 22.4, 'Calle Betis 18 · 41010 Sevilla · +34 954 118 447', 2.47, 68.0),
  w(17.2, 38.5, 'Facturar a', 2.47, 13.0),
  w(17.2, 41.6, 'Distribuciones Guadalquivir, S.A.', 4.23, 68.0),
  w(17.2, 46.6, 'CIF A-41447118', 4.23, 32.0),
  w(17.2, 51.6, 'Avenida de la Palmera 40', 4.23, 52.0),
  w(17.2, 56.6, '41012 Sevilla', 4.23, 27.0),
  w(106.1, 38.5, 'Huésped', 2.47, 11.0),
  w(106.1, 41.6, 'D.ª Lucía Pardo Gil', 4.23, 40.0),
  w(106.1, 46.6, 'Habitación 212', 4.23, 31.0),
  w(17.2, 66.0, 'FACTURA', 4.23, 18.0),
  w(41.0, 66.0, 'Nº H25/001871', 4.23, 28.0),
  w(75.0, 66.0, 'Fecha 12/11/2025', 4.23, 34.0),
  w(120.0, 110.0, 'Base imponible', 4.23, 30.0),
  w(176.0, 110.0, '200,00 €', 4.23, 16.0),
  w(120.0, 116.0, 'Total IVA', 4.23, 18.0),
  w(178.0, 116.0, '20,00 €', 4.23, 14.0),
  w(120.0, 122.0, 'TOTAL FACTURA', 4.23, 30.0),
  w(176.0, 122.0, '220,00 €', 4.23, 16.0),
  w(30.0, 150.0, footer, 2.47, 150.0),
]);

describe('the issuer a footer sentence names', () => {
  it('reads the company after a copyright mark and year, without them', () => {
    expect(parseWesternInvoiceText(registrar('© 2025 Lanternway Hosting Ltd · Registered in England & Wales No. 10447118 · 8 Park Row, Leeds LS1 5HD')).seller.name).toBe('Lanternway Hosting Ltd');
    expect(parseWesternInvoiceText(registrar('Lanternway Hosting Ltd · Registered in England & Wales No. 10447118 · 8 Park Row, Leeds LS1 5HD')).seller.name).toBe('Lanternway Hosting Ltd');
  });

  it('reads the company a hotel is "Explotado por", without the words', () => {
    expect(parseWesternInvoiceText(hotel('Explotado por Alcázar Hoteles Sevilla, S.L. · CIF B-41877104 · Registro Mercantil de Sevilla, Tomo 4471')).seller.name).toBe('Alcázar Hoteles Sevilla, S.L.');
  });
});
