/**
 * A scanned Spanish invoice's totals grid ("Base imponible | % IVA | Cuota IVA | % R.E. | Cuota R.E. | TOTAL
 * FACTURA") whose header boxes OCR set edge to edge, one of them repeating the last letter of the box before
 * where the two overlap ("% IvA" "A Cuota IVA"): the grid is read box by box, the repeated letter left out.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrBox as box, a4, ocrReading } from './ocr-page.js';

/** A Spanish wholesaler's invoice, its grid's VAT header box as read (`quota`, from x = 76 mm). */
function spanish(quota: string): PageText {
  const items = [
    box(23, 66, 20, 'LEVANTE HOGAR'), box(119, 139, 20, 'CLIENTE'),
    box(23, 106, 25, 'Distribuciones Levante Hogar, S.L.'), box(119, 175, 25, 'Droguería Marisol'),
    box(23, 77, 30, 'Pol. Ind. Fuente del Jarro'), box(119, 157, 30, 'C/ Mayor 41, bajo'),
    box(22, 77, 35, '46988 Paterna (Valencia)'), box(118, 176, 35, '46680 Algemesí (Valencia)'),
    box(23, 60, 40, 'CIF: B97214830'), box(118, 153, 40, 'NIF: 20418736K'),
    box(23, 46, 57, 'FACTURA'), box(47, 74, 57, 'Nº Factura'), box(81, 97, 57, 'Fecha'), box(146, 183, 57, 'Forma de pago'),
    box(47, 70, 63, 'A-25/2291'), box(76, 101, 63, '19/11/2025'), box(135, 193, 63, 'Recibo domiciliado 30 días'),
    box(64, 93, 72, 'Descripción'), box(122, 136, 72, 'Cant.'), box(139, 156, 72, 'Precio'), box(174, 194, 72, 'Importe'),
    box(39, 98, 79, 'Detergente líquido ropa 5 L'), box(129, 136, 79, '48'), box(144, 156, 79, '9,50'), box(178, 194, 79, '456,00'),
    box(39, 76, 85, 'Lejía amarilla 2 L'), box(126, 136, 85, '120'), box(145, 156, 85, '1,20'), box(178, 194, 85, '144,00'),
    box(39, 97, 91, 'Bayetas microfibra, pack 6'), box(126, 136, 91, '256'), box(144, 155, 91, '2,50'), box(178, 194, 91, '640,00'),
    box(23, 61, 114, 'Base imponible'), box(63, 78, 114, '% IvA'), box(76, 104, 114, quota), box(106, 123, 114, '% R.E.'), box(125, 151, 114, 'Cuota R.E.'), box(154, 193, 114, 'TOTAL FACTURA'),
    box(42, 62, 120, '1.240,00'), box(65, 78, 120, '21,00'), box(89, 105, 120, '260,40'), box(112, 124, 120, '5,20'), box(138, 152, 120, '64,48'), box(168, 194, 120, '1.564,88 €'),
    box(21, 99, 132, 'Cliente acogido al régimen especial del recargo de equivalencia.'),
  ];
  return a4(items);
}

const totals = (p: PageText) => {
  const inv = ocrReading(p).invoice;
  return [inv.amount, inv.taxAmount, inv.totalAmount];
};

describe("a grid's header box that repeats the letter before it", () => {
  it('reads the grid without the repeated letter', () => {
    expect(totals(spanish('A Cuota IVA'))).toEqual([1240, 324.88, 1564.88]);
  });

  it('reads a box whose first letter is its own as it is', () => {
    expect(totals(spanish('Cuota IVA'))).toEqual([1240, 324.88, 1564.88]);
  });
});
