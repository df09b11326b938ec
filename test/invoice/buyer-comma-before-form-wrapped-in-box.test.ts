/**
 * A customer's box at the right whose name wraps after its comma, the form alone on the next row
 * ("TRANSPORTES HERMANOS LASHERAS," over "S.L."): the name keeps its comma, as printed (the 154th batch's fuel
 * card invoice read "… LASHERAS S.L." with status ok; the other Spanish names of the set keep theirs).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

/** A text item with the width the printed face gives it. */
const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const fuelCard = page([
  w(18.3, 17.5, 'ebrocard', 5.29, 26.73),
  w(18.3, 24.0, 'Carburantes del Ebro, S.A. · Paseo de la Independencia 30 · 50004 Zaragoza · CIF', 2.47, 100.71),
  w(18.3, 26.9, 'A50447182', 2.47, 14.25),
  w(170.4, 17.5, 'FACTURA', 4.23, 21.65),
  w(139.0, 22.5, 'Nº factura: CE25-118247', 4.23, 53.07),
  w(136.1, 27.5, 'Fecha factura: 30/11/2025', 4.23, 56.02),
  w(146.3, 32.5, 'Periodo: 01/11/2025 -', 4.23, 45.83),
  w(167.7, 37.6, '30/11/2025', 4.23, 24.40),
  w(18.3, 48.7, 'Nº cliente: 0044718', 4.23, 42.36),
  w(18.3, 53.7, 'Nº contrato: TC-2019-0771', 4.23, 57.02),
  w(18.3, 58.7, 'Forma de pago: domiciliación, vto.', 4.23, 73.09),
  w(18.3, 63.8, '10/12/2025', 4.23, 24.40),
  w(106.3, 49.5, 'TRANSPORTES HERMANOS LASHERAS,', 4.23, 81.39),
  w(106.3, 54.5, 'S.L.', 4.23, 7.74),
  w(106.3, 59.5, 'Polígono Malpica, calle E, nave 14', 4.23, 71.85),
  w(106.3, 64.6, '50016 Zaragoza', 4.23, 34.73),
  w(106.3, 69.6, 'CIF B50118447', 4.23, 32.44),
  w(18.3, 81.5, 'Fecha', 4.23, 13.97),
  w(44.8, 81.5, 'Estación', 4.23, 20.17),
  w(71.8, 81.5, 'Tarjeta', 4.23, 16.49),
  w(101.5, 81.5, 'Matrícula', 4.23, 22.46),
  w(126.1, 81.5, 'Producto', 4.23, 21.58),
  w(150.9, 81.5, 'Litros', 4.23, 13.69),
  w(173.2, 81.5, 'Importe', 4.23, 18.91),
  w(175.8, 86.5, 'sin IVA', 4.23, 16.30),
  w(18.3, 92.9, '04/11/2025', 4.23, 24.40),
  w(44.8, 92.9, 'E.S. La', 4.23, 14.35),
  w(44.8, 97.9, 'Muela', 4.23, 12.71),
  w(71.8, 92.9, '7078 4471', 4.23, 22.89),
  w(71.8, 97.9, '0001 2207', 4.23, 22.89),
  w(101.5, 92.9, '4471 KLM', 4.23, 20.91),
  w(126.1, 92.9, 'Gasóleo A', 4.23, 21.28),
  w(149.8, 92.9, '318,40', 4.23, 14.81),
  w(177.3, 92.9, '412,30', 4.23, 14.81),
  w(18.3, 104.0, '11/11/2025', 4.23, 24.40),
  w(44.8, 104.0, 'E.S.', 4.23, 8.05),
  w(44.8, 109.0, 'Alfajarín', 4.23, 17.53),
  w(71.8, 104.0, '7078 4471', 4.23, 22.89),
  w(71.8, 109.0, '0001 2215', 4.23, 22.89),
  w(101.5, 104.0, '9120 JHP', 4.23, 19.10),
  w(126.1, 104.0, 'Gasóleo A', 4.23, 21.28),
  w(149.8, 104.0, '230,60', 4.23, 14.81),
  w(177.3, 104.0, '298,70', 4.23, 14.81),
  w(18.3, 115.1, '19/11/2025', 4.23, 24.40),
  w(44.8, 115.1, 'E.S. La', 4.23, 14.35),
  w(44.8, 120.1, 'Muela', 4.23, 12.71),
  w(71.8, 115.1, '7078 4471', 4.23, 22.89),
  w(71.8, 120.1, '0001 2207', 4.23, 22.89),
  w(101.5, 115.1, '4471 KLM', 4.23, 20.91),
  w(126.1, 115.1, 'Gasóleo A', 4.23, 21.28),
  w(149.8, 115.1, '274,10', 4.23, 14.81),
  w(177.3, 115.1, '355,10', 4.23, 14.81),
  w(18.3, 126.2, '26/11/2025', 4.23, 24.40),
  w(44.8, 126.2, 'E.S.', 4.23, 8.05),
  w(44.8, 131.2, 'Calatayud', 4.23, 21.45),
  w(71.8, 126.2, '7078 4471', 4.23, 22.89),
  w(71.8, 131.2, '0001 2223', 4.23, 22.89),
  w(101.5, 126.2, '2208 LBC', 4.23, 20.26),
  w(126.1, 126.2, 'AdBlue', 4.23, 14.88),
  w(149.8, 126.2, '210,00', 4.23, 14.81),
  w(177.3, 126.2, '174,40', 4.23, 14.81),
  w(75.1, 141.6, 'Base imponible', 4.23, 36.57),
  w(114.0, 141.6, 'Tipo IVA', 4.23, 19.59),
  w(136.0, 141.6, 'Cuota IVA', 4.23, 23.22),
  w(161.6, 141.6, 'Total factura', 4.23, 30.23),
  w(92.8, 147.9, '1.240,50', 4.23, 18.85),
  w(124.2, 147.9, '21%', 4.23, 9.41),
  w(144.4, 147.9, '260,51', 4.23, 14.81),
  w(166.5, 147.9, '1.501,01 €', 4.23, 25.31),
  w(17.2, 156.3, 'Impuesto especial sobre hidrocarburos incluido en el precio. Inscrita en el Registro Mercantil de Zaragoza, tomo 4471, folio 118, hoja Z-', 2.47, 167.90),
  w(17.2, 159.2, '22071.', 2.47, 8.64),
]);

describe('a name wrapped after its comma before the form', () => {
  it('keeps the comma', () => {
    expect(parseWesternInvoiceText(fuelCard).buyer.name).toBe('TRANSPORTES HERMANOS LASHERAS, S.L.');
  });
});
