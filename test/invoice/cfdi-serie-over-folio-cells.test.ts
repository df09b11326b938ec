/**
 * A CFDI's printed representation gives its number as two key cells in a column of the title's box, "Serie | FV"
 * over "Folio | 30417", above "Folio fiscal | <UUID>": the number is the series with the folio. "Folio" was no
 * number key, and the number was not read.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const cfdi = (folioKey: string): Draw[] => [
  { text: 'REFACCIONARIA EL TRÉBOL DE SONORA', x: 40, y: 10, size: 4 }, { text: 'FACTURA', x: 140, y: 10 },
  { text: 'RFC: RTS1703087B1', x: 40, y: 15 }, { text: 'Serie', x: 140, y: 15 }, { text: 'RT', x: 170, y: 15 },
  { text: 'Régimen Fiscal: 601', x: 40, y: 20 }, { text: folioKey, x: 140, y: 20 }, { text: '8815', x: 170, y: 20 },
  { text: 'Fecha', x: 140, y: 25 }, { text: '14/10/2026', x: 170, y: 25 },
  { text: 'Folio fiscal', x: 140, y: 30 }, { text: '1D0F4C2B-77A1-4E52-9B60-3C8E21F0A7D4', x: 165, y: 30, size: 2 },
  { text: 'Receptor', x: 15, y: 40 }, { text: 'TRANSPORTES DEL DESIERTO', x: 40, y: 40 },
  { text: 'Subtotal', x: 140, y: 70 }, { text: '$ 5,000.00', x: 175, y: 70 },
  { text: 'IVA 16%', x: 140, y: 75 }, { text: '$ 800.00', x: 177, y: 75 },
  { text: 'Total', x: 140, y: 80 }, { text: '$ 5,800.00', x: 175, y: 80 },
];

describe("a CFDI's series over its folio", () => {
  it('reads the number as the series and the folio', () => {
    expect(parseWesternInvoiceText(toPageText(cfdi('Folio'))).number).toBe('RT 8815');
  });
  it('takes no "Folio fiscal" for the folio', () => {
    expect(parseWesternInvoiceText(toPageText(cfdi('Folio fiscal'))).number).not.toBe('RT 8815');
  });
});
