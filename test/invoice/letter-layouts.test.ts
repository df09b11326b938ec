/**
 * European invoices set as business letters (German, Austrian, Swiss, French, Dutch, Italian,
 * Spanish): a sender line over an address window, the buyer's block with a form of address or a
 * contact row in it, the letterhead in a column beside it, an info block of "<word>-Nr." labels, the
 * item table's header in the page's language, and the totals block's labels. One class varied at a time.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/index.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const d = (x: number, y: number, text: string, size?: number): Draw => ({ x, y, text, ...(size ? { size } : {}) });

interface Letter {
  /** The buyer's block, top to bottom. */
  window?: string[];
  /** Where the buyer's block starts (mm from the top) and its column. */
  windowY?: number;
  windowX?: number;
  /** The letterhead's rows in the right column, from y 15 on every 4.5 mm (they interleave with the window's). */
  letterhead?: string[];
  /** [label, value] rows of the info block and where it stands. */
  info?: Array<[string, string]>;
  infoX?: number;
  infoY?: number;
  title?: string;
  /** The item table's first header, and where the table starts (the title stands 10 mm above it). */
  header?: string;
  tableY?: number;
  /** [label, value] rows of the totals block. */
  totals?: Array<[string, string]>;
  /** More text, drawn as given. */
  extra?: Draw[];
}

const SELLER = 'Malerbetrieb Schneider GmbH';

function letter(l: Letter): Draw[] {
  const draws: Draw[] = [d(120, 15, SELLER, 4.5)];
  (l.letterhead ?? ['Venloer Straße 212', '50823 Köln', 'Tel. 0221 / 55 40 12']).forEach((row, i) => draws.push(d(120, 22 + 4.5 * i, row)));
  const wy = l.windowY ?? 45;
  draws.push(d(l.windowX ?? 22, wy - 5, `${SELLER} · Venloer Straße 212 · 50823 Köln`, 2));
  (l.window ?? ['Hafenlogistik Petersen KG', 'Große Elbstraße 145', '22767 Hamburg']).forEach((row, i) => draws.push(d(l.windowX ?? 22, wy + 4 * i, row)));
  const ix = l.infoX ?? 120;
  const iy = l.infoY ?? 62;
  (l.info ?? [['Rechnungsnummer:', '2025-0412'], ['Rechnungsdatum:', '14.03.2025']]).forEach(([label, value], i) => draws.push(d(ix, iy + 5 * i, label), d(ix + 40, iy + 5 * i, value)));
  const ty = l.tableY ?? 100;
  draws.push(d(22, ty - 10, l.title ?? 'Rechnung', 5));
  draws.push(d(22, ty, l.header ?? 'Bezeichnung'), d(130, ty, 'Menge'), d(175, ty, 'Betrag'));
  draws.push(d(22, ty + 6, 'Wände spachteln und schleifen'), d(130, ty + 6, '1'), d(175, ty + 6, '1.249,50'));
  (l.totals ?? [['Nettobetrag', '1.249,50 €'], ['zzgl. 19 % MwSt.', '237,41 €'], ['Rechnungsbetrag', '1.486,91 €']]).forEach(([label, value], i) => draws.push(d(120, 120 + 6 * i, label), d(170, 120 + 6 * i, value)));
  draws.push(d(22, 200, 'Bitte überweisen Sie den Betrag innerhalb von 14 Tagen.'));
  draws.push(...(l.extra ?? []));
  return draws;
}

const read = (l: Letter) => parseWesternInvoiceText(toPageText(letter(l), 210, 297));

