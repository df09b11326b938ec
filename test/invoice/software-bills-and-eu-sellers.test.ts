/**
 * What the seventieth to seventy-second batches of unseen supplier invoices (invoicing programs' layouts,
 * folios, bills and fee notes, EU sellers in English and totals set in a column per VAT rate) printed that the
 * parser misread. One class varied at a time, read as a text layer gives it.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));

describe('a heading of the body where a window would be, the addressee beside the letterhead', () => {
  // The supplier's rows at the left, the customer's at the right level with them; a heading, then the
  // invoice's numbers in labelled rows, in the band a window takes.
  const buyer = (heading: string, numberRow: string, addressee: string[]) => {
    const inv = parse([
      d(15, 12, 'Scheldeland Energie NV', 5), d(15, 19, 'Frankrijklei 88 · 2000 Antwerpen'), d(15, 24, 'BE 0744.118.207'),
      ...addressee.map((row, i) => d(115, 20 + 5 * i, row)),
      d(15, 47, heading, 4.5), d(15, 56, numberRow), d(15, 62, 'Datum'), d(50, 62, '20/11/2025'),
      d(15, 80, 'Omschrijving'), d(170, 80, 'Bedrag'), d(15, 86, 'Energiekost'), d(170, 86, '100,00'),
      d(120, 100, 'Totaal excl. btw'), d(170, 100, '100,00'), d(120, 105, 'Btw 6%'), d(170, 105, '6,00'), d(120, 110, 'Totaal'), d(170, 110, '106,00'),
    ]);
    return [inv.buyer.name, 'buyer.name' in guessesOf(inv)];
  };

  it('is no name: the block beside the letterhead is the buyer, for a person to confirm', () => {
    expect(buyer('Jaarafrekening elektriciteit', 'Factuurnummer 610 2278 4413', ['Dhr. Pieter Claes', 'Kerkstraat 117', '9200 Dendermonde'])).toEqual(['Pieter Claes', true]);
    expect(buyer('Jahresabrechnung Erdgas', 'Rechnungsnummer 3001 1874 42', ['Frau Anna Roth', 'Lindenweg 4', '83607 Holzkirchen'])).toEqual(['Anna Roth', true]);
  });
});
