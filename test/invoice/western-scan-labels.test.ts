/**
 * Labels of Western pages as a scan reads them, drawn here: the "º" of a Portuguese or Spanish "n.º"
 * read as a 9 run into the "n.".
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const d = (x: number, y: number, text: string): Draw => ({ x, y, text });
const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));
const totals = [d(20, 200, 'Total ilíquido'), d(150, 200, '100,00 €'), d(20, 206, 'Total IVA (23%)'), d(150, 206, '23,00 €'), d(20, 212, 'Total a pagar'), d(150, 212, '123,00 €')];

describe('the number label of a scan', () => {
  it('reads "n.9" before a number as "n.º", and keeps a 9 that is the number', () => {
    const page = (title: string) => parse([d(20, 12, 'Atelier Sousa Design, Lda.'), d(120, 12, title), d(120, 18, 'Porto, 14 de março de 2025'), d(20, 50, 'Clínica Sorriso, Lda.'), ...totals]);
    expect(page('Fatura n.9 2025/0093').number).toBe('2025/0093');
    expect(page('Fatura n.º 2025/0093').number).toBe('2025/0093');
    expect(page('Fatura n. 9').number).toBe('9');
  });
});
