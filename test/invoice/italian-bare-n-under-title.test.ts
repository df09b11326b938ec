/**
 * The Italian bare "N." before the number, on the line under the title ("FATTURA" over "N. 1184/2026 del
 * 19/11/2026"), as "Nr." and "N°" there already were: the number. (Before, no number was read.)
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const d = (x: number, y: number, text: string): Draw => ({ x, y, text });
const page = (numberRow: string) => toPageText([
  d(17, 14, 'Ceramiche Panaro S.r.l.'), d(17, 19.5, 'Via Emilia Est 12 · 41126 Modena'),
  d(170, 14, 'FATTURA'), d(130, 19.5, numberRow),
  d(17, 36, 'Spett.le'), d(17, 41, 'Edilizia Secchia S.n.c.'), d(17, 46, 'Via Vignolese 45'), d(17, 51, '41125 Modena (MO)'),
  d(17, 70, 'Descrizione'), d(175, 70, 'Importo'),
  d(17, 76, 'Piastrelle gres 60x60'), d(175, 76, '1.000,00'),
  d(120, 90, 'Imponibile'), d(170, 90, '1.000,00'), d(120, 96, 'IVA 22%'), d(170, 96, '220,00'), d(120, 102, 'Totale documento'), d(170, 102, '1.220,00'),
], 210, 297);

describe('a bare "N." under the title', () => {
  it.each([['N. 1184/2026 del 19/11/2026', '1184/2026'], ['N° 1184/2026 del 19/11/2026', '1184/2026']])('"%s" gives the number', (row, number) => {
    expect(parseWesternInvoiceText(page(row)).number).toBe(number);
  });
  it('a word with its stop is no label: "N. d\'ordine" gives none', () => {
    expect(parseWesternInvoiceText(page('N. d\'ordine interno')).number).not.toBe('d\'ordine');
  });
});