describe('the buyer of a business letter', () => {
  it.each(['Familie', 'Herrn', 'Frau', 'Firma', 'Famille', 'Spett.le', 'Messrs'])('a form of address alone on its row ("%s") is not the name: the row under it is', (salutation) => {
    const inv = read({ window: [salutation, 'Martina und Jörg Bauer', 'Lindenweg 3', '50999 Köln'] });
    expect(inv.buyer.name).toBe('Martina und Jörg Bauer');
    expect(inv.seller.name).toBe(SELLER);
  });

  it.each(['z. Hd. Frau Anke Petersen', 'zu Händen Herrn Ohlsen', 'Attn: Accounts Payable'])('a contact row under the name ("%s"), with the letterhead\'s rows beside the block, leaves the company the buyer', (contact) => {
    const inv = read({ windowY: 30, window: ['Hafenlogistik Petersen KG', contact, 'Große Elbstraße 145', '22767 Hamburg'] });
    expect(inv.buyer.name).toBe('Hafenlogistik Petersen KG');
  });

  it('a block whose name and street sit above the window is read from its name, not from the town in the window', () => {
    const inv = read({ windowY: 30, window: ['Kanzlei Dr. Weber & Partner', 'Königstraße 1a', '70173 Stuttgart'] });
    expect(inv.buyer.name).toBe('Kanzlei Dr. Weber & Partner');
  });

  it.each([
    ['Rechnungs-Nr.', 'R-25-0193'],
    ['Kunden-Nr.', '10877'],
    ['Datum', '17.02.2025'],
    ['Ihre Referenz', 'Küche Umbau'],
    ['Factuurnummer', '2025/0042'],
  ])('an info row in the left column ("%s") is a label, never the buyer: the block on the right is', (label, value) => {
    const inv = read({ window: ['Herr', 'Thomas Brunner', 'Seestrasse 101', '8800 Thalwil'], windowX: 117, windowY: 37, letterhead: [], info: [[label, value], ['Lieferdatum', '12.02.2025']], infoX: 22, infoY: 58 });
    expect(inv.buyer.name).toBe('Thomas Brunner');
  });

  // Pages in small type, or a short letterhead: the block sits higher than the window's usual band.
  it('a block wholly above the window\'s band, under the sender line, is the buyer', () => {
    const inv = read({ windowY: 24 });
    expect(inv.buyer.name).toBe('Hafenlogistik Petersen KG');
    expect(inv.buyer.address).toBe('Große Elbstraße 145, 22767 Hamburg');
  });

  it('such a block beats rows in the band that name no address (a terms row over a project row)', () => {
    const inv = read({ windowY: 24, extra: [d(22, 52, 'Zahlungsbedingungen netto vierzehn Tage'), d(22, 57, 'Projekt'), d(22, 61.5, 'Umbau Halle B')] });
    expect(inv.buyer.name).toBe('Hafenlogistik Petersen KG');
  });

  it('a sender line written with commas runs over such a block too', () => {
    const draws = letter({ windowY: 24 }).map((t) => (t.text.includes(' · ') ? { ...t, text: t.text.replaceAll(' · ', ', ') } : t));
    expect(parseWesternInvoiceText(toPageText(draws, 210, 297)).buyer.name).toBe('Hafenlogistik Petersen KG');
  });

  it('rows above the seller\'s sender line are its letterhead, not the top of the block', () => {
    const inv = read({ windowY: 24, extra: [d(22, 14, 'MSB', 5)] });
    expect(inv.buyer.name).toBe('Hafenlogistik Petersen KG');
  });

  it('a window at the right is read from its name over rows of the left column set at another pitch', () => {
    const inv = read({
      window: ['Hafenlogistik Petersen KG', 'z. Hd. Frau Anke Petersen', 'Große Elbstraße 145', '22767 Hamburg'], windowX: 117, windowY: 30, letterhead: [],
      extra: [d(22, 28, 'Venloer Straße 212'), d(22, 32.2, 'USt-IdNr. DE812345678'), d(22, 36.4, 'Handelsregister HRB 4711')],
    });
    expect(inv.buyer.name).toBe('Hafenlogistik Petersen KG');
  });

  it('a name wrapped before its organisation\'s word ("Foundation" on the row under it) is one name', () => {
    const inv = read({ window: ['Northern Plains Community', 'Foundation', 'Attn: Grants Administration', '400 Broadway N, Suite 5', 'Fargo, ND 58102'] });
    expect(inv.buyer.name).toBe('Northern Plains Community Foundation');
  });

  it('so is one at the right, level with a label and its value in the left column ("Terms:  Net 30")', () => {
    const inv = read({ window: ['Northern Plains Community', 'Foundation', '400 Broadway N, Suite 5', 'Fargo, ND 58102'], windowX: 118, windowY: 40, letterhead: [], info: [['Terms:', 'Net 30']], infoX: 21, infoY: 44 });
    expect(inv.buyer.name).toBe('Northern Plains Community Foundation');
  });

  it.each(['KREDITNOTA', 'Creditnota', 'Kreditfaktura', 'Hyvityslasku', 'DOBROPIS'])('a credit note\'s title over the block ("%s") is no name', (title) => {
    expect(read({ window: [title, 'Hafenlogistik Petersen KG', 'Große Elbstraße 145', '22767 Hamburg'] }).buyer.name).toBe('Hafenlogistik Petersen KG');
  });

  it('a company form of several words wrapped at a word ("Designated Activity" over "Company") is the name\'s end', () => {
    expect(read({ window: ['Corrib Biotech Designated Activity', 'Company', 'Parkmore West', 'Galway H91 P2T8'] }).buyer.name).toBe('Corrib Biotech Designated Activity Company');
  });

  it.each([['Galway H91 P2T8', 'Parkmore West'], ['Kidderminster DY11 7QF', 'Stourport Road']])('a town with its postcode opening the block ("%s") is no name: the buyer is in doubt', (town, street) => {
    const inv = read({ window: [town, street] });
    expect(guessesOf(inv)['buyer.name']).toBe('the address block opens with no name');
  });

  it('a British postcode opening the block is no name: the buyer is in doubt', () => {
    const inv = read({ window: ['NE1 5JE', 'Newcastle upon Tyne'] });
    expect(guessesOf(inv)['buyer.name']).toBe('the address block opens with no name');
  });

  it.each(['Descrizione', 'Descripción', 'Concepto', 'Omschrijving', 'Artikel', 'Pos.'])('the item table\'s header ("%s") ends the address area: it is never the buyer', (header) => {
    const inv = read({ window: ['Spett.le', 'Studio Legale Conti', 'Corso Vittorio Emanuele II 80', '10121 Torino'], windowX: 117, windowY: 30, letterhead: [], info: [], header, tableY: 58, title: 'Fattura n. 45/2025 del 10/01/2025' });
    expect(inv.buyer.name).toBe('Studio Legale Conti');
  });
});

