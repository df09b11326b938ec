/**
 * What accounting programs print that the Western parser read wrong: an ERP's payment-terms code alone in a
 * header grid's cell ("Netto 30" under "Zahlungsbedingungen") taken for the net amount; a Portuguese
 * single-member company's form ("Unipessoal Lda.") wrapped after the name's comma; a Polish institution's name
 * cut after its patron's initials ("… im. M." over "Kopernika"); Business Central's "Verkauf an" caption. One
 * class varied at a time on the supplier bill of ./supplier-bill.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

describe("an ERP's payment-terms code in a header grid", () => {
  const grid = (terms: string) => read({
    info: [],
    underTitle: [],
    extra: [d(22, 95, 'Belegnummer'), d(60, 95, 'Kundennummer'), d(100, 95, 'Zahlungsbedingungen'), d(22, 99, '3004127'), d(60, 99, 'C20031'), d(100, 99, terms)],
    totals: [['Gesamt vor Steuer', '1.240,00'], ['Steuer 19 %', '235,60'], ['Gesamtbetrag', '1.475,60']],
  });

  it('"Netto 30" alone in its cell is a number of days, not the net amount', () => {
    const inv = grid('Netto 30');
    expect(inv.amount === 30 || inv.taxAmount === 1445.6).toBe(false);
    expect(inv.totalAmount).toBe(1475.6);
  });
});

describe("a company's form wrapped after the name's comma", () => {
  it('"Minho Norte," over "Unipessoal Lda." is one name, with its comma', () => {
    const inv = read({ window: ['Instalações Elétricas Minho Norte,', 'Unipessoal Lda.', 'Av. da Liberdade 622', '4710-249 Braga'] });
    expect(inv.buyer.name).toBe('Instalações Elétricas Minho Norte, Unipessoal Lda.');
  });

  it('a row under the name that is not the form stays the address', () => {
    const inv = read({ window: ['Instalações Elétricas Minho Norte, Lda.', 'Unipessoal Street 4', '4710-249 Braga'] });
    expect(inv.buyer.name).toBe('Instalações Elétricas Minho Norte, Lda.');
  });
});

describe("a Polish institution's name cut after its patron's initials", () => {
  it('"Szkoła Podstawowa nr 12 im. M." over "Kopernika" is one name', () => {
    const inv = read({ window: ['Szkoła Podstawowa nr 12 im. M.', 'Kopernika', 'ul. Lubelska 8', '30-003 Kraków'] });
    expect(inv.buyer.name).toBe('Szkoła Podstawowa nr 12 im. M. Kopernika');
  });

  it('a name ending in its patron is not joined to the street under it', () => {
    const inv = read({ window: ['Szkoła Podstawowa nr 12 im. M. Kopernika', 'ul. Lubelska 8', '30-003 Kraków'] });
    expect(inv.buyer.name).toBe('Szkoła Podstawowa nr 12 im. M. Kopernika');
  });
});

describe('Business Central\'s captions', () => {
  it('"Verkauf an" over the customer\'s block is a caption, not the buyer', () => {
    const inv = read({ window: ['Verkauf an', 'Stadtwerke Zülpich GmbH', 'Römerallee 8', '53909 Zülpich'] });
    expect(inv.buyer.name).toBe('Stadtwerke Zülpich GmbH');
  });
});

describe("a letterhead's form opening the sender line under its name", () => {
  const seller = (extra: ReturnType<typeof d>[]) => read({ letterhead: [], extra }).seller.name;

  it('"SAS · 22 place du Marché · 35000 Rennes" under the larger name is that name\'s form', () => {
    expect(seller([d(22, 15, 'Librairie Le Chat Lettré', 3.6), d(22, 19.5, 'SAS · 22 place du Marché · 35000 Rennes')])).toBe('Librairie Le Chat Lettré SAS');
  });

  it('with the info block\'s line beside the name between them', () => {
    expect(seller([d(22, 15, 'Maçonnerie Girard & Fils', 3.6), d(150, 17, 'N° 2026-041'), d(22, 19.5, 'SARL · ZA des Trois Chênes · 86000 Poitiers'), d(150, 21, 'Date : 30/11/2026')])).toBe('Maçonnerie Girard & Fils SARL');
  });
});

describe("a progress invoice's ordinal", () => {
  it('"Facture de situation n° 2" counts situations: it is not the invoice\'s number', () => {
    const inv = read({ info: [['Date', '30/11/2026']], title: 'Facture de situation n° 2' });
    expect(inv.number).not.toBe('2');
  });

  it('an invoice numbered "n° 2" keeps its number', () => {
    const inv = read({ info: [['Date', '30/11/2026']], title: 'Facture n° 2' });
    expect(inv.number).toBe('2');
  });
});
