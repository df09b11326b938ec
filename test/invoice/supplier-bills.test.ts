/**
 * Supplier invoices of kinds met on bills more than on letters: utility and telecom bills whose
 * letterhead is a logo word, credit notes with the sign before the currency symbol, a correction with
 * negative amounts, hotel folios with an info table beside the guest, usage invoices whose date wrapped
 * in its cell, and the labels and company forms of Estonian, Luxembourg, Greek and Irish invoices. One
 * class varied at a time.
 */
import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/invoice/dates.js';
import { guessesOf } from '../../src/invoice/index.js';
import { d, type LetterPage as Page } from './page-builder.js';
import { read, totals } from './supplier-bill.js';


describe('the totals of bills', () => {
  it('"Total charges before VAT", "VAT @ 9%" and "Amount Due" of a utility bill', () => {
    expect(totals({ totals: [['Total charges before VAT', '€279.42'], ['VAT @ 9%', '€25.15'], ['Total charges for this period', '€304.57'], ['Amount Due', '€304.57']] }))
      .toEqual([279.42, 25.15, 304.57]);
  });

  it('"Taxes $0.00" is a tax of nil: the total is the net', () => {
    expect(totals({ totals: [['Total usage charges', '$45.60'], ['Taxes', '$0.00'], ['Total due', '$45.60']] })).toEqual([45.6, 0, 45.6]);
  });

  it('"Total TVA comprise" is the gross, not the tax; "TVA 21% sur € 41,32" is the tax', () => {
    expect(totals({ totals: [['Total hors TVA', '41,32'], ['TVA 21% sur € 41,32', '8,68'], ['Total TVA comprise', '50,00']] })).toEqual([41.32, 8.68, 50]);
  });

  it.each([
    ['Sum excl. VAT', 'VAT 25%', 'Sum incl. VAT'],
    ['Amount excl. VAT', 'VAT amount', 'Amount incl. VAT'],
    ['Price excl. VAT', 'VAT', 'Price incl. VAT'],
    ['Net value', 'VAT value', 'Total value'],
    ['Total sans TVA', 'TVA', 'Net à payer'],
    ['Netto-Betrag', 'MwSt.-Betrag', 'Brutto-Betrag'],
    ['Nettowert', 'Mehrwertsteuer', 'Gesamtwert'],
  ])('totals labelled "%s", "%s", "%s"', (net, tax, gross) => {
    expect(totals({ totals: [[net, '1,240.00'], [tax, '285.20'], [gross, '1,525.20']] })).toEqual([1240, 285.2, 1525.2]);
  });

  it('Estonian totals ("Summa käibemaksuta", "Käibemaks 22%", "Kokku tasuda (EUR)")', () => {
    expect(totals({ totals: [['Summa käibemaksuta', '1 240,00'], ['Käibemaks 22%', '272,80'], ['Kokku tasuda (EUR)', '1 512,80']] })).toEqual([1240, 272.8, 1512.8]);
  });
});

describe('negative amounts', () => {
  it('a credit note printing the sign before the symbol ("-£120.00") is read positive, as its XML states it', () => {
    const inv = read({ title: 'CREDIT NOTE', totals: [['Subtotal', '-£120.00'], ['VAT 20%', '-£24.00'], ['Total credit', '-£144.00']] });
    expect(inv.documentType).toBe('credit_note');
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([120, 24, 144]);
  });

  it.each([
    [[['Rechnungssumme ohne USt.', '-169,00 €'], ['USt. 19 %', '-32,11 €'], ['Rechnungssumme', '-201,11 €']]],
    [[['Rechnungssumme ohne USt.', '-169,00 €'], ['Rechnungssumme', '-201,11 €']]],
  ] as Array<[Array<[string, string]>]>)('a "Rechnungskorrektur" keeps its printed sign (%j)', (rows) => {
    const inv = read({ title: 'Rechnungskorrektur Nr. RE-20250121/507', info: [['Datum:', '21.01.2025']], totals: rows });
    expect(inv.number).toBe('RE-20250121/507');
    expect(inv.documentType).toBe('invoice');
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([-169, -32.11, -201.11]);
  });
});