describe('invoice numbers after the labels of European letters', () => {
  it.each([
    ['Re-Nr.:', 'AT-2025/118'],
    ['Rg.-Nr.', '2025-77'],
    ['Beleg-Nr.', 'B-19/2025'],
    ['Rechnungs-Nr.', 'R-25-0193'],
  ])('"%s" in the info block', (label, number) => {
    expect(read({ info: [[label, number], ['Datum:', '03.02.2025']] }).number).toBe(number);
  });

  it.each([
    ['Fattura n. 45/2025 del 10/01/2025', '45/2025'],
    ['Facture n. F-2025-0087', 'F-2025-0087'],
    ['Rechnung Nr. 2025-0412', '2025-0412'],
  ])('a title with its number ("%s")', (title, number) => {
    expect(read({ info: [], title }).number).toBe(number);
  });
});

describe('totals blocks of Italian invoices', () => {
  it.each([
    [['Imponibile', 'IVA 22%', 'Totale documento']],
    [['Totale imponibile', 'IVA 22%', 'Totale fattura']],
    [['Imponibile', 'IVA 22%', 'Totale da pagare']],
  ])('%j give net, tax and gross', (labels) => {
    const inv = read({ totals: [[labels[0], '€ 272,00'], [labels[1], '€ 59,84'], [labels[2], '€ 331,84']] });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([272, 59.84, 331.84]);
  });
});

