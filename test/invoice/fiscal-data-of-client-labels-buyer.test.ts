/**
 * A Spanish invoice heads the customer's block "Datos fiscales del cliente", as others print "Datos del
 * cliente": the block under it is the buyer's, the heading no name; without it the block was passed over for
 * another. The 144th batch's SaaS invoice (its buyer read as the heading "Datos fiscales del cliente", status ok).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (heading: string) => toPageText([
  d(18.3, 17.5, 'nubefact', 5.29), d(139.1, 17.5, 'Nubefacturas Cloud, S.L.', 4.23),
  d(156.8, 22.5, 'C/ Colón 18, 2º', 4.23), d(162.7, 27.5, '46004 Valencia', 4.23), d(159.7, 32.5, 'CIF B98331204', 4.23),
  d(18.5, 45.0, 'Nº pedido: 771-20456', 4.23), d(74.7, 45.0, 'Nº factura: NF-2025-004471', 4.23), d(146.3, 45.0, 'Fecha: 03/11/2025', 4.23),
  d(18.3, 55.3, heading, 4.23),
  d(18.3, 60.3, 'Asesoría Martí y Roca, S.L.', 4.23),
  d(18.3, 65.4, 'NIF: B12904471', 4.23),
  d(18.3, 70.4, 'C/ Mayor 3, 12001 Castellón', 4.23),
  d(18.3, 75.4, 'Contacto: Pau Martí (gerencia)', 4.23),
  d(18.3, 85.5, 'Concepto', 4.23), d(154.8, 85.5, 'Precio', 4.23), d(173.2, 85.5, 'Importe', 4.23),
  d(18.3, 91.8, 'Plan Básico – 5 usuarios (noviembre 2025)', 4.23), d(153.6, 91.8, '20,00 €', 4.23), d(173.2, 91.8, '100,00 €', 4.23),
  d(136.7, 106.9, 'Base imponible', 4.23), d(173.2, 106.9, '100,00 €', 4.23),
  d(136.7, 113.0, 'IVA (21%)', 4.23), d(175.9, 113.0, '21,00 €', 4.23),
  d(136.7, 119.1, 'Total factura', 4.23), d(171.3, 119.1, '121,00 €', 4.23),
], 210, 297);

describe('"Datos fiscales del cliente" over the customer\'s block', () => {
  it('labels the buyer', () => {
    expect(parseWesternInvoiceText(page('Datos fiscales del cliente')).buyer.name).toBe('Asesoría Martí y Roca, S.L.');
  });
  it('as "Datos del cliente" does', () => {
    expect(parseWesternInvoiceText(page('Datos del cliente')).buyer.name).toBe('Asesoría Martí y Roca, S.L.');
  });
});
