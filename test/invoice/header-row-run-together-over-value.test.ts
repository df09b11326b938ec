/**
 * An Italian invoice's header grid ("Tipo documento | Numero | Data" over "FATTURA | 1187/25 | 24/11/2025"), its
 * headers set close so that OCR boxed them as one ("Tipo documentoNumeroData"), the first header's value under
 * them: "Data" at the box's end and "FATTURA" under its start read as the label "Data fattura" wrapped in a cell,
 * and the date under it, the delivery note's ("Rif DDT n. 2291 del 18/11/2025"), as the invoice's. A label run into
 * the word before it is no label wrapped in its cell: the date is the one the number is given with.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, width: number): TextItem => ({ text, x, y, height: 3.4, width, page: 1, confidence: 95 });
const page = (headers: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items: [
  w(19, 16, 'Tipografia Lombarda', 40), w(117, 16, 'Spett.le', 14), w(18, 19, 'Arti Grafiche S.r.l.', 30), w(116, 19, 'Cantina Sociale Colli Euganei', 45),
  w(18, 24, 'Via dell\'Industria 14 25030 Castel Mella (BS) P.IVA 01844711820', 85), w(116, 24, 'Via Marconi 44', 20), w(116, 30, '35030 Vo\' (PD)', 20),
  ...headers,
  w(18, 59, 'FATTURA', 16), w(60, 59, '1187/25 24/11/2025', 36), w(104, 59, 'C0412', 10), w(140, 59, 'RiBa 60 gg d.f.f.m.', 40),
  w(16, 67, 'Rif DDT n. 2291 del 18/11/2025 - Vs. ordine n. 77 del 03/11/2025', 110),
  w(17, 120, 'Totale', 10), w(48, 120, 'Totale', 10), w(87, 120, 'Totale', 10),
  w(17, 126, 'imponibile', 16), w(48, 126, 'IVA', 6), w(87, 126, 'documento', 16),
  w(17, 132, '1.940,00', 14), w(48, 132, '426,80', 12), w(87, 132, '2.366,80', 14),
] }];

describe('a row of headers OCR boxed as one, over the first header\'s value', () => {
  it('reads no wrapped label across them: the date is the number\'s', () => {
    const inv = parseWesternInvoiceText(page([w(18, 53, 'Tipo documentoNumeroData', 60), w(108, 53, 'Cod. clientePagamento', 50)]));
    expect(inv.number).toBe('1187/25');
    expect(inv.date).toBe('2025-11-24');
  });
});
