/**
 * Buyers' names the parser cut or ran on: a long name set in a narrow box, wrapped over three rows and ended by its form
 * on the third ("Przedsiębiorstwo" over "Usługowo-Handlowe Jasna" over "Polana Sp. z o.o."), read as its first row; a
 * name that ends with its number, wrapped before it ("Toronto Standard Condominium" over "Corporation No. 2461"), cut
 * there; a person's name with the address after commas on the label's row ("Buyer: Jonas Petrauskas, Liepų g. 12,
 * LT-44275 Kaunas"), read with the address; a Nordic street without its number under the name ("Kungsgatan"), run on
 * as the name's wrapped end; a strata corporation's plan number wrapped alone under its name ("The Owners, Strata Plan
 * LMS" over "2871"), dropped as an id row.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const d = (x: number, y: number, text: string): Draw => ({ x, y, text });
const totals = [
  d(20, 90, 'Description'), d(175, 90, 'Amount'), d(20, 96, 'Consulting services'), d(175, 96, '1,000.00'),
  d(120, 110, 'Net'), d(175, 110, '1,000.00'), d(120, 116, 'VAT 23%'), d(175, 116, '230.00'), d(120, 122, 'Total'), d(175, 122, '1,230.00'),
];
const seller = [d(20, 16, 'Biuro Rachunkowe Wisła Sp. z o.o.'), d(20, 22, 'ul. Długa 4, 50-001 Wrocław'), d(150, 16, 'INVOICE No. 14/2026'), d(150, 22, 'Date: 2026-11-20')];
const buyerOf = (draws: Draw[]) => parseWesternInvoiceText(toPageText([...seller, ...draws, ...totals], 210, 297)).buyer.name;

describe('a long name wrapped over three rows in a narrow box, its form on the third', () => {
  it('reads the three rows as one name', () => {
    expect(buyerOf([
      d(140, 36, 'Buyer'), d(140, 42, 'Przedsiębiorstwo'), d(140, 48, 'Usługowo-Handlowe Jasna'), d(140, 54, 'Polana Sp. z o.o.'),
      d(140, 60, 'ul. Leśna 7'), d(140, 66, '05-800 Pruszków'),
    ])).toBe('Przedsiębiorstwo Usługowo-Handlowe Jasna Polana Sp. z o.o.');
  });
  it('keeps a contact over a unit over the company apart: their rows leave room', () => {
    expect(buyerOf([
      d(140, 36, 'Buyer'), d(140, 42, 'Jan Nowak'), d(140, 48, 'Dział Zakupów'), d(140, 54, 'Hurtownia Nowak Sp. z o.o.'),
      d(140, 60, 'ul. Leśna 7'), d(140, 66, '05-800 Pruszków'),
    ])).not.toMatch(/^Jan Nowak Dział/);
  });
});

describe('a name ending with its number, wrapped before it', () => {
  it('reads the number as the name\'s end, not the customer\'s id', () => {
    expect(buyerOf([
      d(20, 36, 'Bill To'), d(80, 36, 'Terms: Net 30'), d(20, 42, 'Toronto Standard Condominium'), d(20, 48, 'Corporation No. 2461'),
      d(20, 54, 'c/o Front Street Property Management'), d(20, 60, '15 Main St, Toronto, ON M5V 1A1'),
    ])).toBe('Toronto Standard Condominium Corporation No. 2461');
  });
});

describe('a person with the address after commas on the label\'s row', () => {
  it.each([
    ['Buyer: Jonas Petrauskas, Liepų g. 12, LT-44275 Kaunas', 'Jonas Petrauskas'],
    ['Sold to: Jane Whitfield, 12 Mill Lane, Leeds LS1 4AB', 'Jane Whitfield'],
  ])('%s', (row, name) => {
    expect(buyerOf([d(20, 40, row)])).toBe(name);
  });
});

describe('a Nordic street without its number under the name', () => {
  it('is the address, not the name\'s wrapped end', () => {
    expect(buyerOf([
      d(140, 36, 'Invoice to'), d(140, 42, 'Föreningen Lunds Nation'), d(140, 48, 'Kungsgatan'), d(140, 54, '222 22 Lund'), d(160, 70, 'Reference: 2026-0044'),
    ])).toBe('Föreningen Lunds Nation');
    // A Danish or Norwegian street's short ending ("-vej", "-vei").
    expect(buyerOf([
      d(140, 36, 'Invoice to'), d(140, 42, 'Fiskeri- og Søfartsmuseet'), d(140, 48, 'Tarphagevej'), d(140, 54, '6710 Esbjerg V'), d(160, 70, 'Reference: 2026-0044'),
    ])).toBe('Fiskeri- og Søfartsmuseet');
  });
});

describe('a strata corporation\'s plan number wrapped alone under its name', () => {
  const flushRight = (y: number, text: string) => d(190 - text.length * 1.65, y, text);
  it('reads the number as the name\'s end', () => {
    expect(buyerOf([
      flushRight(36, 'Customer'), flushRight(42, 'The Owners, Strata Plan LMS'), flushRight(48, '2871'),
      flushRight(54, 'c/o Pacific Strata Management'), flushRight(60, '1200 Burrard St, Vancouver, BC V6Z 2C7'),
    ])).toBe('The Owners, Strata Plan LMS 2871');
  });
});
