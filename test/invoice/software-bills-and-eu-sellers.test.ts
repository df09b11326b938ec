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

describe('a tax code wrapped under its label at the left, the addressee at the right level with the letterhead', () => {
  // A sole trader's letterhead whose last row wraps its codice fiscale under "C.F.", into the window's band.
  const read = (code: string, addressee: string[]) => {
    const inv = parse([
      d(17, 16, 'Idraulica Bassi', 5), d(17, 22, 'di Marco Bassi'), d(17, 27, 'Via Emilia Est 211'), d(17, 32, '41121 Modena (MO)'), d(17, 37, 'P.IVA 03418820364 · C.F.'), d(17, 42, code), d(17, 47, 'Tel. 059 441188'),
      ...addressee.map((row, i) => d(115, 16 + 4.5 * i, row)),
      d(18, 61, 'Tipo documento'), d(53, 61, 'Numero'), d(72, 61, 'Data'), d(18, 65, 'Fattura'), d(53, 65, '87'), d(72, 65, '22/11/2025'),
      d(18, 80, 'Descrizione'), d(170, 80, 'Importo'), d(18, 86, 'Riparazione'), d(170, 86, '100,00'),
      d(120, 100, 'Totale imponibile'), d(170, 100, '100,00'), d(120, 105, 'IVA 22%'), d(170, 105, '22,00'), d(120, 110, 'Totale documento'), d(170, 110, '122,00'),
    ]);
    return [inv.buyer.name, 'buyer.name' in guessesOf(inv)];
  };

  it('the code is no name; an owners\' association named after its building is the buyer, for a person to confirm', () => {
    expect(read('BSSMRC78C14F257X', ['Spett.le', 'Condominio Via Garibaldi 18', 'c/o Studio Amministrazioni Ferri', 'Via Garibaldi 18', '41124 Modena (MO)'])).toEqual(['Condominio Via Garibaldi 18', true]);
    expect(read('RSSLCU80A01F257U', ['Spett.le', 'Condominio Corso Canalgrande 41', 'Corso Canalgrande 41', '41121 Modena (MO)'])).toEqual(['Condominio Corso Canalgrande 41', true]);
  });

  it('with no block beside the letterhead, the code is in doubt, never taken silently', () => {
    expect(read('BSSMRC78C14F257X', [])).toEqual(['BSSMRC78C14F257X', true]);
  });
});
