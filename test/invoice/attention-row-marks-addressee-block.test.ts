/**
 * A freelancer's invoice setting the client's block at the left, opened by the client's name over an attention row
 * ("t.a.v. Sanne Mulder"), and the freelancer's own block at the right, level with it, giving its registration, tax
 * and bank details ("KvK", "Btw-id", "IBAN"): the left block is the addressee, the right one the seller's.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const S = 4.1;
const partiesOf = (attention: string) => {
  const inv = parseWesternInvoiceText(toPageText([
    d(20, 19, 'Factuur', 7.5),
    d(21, 36.6, 'Reisbureau Het Anker B.V.', S), d(115, 36.6, 'Lotte de Groot Vertalingen', S),
    d(21, 41.5, attention, S), d(115, 41.5, 'Laan van Meerdervoort 12', S),
    d(21, 46.3, 'Prinsengracht 200', S), d(115, 46.3, '2517 AK Den Haag', S),
    d(21, 51.2, '1016 HH Amsterdam', S), d(115, 51.2, 'KvK 71234567', S),
    d(115, 56, 'Btw-id NL001234567B01', S), d(115, 60.9, 'IBAN NL02 ABNA 0123 4567 89', S),
    d(21, 72.6, 'Factuurnummer', S), d(56, 72.6, '2026-014', S), d(79, 72.6, 'Factuurdatum', S), d(110, 72.6, '12-11-2026', S),
    d(20, 85, 'Omschrijving', S), d(175, 85, 'Bedrag', S), d(20, 91, 'Vertaling brochure NL-EN', S), d(172, 91, '€ 800,00', S),
    d(120, 105, 'Totaal excl. btw', S), d(172, 105, '€ 800,00', S), d(120, 110, 'Btw 21%', S), d(172, 110, '€ 168,00', S),
    d(120, 115, 'Totaal incl. btw', S), d(172, 115, '€ 968,00', S),
  ], 210, 297));
  return [inv.seller.name, inv.buyer.name];
};

describe('an attention row marks the addressee\'s block', () => {
  it('"t.a.v." under the left block\'s name, the right block with KvK, Btw-id and IBAN: the right block sells', () => {
    expect(partiesOf('t.a.v. Sanne Mulder')).toEqual(['Lotte de Groot Vertalingen', 'Reisbureau Het Anker B.V.']);
  });
});
