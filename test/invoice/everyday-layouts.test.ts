/**
 * Everyday Western layouts: a card payment's receipt, a utility bill's contract holder, captions set side
 * by side without colons, a footer whose parts are set off by dashes, and values wrapped in their cells
 * at a hyphen, an Italian e-invoice's copy, a forwarder's series number. One class varied at a time on the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/index.js';
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

  it('a block that opens with a street ("1180 Industrial Pkwy, Suite B") has no name: a guess, named in doubt', () => {
    const inv = read({ letterhead: ['NORTHWIND'], window: ['1180 Industrial Pkwy, Suite B', 'Asheville, NC 28806', '(828) 555-0163'] });
    expect(Object.keys(guessesOf(inv))).toContain('buyer.name');
  });

  it('a letterhead\'s row of contacts ("Tél. … · compta@…") is no address block: the customer\'s box at the right under the info column is', () => {
    const inv = read({
      letterhead: ['Bureautik'], window: [], info: [],
      extra: [d(22, 30, 'Fournitures et mobilier de bureau'), d(118, 30, 'Date : 05/11/2025'), d(22, 37, '27 avenue Jean Jaurès, 31000 Toulouse'), d(118, 37, 'Code client : 4107'),
        d(22, 48, 'Tél. 05 61 22 40 18 · compta@bureautik.fr'), d(119, 62, 'Cabinet Roussel Avocats'), d(119, 67, '9 allées Jean Jaurès'), d(119, 72, '31000 Toulouse')],
    });
    expect(inv.buyer.name).toBe('Cabinet Roussel Avocats');
  });

  it('"… Designated Activity Company, Registered in Ireland" in the footer names the seller a logo abbreviates', () => {
    const inv = read({ letterhead: ['AERLINK'], extra: [d(22, 250, 'Aerlink Airways Designated Activity Company, Registered in Ireland No. 512288.')] });
    expect(inv.seller.name).toBe('Aerlink Airways Designated Activity Company');
  });

  it('a tagline beside the info column\'s date is no sender line; the footer\'s company, which the name over it opens, is the seller', () => {
    const inv = read({
      // (The sizes a browser's print gives a name set a little larger than the text, and a smaller title.)
      letterhead: [], window: [], info: [],
      extra: [d(24, 23.5, 'Garage Lefèvre', 4.76), d(117, 23.5, 'Facture n° FA-25-0412', 3.97), d(24, 29.1, 'Mécanique · Carrosserie · Pneumatiques', 4.23),
        d(117, 28.3, 'Date : 17/04/2025', 4.23), d(24, 34.1, '14 route de Lyon, 38300 Bourgoin-Jallieu', 4.23), d(117, 33.3, 'Client n° : C0318', 4.23),
        d(24, 39.2, 'Tél. 04 74 12 34 56', 4.23), d(117, 50.3, 'Transports Moulin SARL', 4.23), d(117, 55.3, 'Zone artisanale des Chaux', 4.23), d(117, 60.3, '38110 La Tour-du-Pin', 4.23),
        d(30, 250, 'Garage Lefèvre SARL au capital de 8 000 € · SIRET 512 345 678 00019 · RCS Vienne')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Garage Lefèvre SARL', 'Transports Moulin SARL']);
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

describe('numbers and totals', () => {
  it('an Italian e-invoice\'s copy: "Numero documento" over its value, "%IVA | Imponibile | Imposta" over the summary row', () => {
    const inv = read({
      letterhead: ['Officina Grafica Benassi S.r.l.', 'Via Emilia Est 214, 41121 Modena'], window: ['Caseificio Val Panaro Soc. Coop.', 'Strada Provinciale 4'], info: [], title: 'Fattura',
      extra: [d(22, 62, 'Tipologia documento'), d(67, 62, 'Numero documento'), d(115, 62, 'Data documento'), d(22, 66.5, 'TD01 fattura'), d(67, 66.5, '2025/FE/0612'), d(115, 66.5, '28-10-2025'),
        d(22, 130, 'Riepiloghi IVA e totali'), d(68, 130, '%IVA'), d(90, 130, 'Imponibile'), d(123, 130, 'Imposta'), d(149, 130, 'Esigibilità'),
        d(75, 134.5, '22,00'), d(101, 134.5, '1.240,00'), d(132, 134.5, '272,80'), d(149, 134.5, 'I (immediata)')],
      totals: [],
    });
    expect([inv.number, inv.date, inv.amount, inv.taxAmount, inv.totalAmount]).toEqual(['2025/FE/0612', '2025-10-28', 1240, 272.8, 1512.8]);
  });

  it('a Swiss VAT number after a VAT label ("VAT: CHE-114.552.880 MWST") is no tax amount', () => {
    const inv = read({
      window: ['Keller Grafik GmbH', 'Bahnhofstrasse 12', '8001 Zürich', 'VAT: CHE-114.552.880 MWST'],
      totals: [['Subtotal', 'CHF 298.00'], ['VAT (8.1%)', 'CHF 24.14'], ['Total paid', 'CHF 322.14']],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([298, 24.14, 322.14]);
  });

  it('"Tax point", a UK VAT invoice\'s date, labels the issue date over a shipment\'s dates', () => {
    const inv = read({ info: [['Invoice No:', 'MFS/INV/25/07731'], ['Tax point:', '29/10/2025']], underTitle: ['Ningbo → Felixstowe · ETA 24/10/2025'] });
    expect([inv.date, Object.keys(guessesOf(inv)).includes('date')]).toEqual(['2025-10-29', false]);
  });

  it('a header beside the number\'s ("INVOICE # | DATE" over "2024-118 | 04/15/2024") is no series', () => {
    const inv = read({ info: [], extra: [d(141, 31.5, 'INVOICE #'), d(168, 31.5, 'DATE'), d(141, 37.8, '2024-118'), d(168, 37.8, '04/15/2024')] });
    expect(inv.number).toBe('2024-118');
  });

  it('"Rechnung Nr. | SR 25-118734": a series in capitals, a space and the number', () => {
    expect(read({ info: [['Rechnung Nr.', 'SR 25-118734'], ['Datum', '31.10.2025']] }).number).toBe('SR 25-118734');
  });
});
