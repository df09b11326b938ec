/**
 * A Spanish ERP's summary grid by rate with columns before the base's ("Importe bruto | Dto. P.P. 2 % | Portes
 * | Base imponible | % IVA | Cuota IVA"), the carriage only on the first rate's row: a figure belongs to the
 * header nearest it of all the row's headers, so the carriage's "18,00" is no base. The 123rd batch's
 * distributor's factura as a browser printed it (net and tax null, the bases read as 18,00 and 450,41).
 */
import { describe, expect, it } from 'vitest';
import { pageLines } from '../../src/invoice/layout.js';
import { taxBreakdown } from '../../src/invoice/western/tax-breakdown.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = [
  d(17, 16.2, 'Distribuciones Levante Hostelera S.L.', 4.9), d(17, 27.5, 'C/ Fusters 12'), d(17, 32.5, '46970 Alaquàs (Valencia)'),
  d(116, 20, 'FACTURA A-25/004417'), d(116, 25, 'Fecha 26/11/2025'),
  d(116, 45, 'Restaurante El Faro de Cullera S.L.'), d(116, 50, 'Av. del Racó 44'), d(116, 55, '46400 Cullera (Valencia)'),
  d(17, 88.9, 'Código'), d(40, 88.9, 'Descripción'), d(157, 88.9, 'Importe'), d(179, 88.9, '% IVA'),
  d(17, 95.2, 'ME-0412'), d(40, 95.2, 'Copa vino 35 cl'), d(161, 95.2, '201,80'), d(187, 95.2, '21'),
  d(17, 101.3, 'AL-0077'), d(40, 101.3, 'Arroz bomba saco 5 kg'), d(161, 101.3, '459,60'), d(187, 101.3, '10'),
  d(19, 125.9, 'Importe bruto'), d(57, 125.9, 'Dto. P.P. 2 %'), d(96, 125.9, 'Portes'), d(111, 125.9, 'Base imponible'), d(151, 125.9, '% IVA'), d(169, 125.9, 'Cuota IVA'),
  d(38, 132.3, '201,80'), d(78, 132.3, '4,04'), d(98.5, 132.3, '18,00'), d(133, 132.3, '215,76'), d(160, 132.3, '21'), d(180, 132.3, '45,31'),
  d(38, 138.6, '459,60'), d(78, 138.6, '9,19'), d(133, 138.6, '450,41'), d(160, 138.6, '10'), d(180, 138.6, '45,04'),
  d(38, 145, '661,40'), d(75, 145, '13,23'), d(98.5, 145, '18,00'), d(133, 145, '666,17'), d(180, 145, '90,35'),
  d(115, 155.3, 'TOTAL FACTURA'), d(172, 155.3, '756,52 €'),
];

describe('a breakdown whose base column has a charge column beside it', () => {
  it('reads the bases under their own header', () => {
    expect(taxBreakdown(pageLines(toPageText(page, 210, 297)))).toMatchObject({ net: 666.17, tax: 90.35, rows: 2 });
    const inv = parseWesternInvoiceText(toPageText(page, 210, 297));
    expect(inv.amount).toBe(666.17);
    expect(inv.taxAmount).toBe(90.35);
    expect(inv.totalAmount).toBe(756.52);
  });
});
