/**
 * What the sixty-first to sixty-third batches of unseen supplier invoices printed that the parser misread:
 * a payment deducted before the balance (Polish "Zapłacono" / "Pozostało do zapłaty", Swedish "Avgår förskott" /
 * "Att betala"), a self-billed invoice issued by the customer, an insurer's premium labels, the Spanish bare
 * "Número:" under the title, an address block read as both parties, a buyer read as "Customer VAT No.". One
 * class varied at a time on the supplier invoice of supplier-bill.ts, read as a text layer gives it.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { readingPrint } from '../../src/invoice/western/ocr-tolerant-labels.js';
import { holdsTaxIdLabel, oneBlock, parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { pageLines } from '../../src/invoice/layout.js';
import { d, toPageText, type Draw, type LetterPage } from './page-builder.js';
import { page } from './supplier-bill.js';

const parse = (draws: Draw[]) => {
  const pages = toPageText(draws, 210, 297).map((t) => ({ ...t, visibleText: true }));
  return readingPrint(pages, () => parseWesternInvoiceText(pages));
};
const read = (p: LetterPage) => parse(page(p));
const totals = (p: LetterPage) => {
  const inv = read(p);
  return [inv.amount, inv.taxAmount, inv.totalAmount];
};

describe('a payment deducted before what is left to pay', () => {
  it('Polish: the gross above "Zapłacono", not "Pozostało do zapłaty" under it', () => {
    expect(totals({ totals: [['Razem netto', '15 593,72'], ['VAT 23%', '3 586,56'], ['Razem brutto', '19 180,28 PLN'], ['Zapłacono (zaliczka 05.11.2025)', '5 000,00'], ['Pozostało do zapłaty', '14 180,28 PLN']] }))
      .toEqual([15593.72, 3586.56, 19180.28]);
    expect(totals({ totals: [['Wartość netto', '1 000,00'], ['VAT 23%', '230,00'], ['Wartość brutto', '1 230,00'], ['Wpłacono', '230,00'], ['Do zapłaty', '1 000,00']] }))
      .toEqual([1000, 230, 1230]);
  });

  it('Swedish: "Fakturabelopp" above "Avgår förskott", not "Att betala" under it', () => {
    expect(totals({ totals: [['Summa exkl. moms', '57 000,00'], ['Moms 25 %', '14 250,00'], ['Fakturabelopp', '71 250,00'], ['Avgår förskott (faktura 20251061)', '-20 000,00'], ['Att betala SEK', '51 250,00']] }))
      .toEqual([57000, 14250, 71250]);
  });
});

describe('a self-billed invoice, issued by the customer', () => {
  const selfBilled = (words: string, extra: Draw[] = []) => read({
    letterhead: ['Hanse Sanitär Vertrieb GmbH', 'Billwerder Neuer Deich 72, 20539 Hamburg'],
    window: ['Handelsvertretung Jens Ohlsen', 'Friedrichstraße 9', '24937 Flensburg'],
    title: 'Gutschrift', underTitle: [words], extra,
  });

  it('the addressee is the seller, the letterhead the buyer', () => {
    const inv = selfBilled('Provisionsabrechnung im Gutschriftsverfahren (§ 14 Abs. 2 UStG)');
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Handelsvertretung Jens Ohlsen', 'Hanse Sanitär Vertrieb GmbH']);
    expect(selfBilled('Self-billing invoice: the VAT shown is your output tax').seller.name).toBe('Handelsvertretung Jens Ohlsen');
  });

  it('unless a label says which party is the seller', () => {
    const inv = selfBilled('Self-billed invoice', [d(120, 70, 'Supplier: Handelsvertretung Jens Ohlsen')]);
    expect(inv.seller.name).toBe('Handelsvertretung Jens Ohlsen');
    expect(selfBilled('Gutschrift zur Rechnung 2025-118').seller.name).toBe('Hanse Sanitär Vertrieb GmbH');
  });
});

describe('an insurer\'s premium labels', () => {
  it('"Total cotisation HT", "Taxe sur les conventions d\'assurance", "Montant TTC à payer"', () => {
    expect(totals({ totals: [['Total cotisation HT', '1 240,00 €'], ['Taxe sur les conventions d\'assurance 9 %', '111,60 €'], ['Montant TTC à payer', '1 351,60 €']] })).toEqual([1240, 111.6, 1351.6]);
    expect(totals({ totals: [['Total prime nette HT', '800,00 €'], ['Taxe d\'assurance', '72,00 €'], ['Montant TTC', '872,00 €']] })).toEqual([800, 72, 872]);
  });
});

describe('number labels', () => {
  it('the Spanish and Portuguese bare "Número:" under the title', () => {
    expect(read({ info: [['Fecha:', '14/11/2025']], title: 'FACTURA', underTitle: ['Número: AT-25-0447'] }).number).toBe('AT-25-0447');
    expect(read({ info: [['Data:', '14/11/2025']], title: 'Fatura', underTitle: ['Numero: FT-2025/118'] }).number).toBe('FT-2025/118');
  });
});

describe('parties read in doubt', () => {
  it('a company over a person in one block, set close, is one block: read as both parties, both are in doubt', () => {
    const rows = (gap: number) => pageLines(toPageText([d(22, 15, 'Atlantique Mutuelle Assurances'), d(22, 29, '12 quai de la Fosse, 44000 Nantes'), d(120, 29, 'Boulangerie Morel SARL'),
      d(120, 29 + gap, 'M. Thierry Morel'), d(120, 29 + 2 * gap, '4 rue des Halles')], 210, 297));
    expect(oneBlock(rows(4.5), 'Boulangerie Morel SARL', 'Thierry Morel')).toBe(true);
    expect(oneBlock(rows(4.5), 'Atlantique Mutuelle Assurances', 'Thierry Morel')).toBe(false);
    expect(oneBlock(rows(12), 'Boulangerie Morel SARL', 'Thierry Morel')).toBe(false);
    // A row of the letterhead's column set between the block's two rows (a scan's rows, each column at its own pitch).
    const between = (left: string) => pageLines(toPageText([d(22, 15, 'Atlantique Mutuelle Assurances'), d(22, 29, '12 quai de la Fosse, 44000 Nantes'), d(120, 29, 'Boulangerie Morel SARL'),
      d(22, 31.5, left), d(120, 34, 'M. Thierry Morel'), d(120, 38.5, '4 rue des Halles')], 210, 297));
    expect(oneBlock(between('SIREN 775 118 447 · N° TVA'), 'Boulangerie Morel SARL', 'Thierry Morel')).toBe(true);
    expect(oneBlock(between('Tél. 02 40 11 84 47'), 'Boulangerie Morel SARL', 'Thierry Morel')).toBe(true);
    const sender = pageLines(toPageText([d(22, 45, 'Alpenglas Innsbruck GmbH · Museumstraße 4 · 6020 Innsbruck', 2), d(22, 48, 'Gasthof Zum Goldenen Adler'), d(22, 52.5, 'Herzog-Friedrich-Straße 6')], 210, 297));
    expect(oneBlock(sender, 'Alpenglas Innsbruck GmbH', 'Gasthof Zum Goldenen Adler')).toBe(false);
  });

  it('a buyer\'s label set flush right over rows ending where it ends, a short wrapped row of the name near it', () => {
    const right = (text: string, y: number) => d(186.5 - 1.65 * text.length, y, text);
    const buyer = (rows: string[]) => read({ window: [' '], extra: [right('Aan:', 15), ...rows.map((r, i) => right(r, 19.5 + 4.5 * i))] }).buyer.name;
    expect(buyer(['Accountantskantoor De Roos &', 'Partners', 'Westhaven 51', '2801 PL Gouda'])).toBe('Accountantskantoor De Roos & Partners');
    expect(buyer(['Vereniging Vrienden van', 'Museum Gouda', 'Achter de Kerk 14', '2801 JX Gouda'])).toBe('Vereniging Vrienden van Museum Gouda');
  });

  it('a contact and their role over the company in the window: the company is the buyer', () => {
    const buyer = (window: string[]) => read({ window }).buyer.name;
    expect(buyer(['Ms Priya Raman', 'Marketing Director', 'Holloway & Finch Opticians Ltd', '14 Station Road', 'Reading RG1 1LG'])).toBe('Holloway & Finch Opticians Ltd');
    expect(buyer(['Sophie Laurent', 'Responsable achats', 'Hôtel du Lac SARL', '12 quai du Mont-Blanc', '74500 Évian'])).toBe('Hôtel du Lac SARL');
    expect(buyer(['Anna Schmidt', 'Buchhaltung', 'Musterstraße 4', '10115 Berlin'])).toBe('Anna Schmidt');
  });

  it('a couple addressed with "&" between their salutations', () => {
    expect(read({ window: ['Mr & Mrs D. Whitcombe', 'The Old Forge, Church Street', 'Bishop\'s Castle SY9 5AA'] }).buyer.name).toBe('D. Whitcombe');
    // (Their titles before a surname alone stay with it: a surname alone names no one.)
    expect(read({ window: ['M. & Mme Garnier', '4 rue des Lilas', '49000 Angers'] }).buyer.name).toBe('M. & Mme Garnier');
  });

  it('"Customer VAT No." holds a tax id\'s label, a company\'s name does not', () => {
    expect(['Customer VAT No.', 'VAT Number', 'Customer TRN', 'Nitrogen Supplies Ltd', 'Vatican Tours S.r.l.'].map(holdsTaxIdLabel)).toEqual([true, true, true, false, false]);
  });
});