describe('a net and a tax line per VAT rate', () => {
  it('German: "Netto 7 %" and "Netto 19 %", "USt. 7 %" and "USt. 19 %" add up to the net and the tax', () => {
    const inv = read({ totals: [['Netto 7 %', '450,00 €'], ['Netto 19 %', '250,00 €'], ['USt. 7 %', '31,50 €'], ['USt. 19 %', '47,50 €'], ['Gesamtbetrag', '779,00 €']] });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([700, 79, 779]);
  });

  it('French and Dutch: one net line, a tax line per rate', () => {
    const fr = read({ totals: [['Total HT', '1 040,00 €'], ['TVA 5,5 %', '22,00 €'], ['TVA 20 %', '128,00 €'], ['Total TTC', '1 190,00 €']] });
    expect([fr.amount, fr.taxAmount, fr.totalAmount]).toEqual([1040, 150, 1190]);
    const nl = read({ totals: [['Subtotaal', '€ 600,00'], ['BTW 9%', '€ 36,00'], ['BTW 21%', '€ 21,00'], ['Totaal', '€ 657,00']] });
    expect([nl.amount, nl.taxAmount, nl.totalAmount]).toEqual([600, 57, 657]);
  });

  it('one rate stays one line; a rate printed twice is no breakdown', () => {
    expect(read({}).taxAmount).toBe(237.41);
    const twice = read({ totals: [['Nettobetrag', '1.000,00 €'], ['USt. 19 %', '190,00 €'], ['USt. 19 %', '190,00 €'], ['Rechnungsbetrag', '1.190,00 €']] });
    expect(twice.taxAmount).toBe(190);
  });
});

describe('a page that charges no VAT', () => {
  it.each([
    'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.',
    'Gemas 5 19 UStG wird keine Umsatzsteuer berechnet.',
    'Leistungen nach S 4 Nr. 22 UStG.',
    'Ärztliche Leistungen sind gemäß § 4 Nr. 14 UStG von der Umsatzsteuer befreit.',
    'TVA non applicable, art. 293 B du CGI.',
    'VAT exempt supply.',
    'Reverse charge: the customer accounts for the VAT.',
    'Btw verlegd.',
    'Operazione effettuata ai sensi del regime forfettario.',
  ])('"%s" with a gross alone: tax 0, net = gross', (note) => {
    const draws = letter({ totals: [['Rechnungsbetrag', '76,08 €']] });
    const inv = parseWesternInvoiceText(toPageText([...draws, d(22, 160, note)], 210, 297));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([76.08, 0, 76.08]);
  });

  it('a net alone ("Total HT") with the exemption: the gross is the net', () => {
    const inv = parseWesternInvoiceText(toPageText([...letter({ totals: [['Total HT', '1 200,00 €']] }), d(22, 160, 'TVA non applicable, art. 293 B du CGI')], 210, 297));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([1200, 0, 1200]);
  });

  it('without such a note, a gross alone leaves the tax unknown', () => {
    const inv = read({ totals: [['Rechnungsbetrag', '76,08 €']] });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([null, null, 76.08]);
  });
});

describe('more totals and buyer labels', () => {
  it('"Total (inc GST)" and "GST included": gross, tax, and the net from them', () => {
    const inv = read({ totals: [['Total (inc GST)', '$715.00'], ['GST included', '$65.00']] });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([650, 65, 715]);
  });

  it('"Total à payer" is the gross', () => {
    const inv = read({ totals: [['Total HT', '1 000,00 €'], ['TVA 20 %', '200,00 €'], ['Total à payer', '1 200,00 €']] });
    expect(inv.totalAmount).toBe(1200);
  });

  it.each(['Aan:', 'To:', 'An:'])('"%s" over the address block labels the buyer, who is then not taken for the seller', (label) => {
    const draws = letter({ window: [label, 'Fietsfabriek Noord B.V.', 'Industrieweg 33', '9723 JK Groningen'] }).filter((x) => x.text !== SELLER);
    const inv = parseWesternInvoiceText(toPageText([d(120, 15, 'Studio Vermeer', 4.5), ...draws], 210, 297));
    expect(inv.buyer.name).toBe('Fietsfabriek Noord B.V.');
    expect(inv.seller.name).not.toBe('Fietsfabriek Noord B.V.');
  });
});

