/**
 * A party printed as "key | value" rows, as a rendering of an e-invoice prints it ("Naam | Zorgcentrum De Linde"
 * over "Adres | …" over "Contactpersoon | M. de Ruiter"): the row after the name's may be the next key alone, its
 * value beside it in the names' column. It is no second name, and the name is not in doubt for it.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

/** Sections under each other, a key at 23 mm and its value at 75 mm; the buyer's rows as `buyer` gives them. */
function rendering(words: { title: string; seller: string; buyer: string; name: string; address: string; number: string; date: string; net: string; vat: string; gross: string }, buyer: [string, string][]) {
  const kv = (y: number, key: string, value: string) => [d(23, y, key), d(75, y, value)];
  return toPageText([
    d(22, 15, words.title, 5),
    d(22, 28, 'Document', 4), ...kv(34, words.number, 'R-2026-11873'), ...kv(40, words.date, '2026-11-18'), ...kv(46, 'Valuta', 'EUR'),
    d(22, 62, words.seller, 4), ...kv(68, words.name, 'Drukkerij Van Assen B.V.'), ...kv(74, words.address, 'Havenstraat 9, 8011 AB Zwolle'), ...kv(80, 'Btw-nummer', 'NL812345678B01'),
    d(22, 96, words.buyer, 4), ...buyer.flatMap(([key, value], k) => kv(102 + 6 * k, key, value)),
    d(22, 124, 'Regels', 4), d(23, 130, 'Omschrijving'), d(179, 130, 'Netto'), d(23, 136, 'Folders A5, 2.500 st.'), d(177, 136, '412,00'),
    d(120, 160, words.net), d(177, 160, '412,00'), d(120, 166, 'Totaal btw 21 %'), d(179, 166, '86,52'), d(120, 172, words.gross), d(177, 172, '498,52'),
  ], 210, 297);
}

const dutch = { title: 'E-factuur', seller: 'Verkoper', buyer: 'Koper', name: 'Naam', address: 'Adres', number: 'Factuurnummer', date: 'Factuurdatum', net: 'Totaal excl. btw', vat: 'Totaal btw', gross: 'Te betalen' };

describe('a party of key-value rows whose next key follows the name', () => {
  it('reads the name, not in doubt', () => {
    for (const [next, value] of [['Contactpersoon', 'M. de Ruiter'], ['Referentie koper', 'KOST-4471'], ['E-mailadres', 'inkoop@stadsbakkerij.nl']]) {
      const inv = parseWesternInvoiceText(rendering(dutch, [['Naam', 'Stadsbakkerij Het Volkoren'], ['Adres', 'Lindelaan 2, 3772 AB Barneveld'], [next, value]]));
      expect([inv.buyer.name, guessesOf(inv)['buyer.name']], next).toEqual(['Stadsbakkerij Het Volkoren', undefined]);
    }
  });

  it('still doubts a block of two names in the names\' column (control)', () => {
    const inv = parseWesternInvoiceText(rendering(dutch, [['Naam', 'Stadsbakkerij Het Volkoren'], ['Naam', 'Janneke Bos Advies'], ['Contactpersoon', 'M. de Ruiter']]));
    expect(guessesOf(inv)['buyer.name']).toBeDefined();
  });
});
