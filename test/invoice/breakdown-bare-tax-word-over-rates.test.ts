/**
 * A Spanish summary headed "Base imponible | IVA | Cuota", its bare "IVA" over the rates ("10 %", "21 %") and "Cuota"
 * over the tax: the first of the two tax words heads the rates, the second the tax, and the summary gives the net
 * and the tax. (Before, with no rate header the summary was not read and both stayed null.)
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const d = (x: number, y: number, text: string): Draw => ({ x, y, text });
const r = (right: number, y: number, text: string): Draw => ({ x: right - text.length * 1.65, y, text });

const page = (rateHeader: string, taxHeader: string) => toPageText([
  d(20, 15, 'Sidrería Urumea, S.L.'), d(20, 20, 'Calle Mayor 3, 20003 Donostia'),
  d(110, 15, 'Facturar a'), d(110, 20, 'Talleres Oria, S.A.'), d(110, 25, 'Polígono Ugaldetxo 4, 20180 Oiartzun'),
  d(20, 40, 'Factura'), d(45, 40, '2026-0087'), d(20, 46, 'Fecha'), d(45, 46, '14/11/2026'),
  d(20, 60, 'Concepto'), r(190, 60, 'Importe'),
  d(20, 66, 'Menú de grupo'), r(190, 66, '912,00'),
  d(20, 72, 'Vino de la casa'), r(190, 72, '222,00'),
  d(90, 90, 'Base imponible'), d(140, 90, rateHeader), d(170, 90, taxHeader),
  d(90, 96, '912,00 €'), d(140, 96, '10 %'), r(190, 96, '91,20 €'),
  d(90, 102, '222,00 €'), d(140, 102, '21 %'), r(190, 102, '46,62 €'),
  d(90, 110, 'Total factura'), r(190, 110, '1.271,82 €'),
], 210, 297);

describe('a summary with the bare tax word over its rates', () => {
  it.each([['IVA', 'Cuota'], ['% IVA', 'Cuota IVA']])('"%s | %s" gives the net and the tax', (rate, tax) => {
    const inv = parseWesternInvoiceText(page(rate, tax));
    expect(inv.totalAmount).toBe(1271.82);
    expect(inv.amount).toBe(1134);
    expect(inv.taxAmount).toBe(137.82);
  });
});