describe('numbers, dates and parties', () => {
  it.each([
    ['Arve nr', '2025-114'],
    ['Series / No.', 'A-00452'],
    ['Numero fattura', '45/2025'],
    ['Nr. faktury', 'FV/117/2025'],
  ])('"%s" labels the number %s', (label, number) => {
    expect(read({ info: [[label, number], ['Date', '10.02.2025']] }).number).toBe(number);
  });

  it('a date wrapped in its label\'s cell ("Date of issue: April 1," over "2025")', () => {
    const inv = read({ info: [], extra: [d(140, 48, 'Invoice number: 40211873'), d(140, 53, 'Date of issue: April 1,'), d(140, 57.5, '2025')] });
    expect(inv.date).toBe('2025-04-01');
  });

  it('"Ostja:" labels the buyer of an Estonian invoice; OÜ is a company form', () => {
    const inv = read({ letterhead: ['Lõuna Puit OÜ', 'Tartu mnt 102, 50108 Tartu'], window: ['Ostja:', 'Tammiku Ehitus AS', 'Kalda tee 3, 13615 Tallinn'] });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Lõuna Puit OÜ', 'Tammiku Ehitus AS']);
  });

  it('"Credit to" over a block labels the buyer', () => {
    const inv = read({ title: 'CREDIT NOTE', window: ['Credit to', 'Penrose Architects LLP', '11 Lemon Street'] });
    expect(inv.buyer.name).toBe('Penrose Architects LLP');
  });

  it.each(['Moselle Conseil S.à r.l.', 'Kallisti Logistics I.K.E.', 'Aegean Foods A.E.'])('"%s" under a logo word is the seller, the S.A. in the window the buyer', (seller) => {
    const inv = read({ letterhead: ['MOSELLE', seller, '2, rue de la Gare'], window: ['Kirchberg Digital S.A.', '15, avenue J.F. Kennedy', 'L-1855 Luxembourg'] });
    expect([inv.seller.name, inv.buyer.name]).toEqual([seller, 'Kirchberg Digital S.A.']);
  });

  it('a footer naming the company with its form (DAC) names the seller of a page whose letterhead is a logo', () => {
    const inv = read({
      letterhead: ['Liffey Energy'], window: ['Ms Aoife Brennan', '27 Griffith Avenue', 'Dublin 9'],
      extra: [d(22, 280, "Liffey Energy DAC, 40 Sir John Rogerson's Quay, Dublin 2. Registered in Ireland No. 612345.")],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Liffey Energy DAC', 'Aoife Brennan']);
  });

  it('a sender line opening with the company is the seller, not the logo word in larger print above it', () => {
    const inv = read({ letterhead: [], extra: [d(22, 15, 'teleon', 6), d(22, 21, 'Teleon Belgium SA · Boulevard du Roi Albert II 27 · 1030 Bruxelles')] });
    expect(inv.seller.name).toBe('Teleon Belgium SA');
  });

  it('an info table of "label | figure" rows at the left is no buyer: the guest\'s block at the right is', () => {
    const inv = read({
      letterhead: ['Hôtel des Tilleuls SARL', '8 place du Marché · 21200 Beaune'], window: [], info: [],
      extra: [d(22, 40, 'Facture n°'), d(48, 40, 'F-25-03318'), d(110, 40, 'M. Antoine Girard'), d(110, 44.5, '12 rue Oberkampf'), d(22, 46, 'Date'), d(48, 46, '18/03/2025'),
        d(110, 49, '75011 Paris'), d(22, 53, 'Chambre'), d(48, 53, '204'), d(22, 60, 'Arrivée'), d(48, 60, '16/03/2025'), d(22, 66, 'Départ'), d(48, 66, '18/03/2025')],
    });
    expect(inv.buyer.name).toBe('Antoine Girard');
    expect(inv.number).toBe('F-25-03318');
  });

  it('an info table of "label | figure" rows above the window is no buyer ("Bill Date | 12 Feb 2025", "MPRN | 10012345678")', () => {
    const inv = read({
      letterhead: ['Liffey Energy DAC'], window: [], info: [],
      extra: [d(73, 31, 'Bill Date'), d(111, 31, '12 Feb 2025'), d(73, 37, 'MPRN'), d(111, 37, '10012345678'), d(73, 43, 'Billing Period'), d(111, 43, '12 Dec 2024 - 10 Feb 2025'),
        d(18, 55, 'Ms Aoife Brennan'), d(18, 58, '27 Griffith Avenue'), d(18, 61, 'Dublin 9')],
    });
    expect(inv.buyer.name).toBe('Aoife Brennan');
  });
});

describe('what a bill prints beside its own figures', () => {
  it('"Against Invoice # INV-5513" is the invoice a credit note refers to: its number is not in doubt', () => {
    const inv = read({ title: 'CREDIT NOTE', info: [['Credit Note #', 'CN-1042'], ['Date', '08/07/2025'], ['Against Invoice #', 'INV-5513']] });
    expect(inv.number).toBe('CN-1042');
    expect(guessesOf(inv).number).toBeUndefined();
  });

  it('a payment booked on a hotel folio ("Règlement Carte Bancaire  -217,30") is no item', () => {
    const inv = read({
      extra: [d(22, 114, 'Taxe de séjour'), d(130, 114, '1'), d(175, 114, '1,65'), d(22, 117, 'Règlement Carte Bancaire'), d(175, 117, '-217,30')],
      totals: [['Total TTC', '217,30 €']],
    });
    expect(inv.items.map((i) => i.name)).toEqual(['Printing of brochures', 'Taxe de séjour']);
  });
});

describe('bills whose number, buyer or seller sit where letters do not put them', () => {
  it('a number printed in groups of digits ("Rechnungsnummer 8812 4471 0325")', () => {
    expect(read({ info: [['Rechnungsnummer', '8812 4471 0325'], ['Datum', '05.02.2025']] }).number).toBe('8812 4471 0325');
  });

  it('a number wrapped in two rows of a cell centred on its label', () => {
    const inv = read({ info: [['Datum', '05.02.2025']], extra: [d(162, 62.4, '8812 4471'), d(120, 65, 'Rechnungsnummer'), d(162, 67.4, '0325')] });
    expect(inv.number).toBe('8812 4471 0325');
  });

  it('the rows of a table of labels above and below are not one wrapped value', () => {
    const inv = read({ info: [['Auftrag', 'A-2025-77'], ['Rechnungsnummer', ''], ['Kunde', 'K-4711']] });
    expect(inv.number).not.toBe('A-2025-77');
  });

  it.each([
    ['Facture', 'FA-2024-09-00412'],
    ['FATURA-RECIBO', 'FR A/482'],
  ])('the number alone right under the title "%s"', (title, number) => {
    const inv = read({ info: [['Date', '10.02.2025']], extra: [d(160, 20, title, 5), d(160, 26.5, number)] });
    expect(inv.number).toBe(number);
  });

  it('an item table\'s header whose item words are not on the list ("Descrição | Qtd. | Preço | IVA | Total") is no totals table', () => {
    const inv = read({
      totals: [['Total Ilíquido', '650,00 €'], ['Total IVA', '149,50 €'], ['Total', '799,50 €']],
      extra: [d(22, 95, 'Descrição'), d(100, 95, 'Qtd.'), d(120, 95, 'Preço'), d(134, 95, 'IVA'), d(175, 95, 'Total'), d(100, 100, '1'), d(120, 100, '480,00'), d(150, 100, '23%'), d(175, 100, '480,00')],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([650, 149.5, 799.5]);
  });

  it('a footer\'s company the sender line is short for is the seller ("Funkwerk Telekom" / "Funkwerk Telekom Deutschland GmbH")', () => {
    const inv = read({
      letterhead: [], window: ['Herrn', 'Jens Hoffmann', 'Gartenstraße 12', '50667 Köln'],
      extra: [d(150, 15, 'FUNKWERK', 6), d(22, 40, 'Funkwerk Telekom · Postfach 10 20 30 · 53105 Bonn'), d(22, 280, 'Funkwerk Telekom Deutschland GmbH · Landgrabenweg 151 · 53227 Bonn · HRB 5919')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Funkwerk Telekom Deutschland GmbH', 'Jens Hoffmann']);
  });

  it('S.A.U. is a company form: the footer names the seller of a page whose letterhead is a logo', () => {
    const inv = read({ letterhead: ['movilínea'], extra: [d(22, 280, 'Movilínea Telecom S.A.U. · CIF A12345678 · Paseo de la Castellana 200, 28046 Madrid')] });
    expect(inv.seller.name).toBe('Movilínea Telecom S.A.U.');
  });

  it('a framed info box at the left and a heading under it are no buyer: the block at the right, its NIF row stepped over, is', () => {
    const inv = read({
      letterhead: ['movilínea'], window: [], info: [],
      extra: [d(22, 32, 'Datos de la factura'), d(116, 32, 'María González Pérez'), d(22, 37, 'Nº Factura: TA25-0012345'), d(116, 37, 'NIF: 12345678Z'),
        d(22, 42, 'Fecha de emisión: 05/03/2025'), d(116, 42, 'C/ Alcalá 120, 3º B'), d(22, 47, 'Nº de cliente: 4471-0098'), d(116, 47, '28009 Madrid'), d(22, 61, 'Resumen de su factura', 4)],
    });
    expect(inv.buyer.name).toBe('María González Pérez');
  });

  it('"Passenger / payer" labels the buyer; a booking reference beside its label is no name', () => {
    const inv = read({
      letterhead: ['Skylark Airways Ltd'], window: [], info: [],
      extra: [d(23, 38.6, 'Invoice number'), d(64, 38.6, 'SKB-7730155'), d(109, 38.6, 'Passenger / payer'), d(109, 43.7, 'Thomas Reid'), d(23, 46, 'Booking reference'), d(64, 46, 'X7K2PQ'),
        d(109, 48.7, '8 Rose Street'), d(23, 52.7, 'Invoice date'), d(64, 52.7, '19 May 2025'), d(109, 52.7, 'Edinburgh EH2 2PR')],
    });
    expect([inv.number, inv.buyer.name]).toEqual(['SKB-7730155', 'Thomas Reid']);
  });

  it('"payer" wrapped from "Montant total à" is no buyer\'s label', () => {
    const inv = read({ extra: [d(121, 63.8, 'Montant total à'), d(174, 66.4, '€ 50,00'), d(121, 68.8, 'payer'), d(121, 77.5, 'À payer avant le'), d(175, 75, '28 mars')] });
    expect(inv.buyer.name).toBe('Corrib Dental Ltd');
  });
});

describe('letterheads and blocks beside them', () => {
  it('a logo printing the name without its form ("polderenergie") is no second reading of "Polder Energie B.V."', () => {
    const inv = read({ letterhead: ['polderenergie'], extra: [d(22, 280, 'Polder Energie B.V. · KvK 12345678 · Btw NL812345678B01')] });
    expect(inv.seller.name).toBe('Polder Energie B.V.');
    expect(guessesOf(inv)['seller.name']).toBeUndefined();
  });

  it('a French form before the name ("SARL Menuiserie Morel") names a company; "SAS au capital de …" does not', () => {
    const inv = read({ letterhead: ['SARL Menuiserie Morel', 'SAS au capital de 150 000 €', "3 rue de l'Industrie, 44470 Carquefou"] });
    expect(inv.seller.name).toBe('SARL Menuiserie Morel');
    expect(guessesOf(inv)['seller.name']).toBeUndefined();
  });

  it('a buyer\'s block at the top right, level with the letterhead, is read and put in doubt ("M. et Mme Guérin")', () => {
    const inv = read({
      letterhead: ['SARL Menuiserie Morel', "ZA des Landes, 3 rue de l'Industrie", '44470 Carquefou'], window: [],
      extra: [d(119, 15, 'M. et Mme Guérin'), d(119, 22, '14 chemin de la Garenne'), d(119, 29, '44240 La Chapelle-sur-Erdre')],
    });
    // (The couple's titles stay with their surname: a surname alone names no one.)
    expect(inv.buyer.name).toBe('M. et Mme Guérin');
    expect(guessesOf(inv)['buyer.name']).toContain('beside the letterhead');
  });

  it('the letterhead\'s own contact column at the top right is no buyer', () => {
    const inv = read({ letterhead: ['Elektro Hansen GmbH'], window: [], extra: [d(150, 15, 'Hafenstraße 40'), d(150, 20, '24937 Flensburg'), d(150, 25, 'Tel. 0461 123450')] });
    expect(inv.buyer.name).toBeNull();
  });
});

describe('a hotel folio that posts its taxes as charges', () => {
  const folio = (): Page => ({
    letterhead: ['The Marlowe Hotel', '25 Edwin H Land Blvd, Cambridge, MA 02141'], window: [], info: [], totals: [],
    extra: [d(22, 40, 'Guest: Ms. Aiko Tanaka'), d(120, 40, 'Folio No: 884213'), d(22, 45, 'Company: Kitsune Robotics Inc.'), d(120, 45, 'Invoice Date: 10/16/2024'),
      d(22, 120, '10/14/2024'), d(50, 120, 'Room Tax 11.7%'), d(150, 120, '33.81'), d(22, 125, '10/15/2024'), d(50, 125, 'Room Tax 11.7%'), d(150, 125, '33.81'),
      d(22, 135, 'Total Charges'), d(150, 135, '645.62'), d(22, 140, 'Total Credits'), d(150, 140, '645.62'), d(22, 145, 'Balance'), d(150, 145, '0.00')],
  });

  it('"Total Charges" is the gross; the posted room taxes sum to the tax', () => {
    expect(totals(folio())).toEqual([578, 67.62, 645.62]);
  });

  it('the guest\'s "Company:" row is no letterhead', () => {
    expect(read(folio()).seller.name).toBe('The Marlowe Hotel');
  });
});

describe('fee notes, garages, marketplaces and energy bills', () => {
  it('"FEE NOTE No. 2025/118" labels the number; "VAT @ 23% on fees" has its amount in the next cell', () => {
    const inv = read({ info: [['Date', '20.06.2025']], title: 'FEE NOTE No. 2025/118', totals: [['Professional fees', '€1,500.00'], ['VAT @ 23% on fees', '€345.00'], ['Searches', '€50.00'], ['Total due', '€1,895.00']] });
    expect(inv.number).toBe('2025/118');
    expect([inv.taxAmount, inv.totalAmount]).toEqual([345, 1895]);
  });

  it('the base after the rate on the label\'s line is no amount ("Umsatzsteuer 19 % auf 996,00 €  189,24 €")', () => {
    expect(totals({ totals: [['Summe netto', '996,00 €'], ['Umsatzsteuer 19 % auf 996,00 €', '189,24 €'], ['Rechnungsbetrag brutto', '1.185,24 €']] })).toEqual([996, 189.24, 1185.24]);
  });

  it('"Maatstaf van heffing" is the net, and ends the items', () => {
    const inv = read({ totals: [['Maatstaf van heffing', '1.240,00'], ['BTW 21 %', '260,40'], ['Te betalen', '1.500,40']] });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([1240, 260.4, 1500.4]);
    expect(inv.items.map((i) => i.amount)).toEqual([1240]);
  });

  it('"Summe Lohn" and "Summe Teile" under a garage\'s items are no items', () => {
    const inv = read({ totals: [['Summe Lohn', '1.000,00'], ['Summe Teile', '240,00'], ['Summe netto', '1.240,00'], ['MwSt. 19 %', '235,60'], ['Rechnungsbetrag', '1.475,60']] });
    expect(inv.items.map((i) => i.amount)).toEqual([1240]);
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([1240, 235.6, 1475.6]);
  });

  it('"Verkoper" over a block labels the seller of a marketplace invoice, not the platform\'s logo', () => {
    const inv = read({
      letterhead: ['marktkraam.nl'], window: ['Verkoper', 'Tuinhuis Online B.V.', 'Industrieweg 12', '5145 PV Waalwijk'], info: [],
      extra: [d(110, 48, 'Factuuradres'), d(110, 52.5, 'Sanne Visser'), d(110, 57, 'Kerkstraat 3'), d(110, 61.5, '1017 GA Amsterdam')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Tuinhuis Online B.V.', 'Sanne Visser']);
  });

  it('a box "Montant à payer" at the left is no buyer: the block at the right is', () => {
    const inv = read({
      letterhead: ['Lumio Énergie SAS'], window: [],
      extra: [d(22, 48, 'Montant à payer'), d(22, 53, '139,01 €'), d(22, 58, 'prélevé le 27/02/2025'), d(110, 48, 'Mme Claire Fontaine'), d(110, 53, '18 allée des Tilleuls'), d(110, 58, '33600 Pessac')],
      info: [],
    });
    expect(inv.buyer.name).toBe('Claire Fontaine');
  });
});

describe('marketplaces, hosting and hotels of the last batch', () => {
  it('"Verkauft von Holzwerk Sommer GmbH" names the seller; "Zwischensumme (ohne USt.)" and "Gesamtpreis" the net and the gross', () => {
    const inv = read({
      letterhead: ['kaufhalle.de'], extra: [d(22, 30, 'Verkauft von Holzwerk Sommer GmbH')],
      totals: [['Zwischensumme (ohne USt.)', '36,95 €'], ['USt. 19 %', '7,02 €'], ['Gesamtpreis', '43,97 €']],
    });
    expect(inv.seller.name).toBe('Holzwerk Sommer GmbH');
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([36.95, 7.02, 43.97]);
  });

  it('"From" in the second cell of its line over a company\'s block labels the seller', () => {
    const inv = read({ letterhead: ['cobalt'], window: ['Bill To', 'Fernleaf Studio Ltd', '3 Canal Street'], extra: [d(110, 48, 'From'), d(110, 52.5, 'Cobalt Hosting Ltd'), d(110, 57, 'Unit 9, Silicon Yard')], info: [] });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Cobalt Hosting Ltd', 'Fernleaf Studio Ltd']);
  });

  it('a "From" column of dates names no seller', () => {
    const inv = read({ extra: [d(22, 95, 'Service'), d(100, 95, 'From'), d(140, 95, 'To'), d(22, 100, 'Hosting'), d(100, 100, '2025-03-01'), d(140, 100, '2025-03-31')] });
    expect(inv.seller.name).toBe('Harbour Print Ltd');
  });

  it('"Huésped:" labels the buyer of a hotel\'s factura', () => {
    const inv = read({ window: [], info: [], extra: [d(22, 48, 'Factura Nº: H-2025/00318'), d(110, 48, 'Huésped: Laura Sánchez Ortiz'), d(110, 53, 'C/ Mayor 8, 2º')] });
    expect(inv.buyer.name).toBe('Laura Sánchez Ortiz');
  });

  it('a charge not subject to VAT under the tax belongs to the net when it closes the gap to the total', () => {
    expect(totals({ totals: [['Base imponible (10%)', '327,27'], ['Cuota IVA (10%)', '32,73'], ['Impuesto turístico (no sujeto)', '6,60'], ['Total factura', '366,60 €']] })).toEqual([333.87, 32.73, 366.6]);
  });

  it('an untaxed charge that does not close the gap is left out', () => {
    expect(totals({ totals: [['Base imponible (10%)', '327,27'], ['Cuota IVA (10%)', '32,73'], ['Impuesto turístico (no sujeto)', '5,00'], ['Total factura', '366,60 €']] })).toEqual([327.27, 32.73, 366.6]);
  });
});

describe('small traders, hotels with local taxes, firms with a logo letterhead', () => {
  it('"Not VAT registered": the tax is nil and the net the total', () => {
    expect(totals({ totals: [['TOTAL', '£244.50']], extra: [d(22, 150, 'Not VAT registered. Payment by bank transfer within 14 days please.')] })).toEqual([244.5, 0, 244.5]);
  });

  it('the only company in the address window is the buyer, not the seller, when no footer names one', () => {
    const inv = read({ letterhead: ['H A R L A N & P I E R C E L L P', 'Attorneys at Law'], window: ['Redwood Valley Farms, Inc.', '4200 River Road', 'Ukiah, CA 95482'] });
    expect(inv.buyer.name).toBe('Redwood Valley Farms, Inc.');
    expect(inv.seller.name).not.toBe('Redwood Valley Farms, Inc.');
    expect(guessesOf(inv)['seller.name']).toBeDefined();
  });

  it('a sender line with commas above the window stays the seller\'s', () => {
    const inv = read({ letterhead: ['TISCHLEREI GRUBER'], window: ['Tischlerei Gruber GmbH, Hauptplatz 5, 4020 Linz', 'Praxis Dr. Helga Winkler', 'Landstraße 41/2', '4020 Linz'] });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Tischlerei Gruber GmbH', 'Praxis Dr. Helga Winkler']);
  });

  it('a letterhead name the footer\'s company opens with is that company ("Hotel Alpenrose" / "Hotel Alpenrose Gruber KG")', () => {
    const inv = read({
      letterhead: [], extra: [d(70, 15, 'Hotel Alpenrose', 6), d(50, 21, 'Familie Gruber · Dorfstraße 21 · 6290 Mayrhofen · Tirol'), d(22, 280, 'Hotel Alpenrose Gruber KG · FN 98765x, LG Innsbruck · AT12 3600 0000 0123 4567')],
    });
    expect(inv.seller.name).toBe('Hotel Alpenrose Gruber KG');
  });

  it('a VAT table\'s gross under which the labelled total adds a local tax not subject to VAT', () => {
    const inv = read({
      totals: [],
      extra: [d(90, 125, 'MwSt-Satz'), d(120, 125, 'Netto'), d(145, 125, 'MwSt'), d(170, 125, 'Brutto'), d(90, 130, '10 %'), d(120, 130, '414,00'), d(145, 130, '41,40'), d(170, 130, '455,40'),
        d(90, 140, 'Ortstaxe (nicht steuerbar)'), d(170, 140, '9,80'), d(90, 146, 'Gesamtbetrag'), d(170, 146, '465,20 €')],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([423.8, 41.4, 465.2]);
  });
});

describe('the last rows of a letterhead and public companies', () => {
  it('SPL is a company form: the footer names the water company whose letterhead prints its name without it', () => {
    const inv = read({ letterhead: ['Eaux du Bassin Sud'], extra: [d(22, 280, 'Eaux du Bassin Sud SPL · 120 avenue Jean Jaurès, 30900 Nîmes · RCS Nîmes 812 765 432')] });
    expect(inv.seller.name).toBe('Eaux du Bassin Sud SPL');
  });

  it('the letterhead\'s registration row above the window ("KvK 76543210 · VAT NL…") is no buyer\'s name', () => {
    const inv = read({
      letterhead: [], window: [], info: [],
      extra: [d(22, 21.7, 'Grachtenhuis Media B.V.', 5), d(22, 27.3, 'Keizersgracht 221'), d(22, 32.3, '1016 DV Amsterdam'), d(22, 37.3, 'KvK 76543210 · VAT NL862345678B01'),
        d(22, 50.3, 'Riverside Labs GmbH'), d(22, 55.3, 'Attn. Finance'), d(22, 60.3, 'Spreeufer 5'), d(22, 65.4, '10178 Berlin'), d(22, 70.4, 'Germany')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Grachtenhuis Media B.V.', 'Riverside Labs GmbH']);
  });
});

describe('ERP invoices with an info box beside the window, and UK trade addresses', () => {
  it('the buyer\'s name just above the window, its rows beside an info box that shifts one of them', () => {
    const inv = read({
      window: [],
      extra: [d(21, 35, 'Rheinauen Logistik GmbH & Co. KG'), d(21, 41, 'Buchhaltung'), d(21, 44, 'Hafenstraße 17'), d(21, 51, '47119 Duisburg')],
    });
    expect(inv.buyer.name).toBe('Rheinauen Logistik GmbH & Co. KG');
  });

  it('a bank\'s sort code in the footer is no issue date', () => {
    const inv = read({ info: [['Invoice No.', 'SI-204471']], extra: [d(40, 280, 'Bank: Yorkshire Bank · Sort code 05-01-23 · Account 33445566')] });
    expect(inv.date).toBeNull();
    expect(findDate('Sort code: 40-11-62 · Account 33445566')).toBeNull();
  });

  it('a "Trading Estate" in the letterhead\'s address is no company: the footer names the seller', () => {
    const inv = read({
      letterhead: ['PENNINE', 'Unit 7, Calder Trading Estate', 'Huddersfield HD5 0RX'],
      extra: [d(30, 280, 'Pennine Catering Supplies Ltd · Registered in England No. 04512345 · VAT Reg No. GB 123 4567 89')],
    });
    expect(inv.seller.name).toBe('Pennine Catering Supplies Ltd');
  });

  it('a letter\'s dateline ("Toulouse, le 30/09/2025") is the issue date beside an original invoice\'s date', () => {
    const inv = read({
      info: [['Avoir N°', 'AV-2025-017']],
      extra: [d(144, 31, 'Toulouse, le 30/09/2025'), d(119, 36, "Facture d'origine : FA-2025-0398 du"), d(170, 41, '12/09/2025')],
    });
    expect(inv.date).toBe('2025-09-30');
    expect(guessesOf(inv).date).toBeUndefined();
  });

  it("a dateline whose town's \"o\" a scan read as a zero (\"Krak0w, 14.11.2025\") is the issue date still", () => {
    for (const dateline of ['Krak0w, 14.11.2025', 'T0ulouse, le 14/11/2025']) {
      const inv = read({
        info: [['Faktura nr', '447/11/2025']],
        extra: [d(144, 31, dateline), d(30, 120, 'Zamówienie z dnia 03.11.2025')],
      });
      // (The order's date under it is no issue date.)
      expect(inv.date, dateline).toBe('2025-11-14');
      expect(guessesOf(inv).date, dateline).toBeUndefined();
    }
  });
});
