/**
 * A correction's title with its number after it and no number label: the Spanish "FACTURA RECTIFICATIVA R-2026-0031"
 * and the Czech "Opravný daňový doklad (dobropis) č. OD-0031" give the number, as "Factura F-2026-0031" does. The
 * Czech one calls itself a credit note (dobropis): a credit note, its amounts positive as for "Dobropis". The Spanish
 * correction keeps its printed sign (the correction's rule in credit-note.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (title: string, labels: [string, string, string], cur: string): PageText[] => [{ page: 1, width: 210, height: 297, items: [
  w(20.0, 20.0, 'Komponenty Labe s.r.o.', 4.23, 48.0),
  w(20.0, 25.0, 'Nádražní 12, 530 02 Pardubice', 4.23, 60.0),
  w(120.0, 20.0, 'Strojírny Vysočina a.s.', 4.23, 48.0),
  w(120.0, 25.0, 'Průmyslová 8, 586 01 Jihlava', 4.23, 60.0),
  w(20.0, 50.0, title, 5.29, 2.2 * title.length),
  w(20.0, 58.0, '12.11.2026', 4.23, 22.0),
  w(20.0, 80.0, 'Popis', 4.23, 12.0),
  w(170.0, 80.0, 'Celkem', 4.23, 14.0),
  w(20.0, 86.0, 'Vrácení zboží', 4.23, 30.0),
  w(168.0, 86.0, `-1 000,00 ${cur}`, 4.23, 24.0),
  w(110.0, 100.0, labels[0], 4.23, 30.0),
  w(168.0, 100.0, `-1 000,00 ${cur}`, 4.23, 24.0),
  w(110.0, 106.0, labels[1], 4.23, 30.0),
  w(170.0, 106.0, `-210,00 ${cur}`, 4.23, 22.0),
  w(110.0, 112.0, labels[2], 4.23, 30.0),
  w(168.0, 112.0, `-1 210,00 ${cur}`, 4.23, 24.0),
] }];

describe('a correction titled with its number', () => {
  it('reads the Spanish factura rectificativa number, the sign kept', () => {
    const inv = parseWesternInvoiceText(page('FACTURA RECTIFICATIVA R-2026-0031', ['Base imponible', 'IVA 21%', 'TOTAL'], '€'));
    expect(inv.number).toBe('R-2026-0031');
    expect(inv.totalAmount).toBe(-1210);
  });
  it('reads the Czech opravný daňový doklad (dobropis) as a credit note with its number', () => {
    const inv = parseWesternInvoiceText(page('Opravný daňový doklad (dobropis) č. OD-0031', ['Základ DPH 21 %', 'DPH 21 %', 'Celkem k vrácení'], 'Kč'));
    expect(inv.number).toBe('OD-0031');
    expect(inv.documentType).toBe('credit_note');
    expect(inv.totalAmount).toBe(1210);
    expect(inv.taxAmount).toBe(210);
  });
});
