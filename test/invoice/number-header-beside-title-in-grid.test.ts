/**
 * A header grid that opens with the document's title over no value of its own, the number's word beside it and
 * the date's after ("FACTUUR | Nr. | Datum: | Vervaldag:" over "| 25/0219 | 13/11/2025 | 13/12/2025"): the
 * number is the cell under the number's word. The title, tried first, found nothing under it, and the row was
 * left; a date header's colon ("Datum:") made it no date header either.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const page = (title: string, numberWord: string, dateWord: string, number: string): Draw[] => [
  d(20, 15, 'Schilderwerken Aerts BV', 5),
  d(20, 22, 'Kerkstraat 18, 2800 Mechelen'),
  d(120, 40, 'Residentie Zuid VME'), d(120, 45, 'Leopoldlei 4'), d(120, 50, '2000 Antwerpen'),
  d(20, 70, title, 4), d(60, 70, numberWord), d(100, 70, dateWord), d(150, 70, 'Vervaldag:'),
  d(60, 76, number), d(100, 76, '13/11/2025'), d(150, 76, '13/12/2025'),
  d(20, 90, 'Omschrijving'), d(150, 90, 'Bedrag'),
  d(20, 96, 'Schilderwerken traphal'), d(150, 96, '1.000,00'),
  d(110, 110, 'Totaal excl. btw'), d(150, 110, '1.000,00'),
  d(110, 116, 'Btw 21%'), d(150, 116, '210,00'),
  d(110, 122, 'Te betalen'), d(150, 122, '1.210,00'),
];

const read = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));

describe('a header grid opening with the title, the number under its word beside it', () => {
  it('reads the number under the number word, whatever the date header ends with', () => {
    for (const [title, word, date, number] of [
      ['FACTUUR', 'Nr.', 'Datum:', '25/0219'],
      ['FACTUUR', 'Nr.', 'Datum', '25/0219'],
      ['FACTURE', 'N°', 'Date :', 'F-2025-0412'],
      ['INVOICE', 'No.', 'Date:', 'INV-88412'],
    ] as const) {
      expect(read(page(title, word, date, number)).number, `${title} ${word} ${date}`).toBe(number);
    }
  });

  it('control: a title over its own number keeps it', () => {
    const draws = page('FACTUUR', 'Klant', 'Datum:', 'K-4471');
    draws.push(d(20, 76, 'F25-0219'));
    expect(read(draws).number).toBe('F25-0219');
  });
});