describe('Belgian, Québec and deposit totals; a discount ends the items', () => {
  it('"Total HTVA", "TVA 6 %", "Total TVAC"', () => {
    const inv = read({ totals: [['Total HTVA', '800,00 €'], ['TVA 6 %', '48,00 €'], ['Total TVAC', '848,00 €']] });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([800, 48, 848]);
  });

  it('"Sous-total", "TPS (5 %)" and "TVQ (9,975 %)": the tax is both', () => {
    const inv = read({ totals: [['Sous-total', '4 000,00 $'], ['TPS (5 %)', '200,00 $'], ['TVQ (9,975 %)', '399,00 $'], ['Total', '4 599,00 $']] });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([4000, 599, 4599]);
  });

  it.each([
    ['abzüglich Anzahlung vom 05.02.2024', '-3.000,00 €', 'darin enthaltene USt. 19 %', '478,99 €', 'Noch zu zahlen', '5.925,00 €'],
    ['Less deposit paid', '-3.000,00 €', 'VAT 19 % on the deposit', '478,99 €', 'Balance due', '5.925,00 €'],
  ])('a deducted payment ("%s") and its tax under the gross leave the invoice\'s tax', (deduction, paid, taxLabel, tax, due, rest) => {
    const inv = read({ totals: [['Nettobetrag', '7.500,00 €'], ['19 % Umsatzsteuer', '1.425,00 €'], ['Gesamtbetrag', '8.925,00 €'], [deduction, paid], [taxLabel, tax], [due, rest]] });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([7500, 1425, 8925]);
  });

  it.each(['Trade discount 10%', 'Rabatt 10 %', 'Remise 10 %', 'Goods total'])('the items end at a totals row ("%s")', (label) => {
    const draws = letter({ totals: [[label, '-124,95 €'], ['Nettobetrag', '1.124,55 €'], ['MwSt. 19 %', '213,66 €'], ['Rechnungsbetrag', '1.338,21 €']] }).map((x) => (x.y >= 120 && x.y < 160 ? { ...x, y: x.y - 8 } : x));
    const inv = parseWesternInvoiceText(toPageText(draws, 210, 297));
    // A discount that takes the items to the net is kept after them as a line of its own.
    expect(inv.items.map((i) => i.amount)).toEqual(label === 'Goods total' ? [1249.5] : [1249.5, -124.95]);
  });
});

describe('company forms of Belgium and Québec', () => {
  it.each(['Plomberie Dubois SRL', 'Ébénisterie Gagnon inc.', 'Rénovations Tremblay ltée'])('"%s" in the letterhead is the seller, named by its form', (seller) => {
    const draws = letter({ letterhead: ['Chaussée de Waterloo 412', '1050 Ixelles'] }).map((x) => ({ ...x, text: x.text.replace(SELLER, seller) }));
    const inv = parseWesternInvoiceText(toPageText(draws, 210, 297));
    expect(inv.seller.name).toBe(seller);
    expect(guessesOf(inv)).not.toHaveProperty(['seller.name']);
  });

  it('"Facturer à :" over the block, and "Herrn und Frau" on its own row, are no names', () => {
    expect(read({ window: ['Facturer à :', 'Restaurant Chez Ginette', '88, avenue du Mont-Royal Est', 'Montréal (Québec) H2T 1N6'] }).buyer.name).toBe('Restaurant Chez Ginette');
    expect(read({ window: ['Herrn und Frau', 'Daniel und Lea Vogt', 'Gohliser Straße 17', '04155 Leipzig'] }).buyer.name).toBe('Daniel und Lea Vogt');
  });
});

