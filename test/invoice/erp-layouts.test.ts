/**
 * ERP and European layouts: an SAP-style invoice's party captions ("Sold-to party",
 * "Regulierer"), billing-address captions in German, Swedish and Spanish, a customer's code after its
 * label, and "Euro" naming a standard rather than the currency. One class varied at a time on the
 * supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read, totals } from './supplier-bill.js';

/** Three blocks side by side under their captions, the buyer's first, as ERP systems print them. */
const captioned = (captions: string[], names: string[]) => read({
  window: [], info: [['Invoice No.', '10457']],
  extra: captions.flatMap((caption, i) => [d(22 + 58 * i, 40, caption), d(22 + 58 * i, 45, names[i]), d(22 + 58 * i, 50, 'Schussenstraße 7'), d(22 + 58 * i, 55, '88250 Weingarten')]),
});

describe('parties', () => {
  it.each([
    [['Sold-to party', 'Ship-to party'], 'Hollins & Pratt Foods Ltd'],
    [['Regulierer', 'Auftraggeber', 'Warenempfänger'], 'Brenner Fördertechnik AG'],
    [['Rechnungsanschrift', 'Lieferanschrift'], 'Naturkost Elbwiese eG'],
    [['Fakturaadress'], 'Falu Fastighetsservice AB'],
    [['Datos del destinatario'], 'Ayuntamiento de Villanueva'],
  ])('the caption %j labels the buyer\'s block', (captions, name) => {
    const inv = captioned(captions, captions.map(() => name));
    expect(inv.buyer.name).toBe(name);
  });

  it('"Client : C-0214" gives the customer\'s code, no name: the boxed block at the right is the buyer', () => {
    const inv = read({
      window: [], info: [],
      extra: [d(22, 48, 'Client : C-0214'), d(22, 53, 'Mode de règlement : virement'), d(110, 48, 'Comité d\'entreprise Loiret Logistique'), d(110, 53, '3 allée Blériot'), d(110, 58, '45100 Orléans')],
    });
    expect(inv.buyer.name).not.toBe('C-0214');
  });


  it('a bilingual reference row ("Votre réf. / Uw ref.") at the left is a label, never the buyer\'s name', () => {
    const inv = read({
      letterhead: ['ELECTRO DEWAELE'], window: [], info: [],
      extra: [d(25, 48, 'Facture n° / Factuurnr. F25-00912'), d(117, 48, 'Immo Gallait SA'), d(25, 53, 'Date / Datum'), d(70, 53, '21/11/2025'), d(117, 53, 'Rue Gallait 71'),
        d(117, 58, '1030 Schaerbeek'), d(117, 63, 'TVA BE 0458.221.937'), d(25, 68, 'Votre réf. / Uw ref.'), d(70, 68, 'Chantier Rue Gallait 71')],
    });
    expect(inv.buyer.name).not.toBe('Votre réf. / Uw ref.');
  });
});

describe('currency', () => {
  it('"Euro pallet" in an item names no currency: the code after the total does', () => {
    const inv = read({
      totals: [['Net value', '1,240.00'], ['Output VAT 20 %', '248.00'], ['Total amount', '1,488.00 GBP']],
      extra: [d(22, 116, 'Euro pallet, returnable')],
    });
    expect(inv.currency).toBe('GBP');
  });
});

describe('totals', () => {
  it('"Net 30" in a row of order details is the terms, not the net; "Sale Amount" is the net', () => {
    expect(totals({
      extra: [d(22, 100, 'C-10442'), d(60, 100, 'Our Truck'), d(90, 100, 'Net 30'), d(120, 100, '12/12/2025')],
      totals: [['Sale Amount', '1,240.00'], ['Sales Tax (10.3%)', '127.72'], ['Invoice Total', '1,367.72']],
    })).toEqual([1240, 127.72, 1367.72]);
  });


  it('totals as a row under headers with a rate column and a rounding ("Exkl. moms | Moms % | Moms | Öresavrundning | Att betala")', () => {
    const heads = ['Exkl. moms', 'Moms %', 'Moms', 'Öresavrundning', 'Att betala'];
    const figures = ['8 167,10', '25,00', '2 041,78', '0,12', 'SEK 10 209,00'];
    expect(totals({
      totals: [],
      extra: [...heads.map((h, i) => d(22 + 36 * i, 125, h)), ...figures.map((f, i) => d(22 + 36 * i, 130, f))],
    })).toEqual([8167.1, 2041.78, 10209]);
  });

  it.each(['Carriage Net', 'Carriage', 'Freight net', 'Versand netto'])('a "%s" line printed after the net is part of the net the VAT is on', (label) => {
    expect(totals({
      totals: [['Total Net Amount', '775.00'], [label, '25.00'], ['Total VAT Amount', '160.00'], ['Invoice Total', '960.00']],
    })).toEqual([800, 160, 960]);
  });
});

describe('number', () => {
  it.each(['INVOICE NO.....: 0088417', 'Invoice No ....... 0088417', 'Rechnungsnummer .....: 0088417'])('dot leaders between the label and the number ("%s"), the company\'s registration number in the footer', (row) => {
    const inv = read({
      window: [], info: [],
      extra: [d(22, 60, row), d(22, 280, 'REGISTERED IN ENGLAND NO. 01188420')],
    });
    expect(inv.number).toBe('0088417');
  });
});

describe('dates', () => {
  it('a quote\'s date after "vom" is not the invoice\'s: the letter\'s dateline is', () => {
    const inv = read({
      info: [['Kunden-Nr.', '4417']],
      extra: [d(22, 80, 'Stäfa, 19. November 2025'), d(22, 90, 'Ihre Referenz: Offerte 25-0312 vom 04.08.2025')],
    });
    expect(inv.date).toBe('2025-11-19');
  });
});
