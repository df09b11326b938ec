/**
 * A Spanish or Portuguese company name wrapped in its narrow letterhead cell before the joining word of its last
 * part ("SERVICIOS GRÁFICOS Y EDITORIALES" over "DE LA SIERRA S.L."): the second row, opening with "de", "del", "do"
 * and ending in the company's form, is the name's end. Read alone, it was the seller.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const factura = (first: string, second: string): Draw[] => [
  { text: first, x: 15, y: 10, size: 4 }, { text: 'R.U.C. 20611840027', x: 135, y: 10 },
  { text: second, x: 15, y: 15, size: 4 }, { text: 'FACTURA ELECTRÓNICA', x: 135, y: 15 },
  { text: 'AV. LOS INCAS 455 - CUSCO', x: 15, y: 21 }, { text: 'E001-00000731', x: 135, y: 20 },
  { text: 'Telf.: (084) 224 118', x: 15, y: 26 },
  { text: 'Señor(es): COOPERATIVA AGRARIA CAFETALERA VALLE SAGRADO LTDA.', x: 15, y: 40 },
  { text: 'Fecha de Emisión: 02/10/2026', x: 15, y: 45 },
  { text: 'Op. Gravada', x: 140, y: 80 }, { text: 'S/ 1,000.00', x: 175, y: 80 },
  { text: 'IGV 18%', x: 140, y: 85 }, { text: 'S/ 180.00', x: 177, y: 85 },
  { text: 'Importe Total', x: 140, y: 90 }, { text: 'S/ 1,180.00', x: 175, y: 90 },
];

describe('a name wrapped before its joining word', () => {
  it('reads both rows as the seller', () => {
    expect(parseWesternInvoiceText(toPageText(factura('SERVICIOS GRÁFICOS Y EDITORIALES', 'DEL SUR ANDINO S.A.C.'))).seller.name).toBe('SERVICIOS GRÁFICOS Y EDITORIALES DEL SUR ANDINO S.A.C.');
  });
});
