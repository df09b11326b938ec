/**
 * What the forty-third to forty-fifth batches of unseen supplier invoices printed that the parser missed: an
 * Italian credit note's negative figures, a number of one digit and a series ("7/NC"), a due date under a
 * short word taken for a date label, a bill's amount due (a previous balance included) taken for its total,
 * the FatturaPA courtesy copy's "Spett.le cessionario/committente", figures wrapped at their thousands space
 * in narrow cells (negative, or on a table's totals row, whole forints too), a totals row and its figures in one text item, a
 * Slovak "Sadzba DPH" recapitulation, a Czech one wrapped in narrow cells, an item table's header of two rows taken
 * for a totals table; a sender line naming the seller by its initials, a Polish "s.c.", "GmbH & Co. KG", a name
 * wrapped after "du" in a window at the right; "Nº fatura"; a web address taken for another reading of the seller's
 * name, a policy's number, a logo's abbreviation over the name, a balance brought forward taken for doubts. One class varied at a time on the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { readingPrint } from '../../src/invoice/western/ocr-tolerant-labels.js';
import { d, toPageText } from './page-builder.js';
import { page, read } from './supplier-bill.js';

describe('an Italian credit note printed negative', () => {
  it('"TD04 Nota di credito" in the document table: a credit note, its amounts positive as the model states them', () => {
    const inv = read({
      title: 'Documento', info: [['Numero', '7/NC'], ['Data', '20/11/2025']],
      extra: [d(22, 92, 'Tipo documento'), d(22, 96, 'TD04 Nota di credito')],
      totals: [['Totale imponibile', '-1.240,00'], ['IVA 22%', '-272,80'], ['Totale documento EUR', '-1.512,80']],
    });
    expect([inv.documentType, inv.amount, inv.taxAmount, inv.totalAmount]).toEqual(['credit_note', 1240, 272.8, 1512.8]);
  });

  it('a number of one digit and a series after a slash ("7/NC") keeps its series', () => {
    const inv = read({ title: 'Nota di credito', info: [], extra: [d(22, 92, 'Tipo documento'), d(80, 92, 'Numero'), d(110, 92, 'Data'), d(22, 96, 'TD04'), d(80, 96, '7/NC'), d(110, 96, '20/11/2025')] });
    expect(inv.number).toBe('7/NC');
  });
});

describe('a due date under a short word', () => {
  it('"du" in an amount in words over "Apmokėti iki 2025-12-04": not the issue date, the dateline under the title is', () => {
    const inv = read({
      info: [['Serija NMK Nr.', '004512']], underTitle: ['2025 m. lapkričio 20 d.'],
      extra: [d(22, 150, 'Suma žodžiais: du tūkstančiai keturiasdešimt eurų'), d(22, 153.5, 'Apmokėti iki 2025-12-04.')],
    });
    expect(inv.date).toBe('2025-11-20');
  });
});

describe('a bill with a previous balance', () => {
  it('"Total amount due" (balance brought forward + this invoice) above "Total this invoice": the invoice\'s own total', () => {
    const inv = read({
      totals: [['Subtotal', '1,240.00'], ['VAT 23 %', '285.20'], ['Total this invoice', '1,525.20']],
      extra: [d(22, 170, 'Account summary'), d(22, 176, 'Balance brought forward'), d(80, 176, '300.00'),
        d(22, 182, 'Total amount due'), d(80, 182, '1,825.20')],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([1240, 285.2, 1525.2]);
  });
});

describe('the courtesy copy of a FatturaPA invoice', () => {
  it('"SPETT.LE CESSIONARIO/COMMITTENTE" over the box at the right: the name under it is the buyer', () => {
    const inv = read({
      letterhead: ['TESSUTI LARIANI S.r.l.', 'Via Borgovico 148 - 22100 Como (CO)', 'REA CO-301447 - Cap. soc. € 50.000,00', 'i.v.'],
      window: [], info: [['Numero', '312'], ['Data', '05/11/2025']],
      extra: [d(110, 20, 'SPETT.LE CESSIONARIO/COMMITTENTE'), d(110, 24, 'Boutique Arianna di Laura Rossi'), d(110, 28.5, 'Corso Garibaldi 41'), d(110, 33, '20121 Milano (MI)')],
    });
    expect(inv.buyer.name).toBe('Boutique Arianna di Laura Rossi');
  });
});

describe('figures wrapped at their thousands space in narrow cells', () => {
  it('a credit note\'s "-1" over "028,80" beside "Total HT": the whole negative figure', () => {
    const inv = read({
      title: 'Avoir', info: [['Avoir n°', 'AV/2025/0093'], ['Date', '18/11/2025']],
      totals: [],
      extra: [d(120, 125, 'Total HT'), d(170, 125, '-1'), d(163.4, 129.5, '028,80'), d(120, 136, 'TVA 20 %'), d(163.4, 136, '-205,76'),
        d(120, 143, 'Total TTC'), d(170, 143, '-1'), d(163.4, 147.5, '234,56')],
    });
    expect([inv.documentType, inv.amount, inv.taxAmount, inv.totalAmount]).toEqual(['credit_note', 1028.8, 205.76, 1234.56]);
  });

  it('a Polish "Razem:" row whose net, VAT and gross each wrapped ("12" over "480,00"): net and VAT read', () => {
    const inv = read({
      info: [['Faktura VAT nr', 'FV/112/11/2025'], ['Data wystawienia', '2025-11-19']],
      totals: [['Do zapłaty:', '15 350,40 PLN']],
      extra: [d(90, 150, 'Razem:'), d(120, 150, '12'), d(140, 150, 'X'), d(158, 150, '2'), d(180, 150, '15'),
        d(111.6, 155, '480,00'), d(149.6, 155, '870,40'), d(171.6, 155, '350,40')],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([12480, 2870.4, 15350.4]);
  });
});

describe('sums without their own labels', () => {
  it('a Hungarian "Összesen:" row of whole forints, each wrapped at its thousands space ("154" over "000"): net and VAT', () => {
    const inv = read({
      info: [['Számla sorszáma:', 'TN-2025-00871'], ['Számla kelte:', '2025.11.19.']],
      totals: [['Fizetendő:', '195 580 Ft']],
      extra: [d(24, 150, 'Összesen:'), d(135, 150, '154'), d(167, 150, '41'), d(183, 150, '195'),
        d(135, 154.5, '000'), d(164, 154.5, '580'), d(183, 154.5, '580')],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([154000, 41580, 195580]);
  });

  it('a form\'s "Total" row printed as one text item with the net and the VAT ("Total 8.400,00 1.764,00")', () => {
    const inv = read({
      info: [['Seria BVX nr.', '00871'], ['Data emiterii:', '19.11.2025']],
      totals: [['Total de plată', '10.164,00 lei']],
      extra: [d(120, 150, 'Total 8.400,00 1.764,00')],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([8400, 1764, 10164]);
  });

  it('an item table\'s header of two rows ("Wartość netto | … | Wartość" over "netto | VAT | brutto"): no totals table over the first line', () => {
    const inv = read({
      totals: [['Wartość netto razem', '1 960,00'], ['VAT 23%', '450,80'], ['Do zapłaty', '2 410,80 PLN']],
      extra: [d(22, 150, 'Lp.'), d(40, 150, 'Nazwa towaru lub usługi'), d(100, 150, 'Ilość'), d(112, 150, 'Cena'), d(124, 150, 'Wartość netto'), d(145, 150, 'Stawka'), d(159, 150, 'Kwota VAT'), d(179, 150, 'Wartość'),
        d(111, 153.5, 'netto'), d(147, 153.5, 'VAT'), d(180, 153.5, 'brutto'),
        d(22, 158, '1'), d(40, 158, 'Papier ksero A4'), d(100, 158, '20'), d(109, 158, '98,00'), d(138, 158, '1'), d(146, 158, '23% 450,80'), d(190, 158, '2'),
        d(126, 162.5, '960,00'), d(178, 162.5, '410,80')],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([1960, 450.8, 2410.8]);
  });

  it('a Czech recapitulation whose headers ("DPH v" over "Kč") and figures ("50" over "000,00") wrapped in narrow cells', () => {
    const inv = read({
      info: [['Faktura č.', '2025110142'], ['Datum vystavení:', '14.11.2025']],
      totals: [['Celkem k úhradě:', '60 500,00 Kč']],
      extra: [d(92, 150, 'Rekapitulace'), d(126, 150, 'Základ'), d(145, 150, 'Sazba'), d(161, 150, 'DPH v'), d(179, 150, 'Celkem'),
        d(92, 154.5, 'DPH v Kč'), d(126, 154.5, 'v Kč'), d(161, 154.5, 'Kč'), d(179, 154.5, 's DPH'),
        d(138.7, 160, '50'), d(148, 160, '21 %'), d(172.7, 160, '10'), d(189.7, 160, '60'),
        d(132.2, 164.5, '000,00'), d(166.2, 164.5, '500,00'), d(183.2, 164.5, '500,00')],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([50000, 10500, 60500]);
  });

  it('a Slovak recapitulation headed "Sadzba DPH | Základ | DPH | Spolu": its base and its VAT', () => {
    const inv = read({
      info: [['Faktúra č.', '2025-11-0063'], ['Dátum vystavenia:', '20.11.2025']],
      totals: [['Celkom k úhrade:', '7 576,80 EUR']],
      extra: [d(94, 150, 'Sadzba DPH'), d(131, 150, 'Základ'), d(160, 150, 'DPH'), d(182, 150, 'Spolu'),
        d(94, 155, '23 %'), d(126, 155, '6 160,00'), d(150, 155, '1 416,80'), d(175, 155, '7 576,80')],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([6160, 1416.8, 7576.8]);
  });
});

describe('parties', () => {
  it('a sender line naming the company by its initials ("HGV AG · Postfach …"): the footer\'s full name', () => {
    const inv = read({
      letterhead: ['HGV Hanseatische Gewerbe-Versicherung'], window: ['HGV AG · Postfach 30 12 40 · 20305 Hamburg', 'Bäckerei Sommer GmbH', 'Ahornweg 9', '21614 Buxtehude'],
      extra: [d(22, 270, 'Hanseatische Gewerbe-Versicherung AG · Sitz Hamburg · Amtsgericht Hamburg HRB 88 412 · Vorstand: Dr. Jana Petersen')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Hanseatische Gewerbe-Versicherung AG', 'Bäckerei Sommer GmbH']);
  });

  it('a footer\'s company in a limited partnership\'s form ("… GmbH & Co. KG") under a logo of its first words: the whole form', () => {
    const inv = read({
      letterhead: ['Alpenmilch Süd', 'Am Fleet 8 · 81829 München'],
      extra: [d(20, 270, 'Alpenmilch Süd Großhandels GmbH & Co. KG · Sitz München · AG München HRA 118402 · pers. haft. Ges.: Alpenmilch Süd Verwaltungs GmbH')],
    });
    expect(inv.seller.name).toBe('Alpenmilch Süd Großhandels GmbH & Co. KG');
  });

  it('a Polish civil partnership ("… s.c.") over its partners\' names: the partnership alone', () => {
    // The name reaches the column's end at the page's right margin, as a bold name in a half-page cell does.
    const inv = read({
      letterhead: [], window: [], info: [],
      extra: [d(22, 40, 'Sprzedawca'), d(109, 40, 'Nabywca'), ...['Drukarnia Wisła Sp. z o.o.', 'ul. Zabłocie 23', '30-701 Kraków', 'NIP: 678-301-22-45'].map((t, i) => d(22, 44.5 + 5 * i, t)),
        ...['Biuro Rachunkowe Kowalczyk s.c.', 'Anna Kowalczyk, Jan Kowalczyk', 'ul. Długa 41/3', '31-147 Kraków'].map((t, i) => d(109, 44.5 + 5 * i, t, i ? 3 : 4.7))],
    });
    expect(inv.buyer.name).toBe('Biuro Rachunkowe Kowalczyk s.c.');
  });

  it('the letterhead\'s street at the left level with a window at the right whose name wrapped after "du"', () => {
    const inv = read({
      letterhead: ['PAPETERIES DU RHÔNE', 'Papeteries du Rhône SAS', '18, quai Perrache', '69002 Lyon'],
      window: [], info: [['Avoir N°', 'AV/2025/0093'], ['Date :', '18/11/2025']],
      extra: ['Imprimerie Moderne du', 'Dauphiné SARL', 'Service comptabilité', '7, rue des Arts-et-Métiers', '38000 Grenoble'].map((t, i) => d(119, 66 + 5 * i, t)),
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Papeteries du Rhône SAS', 'Imprimerie Moderne du Dauphiné SARL']);
  });
});

describe('labels and doubts', () => {
  it('"Nº fatura" labels a Portuguese invoice\'s number, its series kept, on a text layer drawn visibly (labels as printed)', () => {
    const pages = toPageText(page({ title: 'FATURA', info: [['Nº fatura', 'FT 2025A1/0342'], ['ATCUD', 'JJ4K7M2P-342'], ['Data', '2025-11-21']] }), 210, 297).map((p) => ({ ...p, visibleText: true }));
    expect(readingPrint(pages, () => parseWesternInvoiceText(pages)).number).toBe('FT 2025A1/0342');
  });

  it('the seller\'s web address in the footer ("harbourprintsigns.com") puts no doubt on its name ("Harbour Print Signs, LLC")', () => {
    const inv = read({ letterhead: ['Harbour Print Signs', 'Harbour Print Signs, LLC', '4410 S 108th St, Omaha, NE 68137'], extra: [d(40, 270, 'Thank you for your business! · harbourprintsigns.com · Nebraska sales tax permit 01-22810457')] });
    expect([inv.seller.name, guessesOf(inv)['seller.name'] ?? null]).toEqual(['Harbour Print Signs, LLC', null]);
  });

  it('a policy number beside the invoice number of a premium invoice ("Policennummer 40.117.338-2"): no second reading of the number', () => {
    const inv = read({ info: [['Policennummer', '40.117.338-2'], ['Rechnungs-Nr.', 'BR/2025/448812'], ['Datum', '10.11.2025']] });
    expect([inv.number, guessesOf(inv).number ?? null]).toEqual(['BR/2025/448812', null]);
  });

  it('the name under a logo\'s abbreviation ("HGV Hanseatische Gewerbe-Versicherung") is no second reading of the company', () => {
    const inv = read({ letterhead: ['HGV Hanseatische Gewerbe-Versicherung', 'Hanseatische Gewerbe-Versicherung AG', 'Ballindamm 31, 20095 Hamburg'] });
    expect([inv.seller.name, guessesOf(inv)['seller.name'] ?? null]).toEqual(['Hanseatische Gewerbe-Versicherung AG', null]);
  });

  it('a bill\'s amount due that is its total and the balance brought forward ("(overdue) £300.00") puts no doubt on the total', () => {
    const inv = read({
      totals: [['Subtotal', '1,240.00'], ['VAT 23 %', '285.20'], ['Total this invoice', '1,525.20']],
      extra: [d(22, 170, 'Previous balance'), d(80, 170, '500.00'), d(22, 176, 'Payment received 14/10/2025'), d(80, 176, '-200.00'),
        d(22, 182, 'Balance brought forward (overdue)'), d(80, 182, '300.00'), d(22, 188, 'Total amount due'), d(80, 188, '1,825.20')],
    });
    expect([inv.totalAmount, guessesOf(inv).totalAmount ?? null]).toEqual([1525.2, null]);
  });
});
