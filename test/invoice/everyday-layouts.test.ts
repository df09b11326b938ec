/**
 * Everyday Western layouts: a card payment's receipt, a utility bill's contract holder, captions set side
 * by side without colons, a footer whose parts are set off by dashes, and values wrapped in their cells
 * at a hyphen. One class varied at a time on the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

describe('parties', () => {
  it('"Receipt from Tallyframe, Inc." under a logo names the seller without the words', () => {
    const inv = read({ letterhead: ['Tallyframe', 'Receipt from Tallyframe, Inc.', 'Receipt #2291-4418'] });
    expect(inv.seller.name).toBe('Tallyframe, Inc.');
  });

  it('a footer whose parts are set off by en dashes gives the name without the dash', () => {
    const inv = read({
      letterhead: ['ATELIER VERT', 'Paysagisme & entretien de jardins', '12 chemin des Vignes'],
      extra: [d(22, 250, 'SAS Atelier Vert Paysage – Capital social 5 000 € – SIRET 842 117 903 00021 – RCS Lyon 842 117 903')],
    });
    expect(inv.seller.name).toBe('SAS Atelier Vert Paysage');
  });

  it.each([
    ['Titular del contrato', 'Javier Morales Pinto'],
    ['Invoiced to', 'Keller Grafik GmbH'],
  ])('"%s" over a block at the right labels the buyer', (label, name) => {
    const inv = read({
      window: [], info: [],
      extra: [d(22, 48, 'Invoice # 2291'), d(22, 53, 'Order date 18 September 2025'), d(22, 58, 'Payment Mastercard ending 0098'),
        d(110, 48, label), d(110, 53, name), d(110, 58, 'Bahnhofstraße 12'), d(110, 63, '8001 Zürich')],
    });
    expect(inv.buyer.name).toBe(name);
  });

  it('"Van" and "Aan" as captions side by side label the seller\'s and the buyer\'s blocks', () => {
    const inv = read({
      letterhead: ['Fietsfabriek Zuid'], window: [], info: [],
      extra: [d(22, 40, 'Van'), d(80, 40, 'Aan'), d(22, 45, 'Fietsfabriek Zuid B.V.'), d(80, 45, 'Koeriersdienst Snel V.O.F.'),
        d(22, 50, 'Stationsweg 22'), d(80, 50, 't.a.v. de heer R. Bakker'), d(22, 55, "5211 TV 's-"), d(80, 55, 'Industrieweg 7'), d(22, 60, 'Hertogenbosch'), d(80, 60, '5262 GJ Vught')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Fietsfabriek Zuid B.V.', 'Koeriersdienst Snel V.O.F.']);
  });
});

describe('values wrapped in their cells at a hyphen', () => {
  it('"Factuurnummer: 2025-10-" over "0931" and "Factuurdatum: 21-10-" over "2025", the due date whole', () => {
    const inv = read({
      info: [],
      extra: [d(137, 48, 'Factuurnummer: 2025-10-'), d(137, 52.5, '0931'), d(137, 57, 'Factuurdatum: 21-10-'), d(137, 61.5, '2025'), d(137, 66, 'Vervaldatum: 04-11-2025')],
    });
    expect([inv.number, inv.date]).toEqual(['2025-10-0931', '2025-10-21']);
  });

  it('"INVOICE 24-" over "1187" set right in its cell', () => {
    const inv = read({ info: [], extra: [d(163, 48, 'INVOICE 24-'), d(174.55, 52.5, '1187'), d(154, 57, 'October 30, 2025')] });
    expect(inv.number).toBe('24-1187');
  });
});
