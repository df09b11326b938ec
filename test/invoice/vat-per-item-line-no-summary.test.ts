/**
 * An item table with the VAT on each line and no summary under it ("Base | % IVA | Cuota IVA | Total línea", then
 * only "TOTAL FACTURA"), descriptions wrapped over two rows: the net and the tax are the columns' sums, when they
 * make the total. A Spanish catering supplier's invoice of the 115th batch, in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const page = (head: [string, string, string, string], rows: Array<[string, string, string, string, string, string?]>, total: string): Draw[] => {
  const draws = [d(22, 15, 'Suministros Hosteleros del Turia, S.L.', 5), d(22, 22, 'C/ Ciudad de Sevilla 18, 46988 Paterna'), d(22, 27, 'CIF B98204117'),
    d(150, 15, 'FACTURA', 5), d(150, 22, 'Nº F25-002291'), d(150, 27, 'Fecha 19/11/2025'),
    d(22, 45, 'Cliente'), d(22, 50, 'Arrocería La Malvarrosa, S.L.'), d(22, 55, 'Passeig de Neptú 34, 46011 València'),
    d(22, 75, 'Descripción'), d(110, 75, head[0]), d(135, 75, head[1]), d(150, 75, head[2]), d(175, 75, head[3])];
  let y = 81;
  for (const [desc, base, rate, tax, line, wrapped] of rows) {
    draws.push(d(22, y, desc), d(112, y, base), d(138, y, rate), d(153, y, tax), d(176, y, line));
    if (wrapped) draws.push(d(22, (y += 4), wrapped));
    y += 6;
  }
  draws.push(d(130, y + 4, 'TOTAL FACTURA €'), d(176, y + 4, total));
  return draws;
};
const read = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));

describe('the VAT on each item line, no summary', () => {
  it("sums the base and tax columns when they make the total, descriptions' wrapped rows between", () => {
    const inv = read(page(['Base', '% IVA', 'Cuota IVA', 'Total línea'], [
      ['Paellera acero pulido 40 cm', '147,00', '21', '30,87', '177,87'],
      ['Arroz bomba D.O. Valencia,', '182,00', '10', '18,20', '200,20', 'saco 5 kg'],
      ['Aceite de oliva virgen extra,', '155,60', '4', '6,22', '161,82', 'garrafa 5 l'],
      ['Detergente lavavajillas', '126,00', '21', '26,46', '152,46', 'industrial 20 l'],
    ], '692,35'));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([610.6, 81.75, 692.35]);
    const one = read(page(['Base imponible', '% IVA', 'Cuota', 'Importe'], [
      ['Cafetera industrial 2 grupos', '1.480,00', '21', '310,80', '1.790,80', 'con molinillo'],
      ['Instalación', '120,00', '21', '25,20', '145,20'],
    ], '1.936,00'));
    expect([one.amount, one.taxAmount, one.totalAmount]).toEqual([1600, 336, 1936]);
  });

  it('reads no net and tax when the columns do not make the total', () => {
    const inv = read(page(['Base', '% IVA', 'Cuota IVA', 'Total línea'], [
      ['Paellera acero pulido 40 cm', '147,00', '21', '30,87', '177,87'],
      ['Arroz bomba D.O. Valencia,', '182,00', '10', '18,20', '200,20', 'saco 5 kg'],
    ], '500,00'));
    expect([inv.amount, inv.taxAmount]).toEqual([null, null]);
  });
});
