/**
 * A tax's dotted abbreviation whose capital I OCR reads as the figure of its shape ("1.V.A. 19%" for "I.V.A. 19%"),
 * on a scan of a Spanish-language factura's totals: the tax is read by its label, not left out (the total less the
 * net, which took the exempt amount into the tax on a Chilean factura).
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const scanned = (draws: Draw[]): PageText[] => toPageText(draws, 210, 297).map((p) => ({ ...p, items: p.items.map((it) => ({ ...it, confidence: 95 })) }));

const factura = (totals: Array<[string, string]>): Draw[] => [
  d(20, 15, 'FERRETERIA LOS ALERCES SpA', 5), d(20, 22, 'Av. Alemania 1140, Valdivia'),
  d(130, 15, 'FACTURA ELECTRONICA', 4), d(130, 21, 'N° 30412'),
  d(20, 40, 'Valdivia, 12 de Noviembre del 2025'),
  d(20, 50, 'Señor(es) CONSTRUCTORA RIO CALLE CALLE LTDA.'),
  d(20, 70, 'Código'), d(45, 70, 'Descripción'), d(170, 70, 'Valor'),
  d(20, 76, 'TB-10'), d(45, 76, 'Tablero terciado 18 mm'), d(170, 76, '500.000'),
  d(20, 82, 'TR-EX'), d(45, 82, 'Flete (exento)'), d(170, 82, '40.000'),
  ...totals.flatMap(([label, value], i) => [d(120, 100 + 6 * i, label), d(165, 100 + 6 * i, value)]),
];

describe("a tax's dotted abbreviation with its I read as a figure", () => {
  it.each(['1.V.A. 19%', 'l.V.A. 19%', 'I.V.A. 19%'])('%s', (label) => {
    const inv = parseWesternInvoiceText(scanned(factura([['MONTO NETO', '$ 500.000'], ['MONTO EXENTO', '$ 40.000'], [label, '$ 95.000'], ['TOTAL', '$ 635.000']])));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([540000, 95000, 635000]);
  });
});
