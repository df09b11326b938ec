/**
 * Invoices of the countries whose labels the Western parser learnt last (Polish, Czech, Swedish, Danish,
 * Norwegian, Finnish, Hungarian, Portuguese, Italian e-invoice copies) and layouts met on them and on
 * British, Irish, Swiss and American ones: the number, date, totals and
 * party labels of each language, a totals row of net, tax and gross, a copy mark under the title, a
 * letterhead whose second row opens with the trade, a remittance slip with the parties reversed, a
 * bank's sort code beside a date, and a column of each line's sales tax. One class varied at a time.
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt, guessesOf, runChecks } from '../../src/invoice/index.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { letterPage, toPageText, type Draw, type LetterPage as Page } from './page-builder.js';

const d = (x: number, y: number, text: string, size?: number): Draw => ({ x, y, text, ...(size ? { size } : {}) });

const SELLER = 'Fjällström Bygg AB';
const BUYER = 'Kavárna U Mostu s.r.o.';

const page = (p: Page): Draw[] => letterPage(p, {
  letterhead: [SELLER, 'Storgatan 9 · 352 31 Växjö'],
  window: [BUYER, 'Křenová 51', '602 00 Brno'],
  item: ['Byte av balkongräcke', '12 800,00'],
  totals: [['Subtotal', '12 800,00'], ['VAT 25 %', '3 200,00'], ['Total', '16 000,00']],
});

const read = (p: Page) => parseWesternInvoiceText(toPageText(page(p), 210, 297));

describe('the labels of Polish, Czech, Scandinavian and Portuguese invoices', () => {
  it.each([
    ['Faktura VAT nr', 'FV/2025/03/117'],
    ['Faktura nr.', '2025-0218'],
    ['Fakturanr', '10457'],
    ['Fakturanummer:', '10457'],
    ['Číslo faktury:', '2025010042'],
    ['Numer faktury:', 'FV/117/2025'],
    ['Fatura n.º', 'FT 2025/314'],
    ['Laskun numero', '2025-0412'],
    ['Számla sorszáma:', 'KSZ-2025-00087'],
  ])('"%s" labels the number %s', (label, number) => {
    expect(read({ info: [[label, number], ['Invoice date', '10.02.2025']] }).number).toBe(number);
  });

  it('the title with the number on its line ("Faktura VAT nr FV/2025/03/117")', () => {
    expect(read({ info: [['Data wystawienia:', '2025-03-14']], title: 'Faktura VAT nr FV/2025/03/117' }).number).toBe('FV/2025/03/117');
  });

  it.each([
    ['Fakturadato', 'Forfaldsdato'],
    ['Fakturadatum', 'Förfallodatum'],
    ['Data de emissão', 'Vencimento'],
    ['Data wystawienia:', 'Termin płatności:'],
    ['Datum vystavení:', 'Datum splatnosti:'],
    ['Laskun päivämäärä', 'Eräpäivä'],
    ['Számla kelte:', 'Fizetési határidő:'],
  ])('"%s" labels the issue date, "%s" the due date', (issued, due) => {
    const inv = read({ info: [['Invoice No.', '10457'], [due, '12.03.2025'], [issued, '10.02.2025']] });
    expect(inv.date).toBe('2025-02-10');
    expect(inv.dueDate).toBe('2025-03-12');
    expect(guessesOf(inv).date).toBeUndefined();
  });

  it.each([
    ['Summa exkl. moms', 'Moms 25 %', 'Att betala SEK'],
    ['Subtotal', 'Moms 25%', 'I alt DKK'],
    ['Wartość netto', 'Kwota VAT', 'Do zapłaty'],
    ['Celkem bez DPH', 'DPH 21 %', 'Celkem k úhradě'],
    ['Total Ilíquido', 'Total IVA', 'Total a Pagar'],
    ['Sum eks. mva', 'Mva 25 %', 'Å betale NOK'],
    ['Veroton yhteensä', 'ALV 25 %', 'Maksettava yhteensä EUR'],
    ['Nettó összesen:', 'ÁFA összesen:', 'Fizetendő:'],
  ])('totals labelled "%s", "%s", "%s"', (net, tax, gross) => {
    const inv = read({ totals: [[net, '12 800,00'], [tax, '3 200,00'], [gross, '16 000,00']] });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([12800, 3200, 16000]);
  });

  it('a totals row of net, tax and gross ("Razem  3 300,00  759,00  4 059,00") gives the net and the tax', () => {
    const inv = read({ totals: [['Razem', '3 300,00 759,00 4 059,00'], ['Do zapłaty:', '4 059,00 PLN']] });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([3300, 759, 4059]);
  });

  it.each([
    ['Sprzedawca:', 'Nabywca:'],
    ['Dodavatel:', 'Odběratel:'],
    ['Leverandør:', 'Køber:'],
    ['Säljare:', 'Köpare:'],
    ['Fornecedor:', 'Adquirente:'],
    ['Eladó', 'Vevő'],
    ['Cedente/Prestatore', 'Cessionario/Committente'],
    ['Selger:', 'Kjøper:'],
  ])('"%s" and "%s" side by side label the seller and the buyer', (sellerLabel, buyerLabel) => {
    const inv = read({
      letterhead: ['Drukarnia Nowak', 'ul. Zabłocie 23, 30-701 Kraków'],
      window: [],
      underTitle: [],
      extra: [d(22, 62, sellerLabel), d(110, 62, buyerLabel), d(22, 67, 'Drukarnia Nowak Sp. z o.o.'), d(110, 67, 'Piekarnia Zielińscy Sp. z o.o.'),
        d(22, 72, 'ul. Zabłocie 23'), d(110, 72, 'ul. Długa 8'), d(22, 77, '30-701 Kraków'), d(110, 77, '31-147 Kraków')],
      info: [['Invoice No.', '117'], ['Invoice date', '14.03.2025']],
    });
    expect(inv.seller.name).toBe('Drukarnia Nowak Sp. z o.o.');
    expect(inv.buyer.name).toBe('Piekarnia Zielińscy Sp. z o.o.');
  });

  it('"Exmo.(s) Sr.(s)" over the block labels the buyer', () => {
    const inv = read({ window: [], extra: [d(120, 20, 'Exmo.(s) Sr.(s)'), d(120, 24, 'Restaurante O Marinheiro, Lda'), d(120, 28, 'Rua da Alfândega, 12'), d(120, 32, '4050-029 Porto')] });
    expect(inv.buyer.name).toBe('Restaurante O Marinheiro, Lda');
  });
});

describe('the parties of more layouts', () => {
  it.each([
    ['Menuiserie Rochat Sàrl', 'Hôtel du Lac SA'],
    ['Nordfjord Elektro AS', 'Bergen Bakeri AS'],
    ['Kovács és Társa Kft.', 'Duna Pékség Bt.'],
    ['Gestoría López S.L.P.', 'Autoescuela Vía Rápida S.L.'],
    ['Peinture Martin EURL', 'Hôtel du Lac SA'],
    ['Rechtsanwälte Vogel & Partner mbB', 'Hafenlogistik Petersen KG'],
  ])('a letterhead "%s" with a form of its country, beside the buyer\'s block "%s"', (seller, buyer) => {
    const inv = read({ letterhead: [seller, 'Chemin des Artisans 14, 1018 Lausanne'], window: [], extra: [d(140, 15, buyer), d(140, 19.5, 'Quai d\'Ouchy 2'), d(140, 24, '1006 Lausanne')] });
    expect([inv.seller.name, inv.buyer.name]).toEqual([seller, buyer]);
    expect(guessesOf(inv)['seller.name']).toBeUndefined();
  });

  it('"Sold by Harbour Gadgets Ltd" in one cell names the seller', () => {
    const inv = read({ letterhead: ['Invoice'], extra: [d(22, 30, 'Sold by Harbour Gadgets Ltd'), d(22, 34.5, 'Unit 9, Quayside Works, Bristol BS1 6XN')] });
    expect(inv.seller.name).toBe('Harbour Gadgets Ltd');
  });

  it('a care-of row ("v/ Kari Solberg") is no name: the block\'s first row above the window is', () => {
    const inv = read({ window: [], extra: [d(22, 33.8, 'Bergen Bakeri AS'), d(22, 40.5, 'v/ Kari Solberg'), d(22, 44, 'Strandgaten 18'), d(22, 50, '5013 Bergen')] });
    expect(inv.buyer.name).toBe('Bergen Bakeri AS');
  });

  it('an info table\'s "Customer" row gives the name beside it, wrapped in its cell, not the next label', () => {
    const inv = read({ window: [], info: [['Customer', 'Brennan Dental'], ['', 'Practice'], ['Account No', 'BDP-004'], ['Invoice No', 'LOF-11873']] });
    expect(inv.buyer.name).toBe('Brennan Dental Practice');
  });
});

describe('what is no party', () => {
  it.each(['Original', 'ORYGINAŁ', 'KOPIA', 'Duplicado', 'Copy'])('a copy mark under the title ("%s") is not the buyer', (mark) => {
    const inv = read({ window: [], extra: [d(60, 40, `Fatura ${mark}`), d(90, 45, mark)] });
    expect(inv.buyer.name).toBeNull();
  });

  it('a title with its kind ("FAKTURA – DAŇOVÝ DOKLAD") is not the seller', () => {
    const inv = read({ letterhead: ['FAKTURA – DAŇOVÝ DOKLAD'], extra: [d(22, 30, 'Dodavatel:'), d(22, 35, 'Truhlářství Dvořák s.r.o.'), d(22, 40, 'Husova 18')] });
    expect(inv.seller.name).toBe('Truhlářství Dvořák s.r.o.');
  });

  it.each([
    ['Heizung · Sanitär · Lüftung', 'Gruber Installationen GmbH'],
    ['Malermester · Vesterbrogade 112 · 1620 København V', 'Hansen & Søn'],
    ['Geschäftsstelle · Sportplatzweg 2 · 82223 Eichenau', 'Turn- und Sportverein Eichenau 1921 e.V.'],
  ])('the letterhead\'s second row opening with the trade ("%s") leaves the name over it the seller\'s', (trade, name) => {
    const inv = read({ letterhead: [name, trade, 'Tel. 01 587 12 34 · post@example.com'] });
    expect(inv.seller.name).toBe(name);
  });

  it('a remittance slip\'s "From:" (the customer) and "To:" (the seller) do not swap the parties', () => {
    const inv = read({
      letterhead: ['Kestrel Office Cleaning Ltd', 'Unit 4, Orbital Park, Ashford TN24 0GA'],
      window: [],
      extra: [d(22, 40, 'Invoice to:'), d(22, 44.5, 'Ashdown Veterinary Practice Ltd'), d(22, 49, '14 High Street'),
        d(22, 200, 'REMITTANCE ADVICE'), d(22, 206, 'From:'), d(110, 206, 'To:'), d(22, 211, 'Ashdown Veterinary Practice Ltd'), d(110, 211, 'Kestrel Office Cleaning Ltd')],
    });
    expect(inv.seller.name).toBe('Kestrel Office Cleaning Ltd');
    expect(inv.buyer.name).toBe('Ashdown Veterinary Practice Ltd');
  });
});

describe('a number wrapped in its cell', () => {
  it('beside its label ("Nº de factura | GL-2025-" over "0219")', () => {
    const inv = read({ info: [['Nº de factura', 'GL-2025-']], extra: [d(160, 52, '0219'), d(120, 58, 'Fecha de expedición'), d(160, 58, '30/06/2025')] });
    expect(inv.number).toBe('GL-2025-0219');
  });

  it('under the title, label and number each over two lines ("Rechnungs-" / "Nr.:", "FL-25-" / "0301"), a column\'s line between', () => {
    const inv = read({ info: [], title: 'Rechnung', extra: [d(22, 91, 'Rechnungs-'), d(54, 91, 'FL-25-'), d(74, 93, 'Datum: 31.01.2025'), d(22, 96, 'Nr.:'), d(54, 96, '0301')] });
    expect(inv.number).toBe('FL-25-0301');
  });
});

describe('figures that are no date or no rate', () => {
  it('a sort code ("12-34-56") does not make a British date month-first', () => {
    const inv = read({
      info: [['Invoice No:', '7731'], ['Date/Tax point:', '12/05/2025']],
      totals: [['Net', '£960.00'], ['VAT @ 20%', '£192.00'], ['Total', '£1,152.00']],
      extra: [d(22, 180, 'Payment by BACS to sort code 12-34-56, account 12345678.')],
    });
    expect(inv.date).toBe('2025-05-12');
  });

  it('money under a bare "Tax" header is each line\'s sales tax, not its rate; a rate there stays a rate', () => {
    const rows = (tax: string) => [d(22, 160, 'Description'), d(100, 160, 'Unit Price'), d(140, 160, 'Tax'), d(175, 160, 'Amount'),
      d(22, 166, 'Commercial blender'), d(100, 166, '310.00'), d(140, 166, tax), d(175, 166, '620.00')];
    const money = parseWesternInvoiceText(toPageText(rows('51.15'), 210, 297)).items[0];
    expect([money.taxAmount, money.taxRate]).toEqual([51.15, null]);
    const rate = parseWesternInvoiceText(toPageText(rows('19,00'), 210, 297)).items[0];
    expect(rate.taxRate).toBe(0.19);
  });
});

describe('figures of more layouts', () => {
  it('a total wrapped at its thousands space in a narrow cell ("1" over "255,00") is read whole', () => {
    const inv = read({ totals: [['Veroton yhteensä', '1 000,00'], ['ALV 25,5 %', '255,00']], extra: [d(120, 137, 'Maksettava yhteensä'), d(177, 137, '1'), d(120, 141, 'EUR'), d(170, 141, '255,00')] });
    expect(inv.totalAmount).toBe(1255);
  });

  it('an Italian summary ("Aliquota IVA | Imponibile | Imposta", the rate without its sign) gives the net and the tax', () => {
    const inv = read({ totals: [], extra: [d(90, 125, 'Aliquota IVA'), d(130, 125, 'Imponibile'), d(170, 125, 'Imposta'), d(92, 131, '22,00'), d(132, 131, '1.650,00'), d(172, 131, '363,00')] });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([1650, 363, 2013]);
  });

  it('the document\'s row as a table ("Tipo documento | Numero | Data") gives the number under "Numero"', () => {
    const inv = read({ info: [], extra: [d(22, 70, 'Tipo documento'), d(70, 70, 'Numero'), d(100, 70, 'Data'), d(22, 75, 'TD01 Fattura'), d(72, 75, '87'), d(100, 75, '14/04/2025')] });
    expect(inv.number).toBe('87');
  });

  it('forints printed "317 500 Ft" are HUF', () => {
    expect(read({ totals: [['Fizetendő:', '317 500 Ft']] }).currency).toBe('HUF');
  });
});

describe('totals not read are named', () => {
  it('an invoice to a buyer with a total but no net or tax read names the net and the tax', () => {
    const inv = read({ totals: [['Celkem k úhradě:', '18 150,00 Kč']] });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([null, null, 18150]);
    expect(fieldsInDoubt(runChecks(inv))).toEqual(expect.arrayContaining(['amount', 'taxAmount']));
  });

  it('a till receipt, with no buyer, may show its total alone', () => {
    const inv = read({ window: [], totals: [['Total', '16 000,00']] });
    expect(inv.buyer.name).toBeNull();
    expect(fieldsInDoubt(runChecks(inv))).not.toContain('amount');
  });
});

describe('parties read the wrong way round are named', () => {
  it('a buyer that is the letterhead in larger print, the seller not, puts both names in doubt', async () => {
    const { noteImplausibleValues } = await import('../../src/invoice/western/doubts.js');
    const { pageLines } = await import('../../src/invoice/layout.js');
    const lines = pageLines(toPageText([d(22, 15, 'Menuiserie Rochat', 6), d(22, 23, 'Chemin des Artisans 14'), d(110, 40, 'Hôtel du Lac SA'), d(110, 44.5, '1006 Lausanne'),
      d(22, 100, 'Total TTC'), d(170, 100, '5\'242.85')], 210, 297));
    const inv = parseWesternInvoiceText(toPageText([d(22, 100, 'Total TTC'), d(170, 100, '5\'242.85')], 210, 297));
    inv.seller.name = 'Hôtel du Lac SA';
    inv.buyer.name = 'Menuiserie Rochat';
    noteImplausibleValues(inv, lines);
    expect(Object.keys(guessesOf(inv))).toEqual(expect.arrayContaining(['seller.name', 'buyer.name']));
    const right = parseWesternInvoiceText(toPageText([d(22, 100, 'Total TTC'), d(170, 100, '5\'242.85')], 210, 297));
    right.seller.name = 'Menuiserie Rochat';
    right.buyer.name = 'Hôtel du Lac SA';
    noteImplausibleValues(right, lines);
    expect(guessesOf(right)['buyer.name']).toBeUndefined();
  });
});

describe('layouts of the languages read before', () => {
  it('a "From | To | Details" table: the block under "To" is the buyer, its header no name', () => {
    const inv = read({
      letterhead: ['Kiwi Sparks Electrical Ltd'], window: [], info: [],
      extra: [d(22, 40, 'From'), d(80, 40, 'To'), d(140, 40, 'Details'), d(22, 45, 'Kiwi Sparks Electrical Ltd'), d(80, 45, 'Harbourside Cafe Ltd'), d(140, 45, 'Invoice: INV-20931'),
        d(22, 50, '14 Cuba Street'), d(80, 50, '2 Queens Wharf'), d(140, 50, 'Date: 14 May 2025')],
    });
    expect([inv.seller.name, inv.buyer.name, inv.number]).toEqual(['Kiwi Sparks Electrical Ltd', 'Harbourside Cafe Ltd', 'INV-20931']);
  });

  it('the letterhead\'s VAT row and an info table\'s labels at the left are no buyer: the window framed at the right is', () => {
    const inv = read({
      letterhead: ['Atelier Numérique Lefort SAS', '12 rue des Tanneurs', '25000 Besançon', 'SIRET 812 345 678 00021', 'N° TVA intracom. FR45812345678'],
      window: [], info: [],
      extra: [d(120, 40, 'Coopérative Laitière du Jura'), d(120, 44.5, 'Route de Champagnole'), d(120, 49, '39300 Crotenay'),
        d(22, 62, 'Date de facture'), d(70, 62, '07/05/2025'), d(22, 67, 'N° de facture'), d(70, 67, 'FA-2025-0093'), d(22, 72, 'Réf. client'), d(70, 72, 'CLJ-07')],
    });
    expect(inv.buyer.name).toBe('Coopérative Laitière du Jura');
    expect(inv.number).toBe('FA-2025-0093');
  });

  it.each(['Klantgegevens', 'Datos del cliente', 'Kundendaten'])('"%s" over a block labels the buyer (its contact row "t.a.v." stepped over)', (label) => {
    const inv = read({ letterhead: ['Bureau Dekker', 'Kruisweg 44, 2011 LC Haarlem'], window: [], extra: [d(22, 45, label), d(22, 50, 't.a.v. mevrouw L. Bakker'), d(22, 55, 'Sportschool Fit4All B.V.'), d(22, 60, 'Zeestraat 101')] });
    expect(inv.buyer.name).toBe('Sportschool Fit4All B.V.');
    expect(inv.seller.name).toBe('Bureau Dekker');
  });

  it('totals as a table with wrapped headers ("Base" over "imponible") give net, tax and total, and end the items', () => {
    const inv = read({
      totals: [],
      extra: [d(100, 125, 'Base'), d(130, 125, '%'), d(150, 125, 'Cuota'), d(175, 125, 'Total'), d(98, 129, 'imponible'), d(130, 129, 'IVA'), d(152, 129, 'IVA'),
        d(100, 135, '12.800,00'), d(132, 135, '25'), d(150, 135, '3.200,00'), d(173, 135, '16.000,00')],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([12800, 3200, 16000]);
    expect(inv.items.map((i) => i.amount)).toEqual([12800]);
  });
});