describe('labels and rows seen on club, shop and simplified invoices', () => {
  it('"Gesamt" alone is the gross; "Gesamt netto" is not', () => {
    expect(read({ totals: [['Gesamt', '156,00 €']] }).totalAmount).toBe(156);
    const inv = read({ totals: [['Gesamt netto', '1.000,00 €'], ['MwSt. 19 %', '190,00 €'], ['Gesamt', '1.190,00 €']] });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([1000, 190, 1190]);
  });

  it.each(['Factuuradres', 'Rechnungsadresse'])('"%s" over the block labels the buyer', (label) => {
    expect(read({ window: [label, 'R. de Boer', 'Wilhelminasingel 40', '6221 BL Maastricht'] }).buyer.name).toBe('R. de Boer');
  });

  it.each([
    ['SIRET 432 109 876 00028 · TVA', 'FR21432109876'],
    ['HRB 44120, Amtsgericht Köln', 'DE812345678'],
  ])('the letterhead\'s registration rows ("%s", "%s") in the left column are never the buyer', (row, id) => {
    const draws = letter({ window: ['Herr', 'Thomas Brunner', 'Seestrasse 101', '8800 Thalwil'], windowX: 117, windowY: 40, letterhead: [] });
    const inv = parseWesternInvoiceText(toPageText([...draws, d(22, 43, row), d(22, 48, id)], 210, 297));
    expect(inv.buyer.name).toBe('Thomas Brunner');
  });

  it('"Nº" in a cell of its own under "FACTURA SIMPLIFICADA": the next cell is the number', () => {
    const draws: Draw[] = [d(80, 20, 'Librería Cervantes S.L.', 4), d(85, 33, 'FACTURA SIMPLIFICADA', 4), d(57, 41, 'Nº'), d(84, 41, 'T-2024-0091'), d(57, 48, 'Fecha'), d(84, 48, '22/04/2024'), d(110, 89, 'Base imponible'), d(177, 89, '41,32 €'), d(110, 95, 'IVA 21%'), d(177, 95, '8,68 €'), d(110, 101, 'Total'), d(177, 101, '50,00 €')];
    const inv = parseWesternInvoiceText(toPageText(draws, 210, 297));
    expect([inv.number, inv.date, inv.totalAmount]).toEqual(['T-2024-0091', '2024-04-22', 50]);
  });

  it('a club\'s "e.V." is a company form', () => {
    const draws = letter({}).map((x) => ({ ...x, text: x.text.replace(SELLER, 'Turn- und Sportverein Eichenau 1921 e.V.') }));
    const inv = parseWesternInvoiceText(toPageText(draws, 210, 297));
    expect(inv.seller.name).toBe('Turn- und Sportverein Eichenau 1921 e.V.');
    expect(guessesOf(inv)).not.toHaveProperty(['seller.name']);
  });
});

describe('a UK practice\'s letter', () => {
  it.each(['Private and confidential', 'Persönlich / vertraulich', 'Confidential'])('"%s" over the addressee is no name', (note) => {
    expect(read({ window: [note, 'Kowalski Joinery Ltd', 'Unit 2, Marsh Barton Trading Estate', 'Exeter EX2 8PW'] }).buyer.name).toBe('Kowalski Joinery Ltd');
  });

  it('an LLP in the letterhead is the seller, named by its form', () => {
    const draws = letter({ window: ['Kowalski Joinery Ltd', 'Unit 2, Marsh Barton Trading Estate', 'Exeter EX2 8PW'] }).map((x) => ({ ...x, text: x.text.replace(SELLER, 'Pembroke & Vale Accountants LLP') }));
    const inv = parseWesternInvoiceText(toPageText(draws, 210, 297));
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Pembroke & Vale Accountants LLP', 'Kowalski Joinery Ltd']);
    expect(guessesOf(inv)).not.toHaveProperty(['seller.name']);
  });
});
