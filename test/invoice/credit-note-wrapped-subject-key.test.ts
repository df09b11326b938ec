/**
 * A credit note's key column too narrow for "Betreft factuur": "Betreft" over "factuur", the credited invoice's
 * number and date beside them wrapped too ("2026-0388 van 02-" over "11-2026"). The row "factuur 11-2026" read as
 * the title and its number: the subject's label, on the row above, did not say the invoice was the one credited.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const page = (subject: string): Draw[] => [
  d(20, 15, 'De Linde', 6), d(150, 15, 'Dorpsstraat 41'), d(150, 20, '3732 HA De Bilt'),
  d(20, 50, 'VvE Parkzicht Zeist'), d(110, 50, 'Nummer'), d(135, 50, 'CR-2026-014'),
  d(20, 55, 'Laan van Vollenhove 12'), d(110, 55, 'Datum'), d(135, 55, '20-11-2026'),
  d(20, 60, '3706 AB Zeist'), d(110, 62, 'Klantnummer'), d(135, 62, '10448'),
  d(110, 69, subject), d(135, 69, '2026-0388 van 02-'),
  d(110, 73, 'factuur'), d(135, 73, '11-2026'),
  d(20, 85, 'Creditnota', 5),
  d(20, 100, 'Omschrijving'), d(160, 100, 'Bedrag'),
  d(20, 106, 'Onderhoud oktober (niet uitgevoerd)'), d(160, 106, '-340,00'),
  d(120, 120, 'Subtotaal'), d(160, 120, '-340,00'),
  d(120, 125, 'Btw 21%'), d(160, 125, '-71,40'),
  d(120, 130, 'Totaal'), d(160, 130, '-411,40'),
];
const read = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));

describe('a credit note\'s subject label wrapped over the document\'s word', () => {
  it('keeps the credited invoice out of the number', () => {
    expect(read(page('Betreft')).number).toBe('CR-2026-014');
  });
});
