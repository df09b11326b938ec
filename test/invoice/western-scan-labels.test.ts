/**
 * Labels and cells of Western pages as a scan reads them, drawn here: the "º" of a Portuguese or
 * Spanish "n.º" read as a 9 run into the "n."; an item row's price and amount in one cell, the space
 * before the amount's currency lost; a date's label set close above the seller's name.
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

  it('reads "n.9" as "n.º" before a number that opens with its document type\'s code ("FT DAM2025/4471")', () => {
    const page = (title: string, number: string) => parse([d(20, 12, 'Distribuidora Alimentar do Mondego, Lda.'), d(100, 24, title), d(125, 24, number), d(100, 30, 'Data  2025-11-14'), d(20, 50, 'Mercearia Fonseca & Filhos, Lda.'), ...totals]);
    expect(page('Fatura n.9', 'FT DAM2025/4471').number).toBe('FT DAM2025/4471');
    expect(page('Fatura n.9', 'FR A/118').number).toBe('FR A/118');
    expect(page('Fatura n.º', 'FT DAM2025/4471').number).toBe('FT DAM2025/4471');
  });
});

describe('the item rows of a scan', () => {
  it('takes the last figure of a cell that ran the price into the amount, its space lost', () => {
    const inv = parse([
      d(20, 12, 'Studio Lumen e.U.'), d(120, 20, 'Invoice #: 0042'), d(120, 26, 'Invoice date: Jun 3, 2025'), d(20, 50, 'Café Konditorei Hofbauer GmbH'),
      // OCR boxed the quantity's and the price's headers as one, and the amount's box overlaps the price's.
      d(20, 90, 'Description'), d(113, 90, 'Quantity Price'), d(165, 90, 'Amount'),
      d(20, 97, 'Product photography, half day on site'), d(131, 97, '2'), d(137.5, 97, 'EUR 450,00EUR 900,00'),
      d(20, 104, 'Image retouching and colour grading'), d(131, 104, '1'), d(138, 104, 'EUR 128,80'), d(166.6, 104, 'EUR 128,80'),
      d(120, 120, 'Subtotal'), d(160, 120, 'EUR 1.028,80'), d(120, 126, 'Tax (USt 20%)'), d(160, 126, 'EUR 205,76'), d(120, 132, 'Total'), d(160, 132, 'EUR 1.234,56'),
    ]);
    expect(inv.items.map((i) => i.amount)).toEqual([900, 128.8]);
  });
});

describe('the label rows above a scan\'s seller', () => {
  it('does not take a date\'s label for the head of the name under it', () => {
    // OCR's boxes are 6-7 mm tall: the blank between the label's row and the name reads small.
    const o = (x: number, y: number, text: string): Draw => ({ x, y, text, size: 6 });
    const page = (above: string, beside: string) => parse([
      d(26, 24, 'Invoice'), d(153, 26, 'Pinecone Metrics'),
      d(26, 36, 'Invoice number'), d(68, 36, 'PM-7F3A-0012'), d(26, 43, 'Date of issue'), d(68, 43, 'March 5, 2024'),
      o(26, 51.3, above), o(68, 51.9, beside), o(26, 64.3, 'Pinecone Metrics, Inc.'), o(110, 65.4, 'Bill to'), o(26, 69.2, '548 Market St'), o(110, 70.1, 'Ostrander Logistics Corp.'),
      o(26, 74, 'San Francisco, California 94104'), o(110, 75.8, '77 Harbor Blvd'),
      d(120, 200, 'Subtotal'), d(160, 200, '$1,000.00'), d(120, 206, 'Tax'), d(160, 206, '$86.20'), d(120, 212, 'Total'), d(160, 212, '$1,086.20'),
    ]);
    expect(page('Date due', 'March 19, 2024').seller.name).toBe('Pinecone Metrics, Inc.');
  });
});
