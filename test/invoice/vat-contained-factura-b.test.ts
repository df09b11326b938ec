/**
 * An Argentine Factura B prices its lines with the VAT in them: "Subtotal" and "Importe Total" are the same gross,
 * and under them the consumer transparency regime (Ley 27.743) prints the VAT the total contains, "IVA Contenido:
 * $ 8676,86". That figure is the tax and the net the total without it; the label was not known, the subtotal was
 * taken for the net and the tax came out nil.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const facturaB = (contained: string): Draw[] => [
  { text: 'LIBRERÍA Y PAPELERÍA DEL SOL S.A.', x: 15, y: 12, size: 4 },
  { text: 'FACTURA', x: 140, y: 12, size: 4 }, { text: 'B', x: 105, y: 12, size: 6 },
  { text: 'Punto de Venta: 00003  Comp. Nro: 00000917', x: 140, y: 20 },
  { text: 'Fecha de Emisión: 12/10/2026', x: 140, y: 25 },
  { text: 'Condición frente al IVA: IVA Responsable Inscripto', x: 15, y: 25 },
  { text: 'Apellido y Nombre / Razón Social: ESCUELA DE DANZAS ALAS', x: 15, y: 38 },
  { text: 'Resmas A4 75 g (caja x 5)', x: 15, y: 55 }, { text: '3,00', x: 100, y: 55 }, { text: '11500,00', x: 130, y: 55 }, { text: '34500,00', x: 175, y: 55 },
  { text: 'Cartulinas color (paquete x 50)', x: 15, y: 61 }, { text: '2,00', x: 100, y: 61 }, { text: '7125,00', x: 130, y: 61 }, { text: '14250,00', x: 175, y: 61 },
  { text: 'Subtotal: $', x: 140, y: 80 }, { text: '48750,00', x: 175, y: 80 },
  { text: 'Importe Otros Tributos: $', x: 120, y: 85 }, { text: '0,00', x: 180, y: 85 },
  { text: 'Importe Total: $', x: 134, y: 90 }, { text: '48750,00', x: 175, y: 90 },
  { text: 'Régimen de Transparencia Fiscal al Consumidor (Ley 27.743)', x: 15, y: 100 },
  { text: contained, x: 15, y: 105 },
  { text: 'Otros Impuestos Nacionales Indirectos: $ 0,00', x: 15, y: 110 },
];

describe('the VAT a Factura B contains', () => {
  it('is the tax, and the net the total without it', () => {
    const inv = parseWesternInvoiceText(toPageText(facturaB('IVA Contenido: $ 8460,74')));
    expect(inv.totalAmount).toBe(48750);
    expect(inv.taxAmount).toBe(8460.74);
    expect(inv.amount).toBe(40289.26);
  });
});
