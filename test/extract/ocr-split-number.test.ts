/**
 * A scanned invoice whose number, a sequence and its year ("214/2025"), OCR read with a space inside its
 * figures ("Fattura n. 21 4/2025"): the number is the two parts together, not the head alone.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string) => ocrItem(x, y, text, 4, 95);

/** An Italian cleaning firm's invoice, its title's row as read (`title`). */
function italian(title: string): PageText {
  const items = [
    row(18, 19, 'SERVIZI PULIZIE LAGUNARI S.R.L.'),
    row(18, 23, 'Fondamenta della Misericordia 2590 · 30121 Venezia · P.IVA 04471220279'),
    row(20, 38, title), row(108, 38, 'Spett.le'),
    row(20, 43, 'Data: 28/11/2025'), row(108, 43, 'STUDIO DENTISTICO ROSSI'),
    row(20, 48, 'Cod. cliente: 0087'), row(108, 48, 'Via Piave 61'),
    row(108, 53, '30171 Mestre (VE)'),
    row(20, 84, 'Descrizione'), row(170, 84, 'Importo'),
    row(20, 90, 'Pulizia ordinaria studio'), row(173, 90, '640,00'),
    row(20, 97, 'Sanificazione riuniti'), row(173, 97, '140,00'),
    row(119, 107, 'Imponibile'), row(168, 107, '€780,00'),
    row(119, 113, 'IVA 22%'), row(168, 113, '€171,60'),
    row(119, 119, 'Totale fattura'), row(167, 119, '€951,60'),
  ];
  return a4(items);
}

const number = (p: PageText) => ocrReading(p).invoice.number;

describe('a number with a space OCR set inside its figures', () => {
  it('reads the sequence and its year as one number', () => {
    expect(number(italian('Fattura n. 21 4/2025'))).toBe('214/2025');
    expect(number(italian('Fattura n. 2 14/2025'))).toBe('214/2025');
  });

  it('reads a number printed whole as it is', () => {
    expect(number(italian('Fattura n. 214/2025'))).toBe('214/2025');
    expect(number(italian('Fattura n. FT-0214 del 28/11/2025'))).toBe('FT-0214');
  });
});
