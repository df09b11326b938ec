/**
 * A Colombian factura electrónica de venta prints its number as the DIAN range's prefix and the consecutive, a space
 * between, under its title: "FACTURA ELECTRÓNICA DE VENTA" over "No. SETT 20417", the resolution's lines under it.
 * The number was read as nothing: letters and figures apart are no number token.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const factura = (numberCell: string): Draw[] => [
  { text: 'PANADERÍA LA ESPIGA DORADA S.A.S.', x: 15, y: 10, size: 4 }, { text: 'NIT 900.442.118-2', x: 15, y: 16 },
  { text: 'FACTURA ELECTRÓNICA DE VENTA', x: 130, y: 10 },
  { text: numberCell, x: 140, y: 15 },
  { text: 'Resolución DIAN 18764055521107 de 2026-01-20', x: 120, y: 20, size: 2.4 },
  { text: 'Fecha de expedición: 11/10/2026', x: 130, y: 30 },
  { text: 'Señores', x: 15, y: 30 }, { text: 'COMEDORES INDUSTRIALES DEL CAUCA S.A.S.', x: 40, y: 30 },
  { text: 'Pan tajado integral x 24', x: 15, y: 50 }, { text: '$ 1.440.000', x: 175, y: 50 },
  { text: 'Subtotal', x: 140, y: 70 }, { text: '$ 1.440.000', x: 175, y: 70 },
  { text: 'IVA 5%', x: 140, y: 75 }, { text: '$ 72.000', x: 178, y: 75 },
  { text: 'Total a pagar', x: 140, y: 80 }, { text: '$ 1.512.000', x: 175, y: 80 },
];

describe("a DIAN range's prefix and consecutive under the title", () => {
  it('is the number', () => {
    expect(parseWesternInvoiceText(toPageText(factura('No. SETT 20417'))).number).toBe('SETT 20417');
  });
});
