/**
 * A Spanish distributor's factura whose bases and quotas stand in a grid without labels of their own, the
 * invoice's total ("TOTAL FACTURA") followed by a payment on account ("Entregado a cuenta", "Pagos a cuenta")
 * and what is left ("TOTAL A PAGAR"): the payment is deducted, the total is the invoice's, not the rest. The
 * 123rd batch's page as a browser printed it (its total read as 556,52), the deduction's words varied.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (paid: string) => [
  d(17, 16.2, 'Distribuciones Levante Hostelera S.L.', 4.9),
  d(17, 27.5, 'C/ Fusters 12'), d(17, 32.5, '46970 Alaquàs (Valencia)'), d(17, 37.6, 'CIF B98441187'),
  d(116, 40, 'FACTURA A-25/004417'), d(116, 45, 'Fecha 26/11/2025'),
  d(116, 65.8, 'Restaurante El Faro de Cullera S.L.'), d(116, 69.5, 'Av. del Racó 44'), d(116, 73.2, '46400 Cullera (Valencia)'),
  d(17, 88.9, 'Código'), d(40, 88.9, 'Descripción'), d(113, 88.9, 'Cantidad'), d(138, 88.9, 'Precio'), d(157, 88.9, 'Importe'), d(179, 88.9, '% IVA'),
  d(17, 95.2, 'ME-0412'), d(40, 95.2, 'Copa vino 35 cl'), d(129, 95.2, '48'), d(143, 95.2, '2,35'), d(161, 95.2, '112,80'), d(187, 95.2, '21'),
  d(17, 101.3, 'AL-0077'), d(40, 101.3, 'Arroz bomba saco 5 kg'), d(129, 101.3, '12'), d(141, 101.3, '17,50'), d(161, 101.3, '210,00'), d(187, 101.3, '10'),
  d(19, 125.9, 'Importe bruto'), d(111, 125.9, 'Base imponible'), d(151, 125.9, '% IVA'), d(169, 125.9, 'Cuota IVA'),
  d(38, 132.3, '112,80'), d(133, 132.3, '112,80'), d(160, 132.3, '21'), d(180, 132.3, '23,69'),
  d(38, 138.6, '210,00'), d(133, 138.6, '210,00'), d(160, 138.6, '10'), d(180, 138.6, '21,00'),
  d(115, 155.3, 'TOTAL FACTURA'), d(172, 155.3, '367,49 €'),
  d(115, 161.4, paid), d(174, 161.4, '200,00 €'),
  d(115, 167.5, 'TOTAL A PAGAR'), d(172, 167.5, '167,49 €'),
];

describe('a payment on account after a Spanish invoice total', () => {
  it('is deducted: the total is the invoice’s', () => {
    for (const paid of ['Entregado a cuenta', 'Entregas a cuenta', 'Pagos a cuenta']) {
      expect(parseWesternInvoiceText(toPageText(page(paid), 210, 297)).totalAmount, paid).toBe(367.49);
    }
  });
});
