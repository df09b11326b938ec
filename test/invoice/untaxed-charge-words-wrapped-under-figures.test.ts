/**
 * A charge outside the VAT whose words close its description on the row under its figures ("Tasa de recogida de
 * basuras (Ordenanza" with "3 meses  14,2000 €/mes  42,60 €", then "fiscal nº 7), no sujeta a IVA"), listed after the
 * tax and held in the total: part of the net, as when the words share the figures' row. Read without the wrapped
 * row, the net was the taxable base alone, short of the total less the tax.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const bill = (wrapped: string): Draw[] => [
  { text: 'Aguas del Tormes, S.A.', x: 15, y: 12, size: 5 },
  { text: 'FACTURA', x: 130, y: 12, size: 4 },
  { text: 'Nº factura: AT25-0091172', x: 130, y: 19 }, { text: 'Fecha de emisión: 10/10/2025', x: 130, y: 24 },
  { text: 'Titular del contrato: Carnicería Benito Sanz, S.L.', x: 15, y: 32 },
  { text: 'Consumo bloque 1 (0 a 30 m³)', x: 15, y: 50 }, { text: '30 m³', x: 110, y: 50 }, { text: '0,5000 €/m³', x: 135, y: 50 }, { text: '15,00 €', x: 175, y: 50 },
  { text: 'Cuota de servicio alcantarillado', x: 15, y: 56 }, { text: '3 meses', x: 110, y: 56 }, { text: '5,0000 €/mes', x: 135, y: 56 }, { text: '15,00 €', x: 175, y: 56 },
  { text: 'Base imponible IVA 10 %', x: 15, y: 62 }, { text: '30,00 €', x: 175, y: 62 },
  { text: 'IVA 10 %', x: 15, y: 68 }, { text: '3,00 €', x: 177, y: 68 },
  { text: 'Tasa de recogida de basuras (Ordenanza', x: 15, y: 74 }, { text: '3', x: 110, y: 74 }, { text: '9,0000', x: 135, y: 74 }, { text: '27,00 €', x: 175, y: 74 },
  { text: wrapped, x: 15, y: 78 }, { text: 'meses', x: 110, y: 78 }, { text: '€/mes', x: 135, y: 78 },
  { text: 'TOTAL FACTURA', x: 120, y: 90, size: 4 }, { text: '60,00 €', x: 175, y: 90 },
];

describe('a charge outside the VAT with its words wrapped under its figures', () => {
  it('counts the charge in the net', () => {
    const inv = parseWesternInvoiceText(toPageText(bill('fiscal nº 7), no sujeta a IVA')));
    expect(inv.totalAmount).toBe(60);
    expect(inv.taxAmount).toBe(3);
    expect(inv.amount).toBe(57);
  });

  it('keeps the taxable base for a wrapped row that says nothing of the VAT', () => {
    const inv = parseWesternInvoiceText(toPageText(bill('fiscal nº 7), recogida selectiva')));
    expect(inv.amount).toBe(30);
  });
});
