/**
 * What supplier invoices print beyond a totals block: VAT summary tables in the languages of central and
 * northern Europe and on marketplace invoices, credit notes by their local names, a Romanian form's series
 * and totals, an electricity bill's table of prepayments, a telecom bill's summary and section totals,
 * and the parties a logo letterhead, a billing system's "Pay To" block or a footer name. One class varied
 * at a time on the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/index.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';
import { page, read, totals } from './supplier-bill.js';

/** A table under a row of headers: each row's cells at the headers' x, or at the x given. */
const table = (y: number, heads: Array<[number, string]>, rows: Array<Array<[number, string]>>): Draw[] => [
  ...heads.map(([x, t]) => d(x, y, t)),
  ...rows.flatMap((row, i) => row.map(([x, t]) => d(x, y + 5 * (i + 1), t))),
];

describe('VAT summary tables', () => {
  it.each([
    ['Czech ("Sazba | Základ | DPH")', [[100, 'Sazba'], [125, 'Základ'], [150, 'DPH'], [175, 'Celkem']], [[[100, '21 %'], [125, '1 240,00'], [150, '260,40'], [175, '1 500,40']]], 'Celkem k úhradě', '1 500,40', [1240, 260.4, 1500.4]],
    // (A sum row under the rates' rows, as the rows of an item table would have one.)
    ['Hungarian, whole forints ("ÁFA kulcs | Nettó | ÁFA")', [[100, 'ÁFA kulcs'], [125, 'Nettó'], [150, 'ÁFA'], [175, 'Bruttó']], [[[100, '27%'], [125, '192 000'], [150, '51 840'], [175, '243 840']], [[100, 'Összesen'], [125, '192 000'], [150, '51 840'], [175, '243 840']]], 'Fizetendő', '243 840 Ft', [192000, 51840, 243840]],
    ['a marketplace\'s ("VAT rate | Item subtotal (excl. VAT) | VAT subtotal")', [[100, 'VAT rate'], [120, 'Item subtotal (excl. VAT)'], [170, 'VAT subtotal']], [[[100, '20%'], [140, '£90.82'], [175, '£18.16']]], 'Invoice total', '£108.98', [90.82, 18.16, 108.98]],
    // The second row's base, short and set right, sits nearer the tax's header than its own.
    ['Dutch, headed by its title ("Btw-specificatie | Grondslag | Btw")', [[100, 'Btw-specificatie'], [140, 'Grondslag'], [170, 'Btw']], [[[100, '9%'], [150, '€ 238,53'], [175, '€ 21,47']], [[100, '21%'], [156, '€ 82,64'], [175, '€ 17,36']]], 'Totaal incl. btw', '€ 360,00', [321.17, 38.83, 360]],
  ] as const)('a %s table gives the net and the tax the totals block leaves out', (_, heads, rows, label, total, want) => {
    expect(totals({ totals: [[label, total]], extra: table(150, heads as unknown as Array<[number, string]>, rows as unknown as Array<Array<[number, string]>>) })).toEqual(want);
  });
});

describe('credit notes', () => {
  it('an Australian adjustment note printed negative: a credit note, its own number and date, amounts positive', () => {
    const inv = read({
      title: 'ADJUSTMENT NOTE',
      info: [['Adjustment note no.', 'AN-0031'], ['Date', '18/11/2025'], ['Original tax invoice', 'INV-2291'], ['Invoice date', '02/11/2025']],
      totals: [['Subtotal (ex GST)', '-$987.00'], ['GST', '-$98.70'], ['Total (inc GST)', '-$1,085.70']],
    });
    expect([inv.documentType, inv.number, inv.date]).toEqual(['credit_note', 'AN-0031', '2025-11-18']);
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([987, 98.7, 1085.7]);
  });

  it('a Czech dobropis ("Číslo dokladu") printed negative', () => {
    const inv = read({
      title: 'DOBROPIS – OPRAVNÝ DAŇOVÝ DOKLAD',
      info: [['Číslo dokladu:', '2025-D-0007'], ['Datum vystavení:', '24.10.2025']],
      totals: [['Celkem bez DPH', '-4 000,00'], ['DPH 21 %', '-840,00'], ['Celkem k úhradě', '-4 840,00']],
    });
    expect([inv.documentType, inv.number]).toEqual(['credit_note', '2025-D-0007']);
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([4000, 840, 4840]);
  });
});

describe('a Romanian form', () => {
  it('"Seria: BVX Nr.: 0412" is the number, not a delegate\'s identity card ("seria BV nr. 441122")', () => {
    const inv = read({ info: [], title: 'FACTURĂ', extra: [d(95, 30, 'Seria: BVX Nr.: 0412'), d(22, 200, 'Date privind expediția: B.I./C.I. seria BV nr. 441122')] });
    expect(inv.number).toBe('BVX 0412');
  });

  it('"Total" over its two figures, "Total de plată" over a note and its figure', () => {
    expect(totals({
      totals: [],
      extra: [d(150, 140, 'Total'), d(140, 144.4, '1.440,00'), d(170, 144.4, '302,40'), d(150, 150, 'Total de plată'), d(150, 154.4, '(col. 5 + col. 6)'), d(155, 158.8, '1.742,40')],
    })).toEqual([1440, 302.4, 1742.4]);
  });
});

describe('totals', () => {
  it('a table of prepayments under its heading ("Ihre Abschläge": netto | USt. | brutto) is not the invoice\'s totals', () => {
    expect(totals({
      totals: [['Summe netto', '1.156,07 €'], ['Umsatzsteuer 19 %', '219,65 €'], ['Rechnungsbetrag brutto', '1.375,72 €']],
      extra: [d(22, 160, 'Ihre Abschläge', 4), ...table(168, [[22, 'Zeitraum'], [80, 'netto'], [105, 'USt.'], [130, 'brutto']], [[[22, '10/2024 – 09/2025'], [80, '1.092,44 €'], [105, '207,56 €'], [130, '1.300,00 €']]])],
    })).toEqual([1156.07, 219.65, 1375.72]);
  });

  it('a telecom bill\'s "Total to pay", its itemised sections\' totals ("Total call charges") after it', () => {
    expect(totals({
      totals: [['Total charges excluding VAT', '£86.34'], ['VAT at 20%', '£17.27'], ['Total to pay', '£103.61']],
      extra: [d(22, 200, 'Total monthly charges'), d(170, 200, '70.00'), d(22, 206, 'Total call charges'), d(170, 206, '6.34')],
    })).toEqual([86.34, 17.27, 103.61]);
  });
});

describe('number', () => {
  it('a bare "N°" after a title with its date ("Facture du 5 novembre 2025 | N° FP2511-0048812")', () => {
    const inv = read({ info: [], extra: [d(22, 34, 'Facture du 5 novembre 2025'), d(94, 34, 'N° FP2511-0048812'), d(150, 34, 'Client n° 7712 0934')] });
    expect(inv.number).toBe('FP2511-0048812');
  });

  it('"N.º" in a cell of its own under "NOTA DE CRÉDITO"', () => {
    const inv = read({ info: [], title: 'NOTA DE CRÉDITO', extra: [d(22, 93, 'N.º'), d(50, 93, 'NC 2025/18')] });
    expect(inv.number).toBe('NC 2025/18');
  });
});

describe('parties', () => {
  it('a logo and its tagline set close over the window: the window\'s company is the buyer, not the letterhead\'s address', () => {
    const inv = read({
      letterhead: ['Fjordmat'], window: [],
      extra: [d(22, 27.5, 'catering · selskap · møtemat', 2.5), d(22, 36, 'Havbris Eiendom AS'), d(22, 39.5, 'Att: Ingrid Solberg'), d(22, 43, 'Strandkaien 14'), d(22, 46.5, '5013 Bergen'),
        d(22, 280, 'Fjordmat Catering AS · Sandbrugaten 5, 5003 Bergen · Org.nr. 923 456 781 MVA')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Fjordmat Catering AS', 'Havbris Eiendom AS']);
  });

  it('a Dutch town line ("3812 AB Amersfoort": a postcode\'s letters, not a company form) stays the letterhead\'s address', () => {
    const inv = read({ letterhead: ['Drukkerij Van Dijk B.V.', 'Industrieweg 17 · 3812 AB Amersfoort'] });
    expect(inv.seller.address).toMatch(/Industrieweg 17/);
  });

  it('"Invoiced To | Pay To" over two blocks: the payee is the seller', () => {
    const inv = read({
      letterhead: ['CorribDomains'], window: [], info: [],
      extra: [d(22, 48, 'Invoiced To'), d(22, 52.5, 'Aran Knitwear Studio'), d(22, 57, 'Kilronan, Inis Mór'), d(110, 48, 'Pay To'), d(110, 52.5, 'Corrib Domains Limited'), d(110, 57, 'Parkmore, Galway H91 X8P2')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Corrib Domains Limited', 'Aran Knitwear Studio']);
  });

  it('a footer line\'s registered company after a generator\'s note ("PDF Generated on … · Acme Limited, registered in …")', () => {
    const inv = read({ letterhead: ['CorribDomains'], extra: [d(22, 280, 'PDF Generated on 03/09/2025 · Corrib Domains Limited, registered in Ireland No. 588310')] });
    expect(inv.seller.name).toBe('Corrib Domains Limited');
  });

  it('"… is a trading name of …": the company named after it', () => {
    const inv = read({ letterhead: ['kestrel'], extra: [d(22, 280, 'Kestrel Business is a trading name of Kestrel Telecom Ltd. Registered in England and Wales No. 08844172.')] });
    expect(inv.seller.name).toMatch(/^Kestrel Telecom Ltd\.?$/);
  });

  it('the only company in a window at the right, under a logo, is the buyer when the footer names the seller', () => {
    const inv = read({
      letterhead: ['armor fibre pro'], window: [], info: [],
      extra: [d(22, 45, 'Votre facture'), d(22, 49, 'Ligne fibre 02 98 55 41 07'), d(110, 45, 'ATELIER KERVELLA SARL'), d(110, 49, 'Service comptabilité'), d(110, 53, '12 rue de Siam'), d(110, 57, '29200 BREST'),
        d(22, 280, 'Armor Télécom SAS au capital de 2 500 000 € · 4 rue du Bignon, 35000 Rennes · RCS Rennes 812 345 678')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Armor Télécom SAS', 'ATELIER KERVELLA SARL']);
  });

  it('a two-page bill whose footer, on its last page only, names the company behind the logo', () => {
    const [first] = toPageText(page({ letterhead: ['stratocumulus'], window: ['Harborview Analytics LLC', '455 Mission Street', 'San Francisco, CA 94105'] }), 210, 297);
    const [last] = toPageText([d(22, 30, 'Credits'), d(170, 30, '-$150.00'), d(22, 60, 'Stratocumulus Cloud, Inc. · 2200 Alaskan Way, Seattle, WA 98121 · Federal Tax ID 84-3310927')], 210, 297);
    const inv = parseWesternInvoiceText([first, { ...last, page: 2, items: last.items.map((i) => ({ ...i, page: 2 })) }]);
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Stratocumulus Cloud, Inc.', 'Harborview Analytics LLC']);
  });
});

describe('what a right reading needs no review for', () => {
  it.each([['Päivämäärä', '3.11.2025', '2025-11-03'], ['Data', '2025-10-30', '2025-10-30']])('"%s" beside its date labels the issue date, whatever other dates the page prints', (label, value, want) => {
    const inv = read({ info: [[label, value], ['Eräpäivä', '17.11.2025']], extra: [d(22, 95, 'Referente à fatura de 2025-10-02, entrega 2025-10-01')] });
    expect(inv.date).toBe(want);
    expect(guessesOf(inv).date).toBeUndefined();
  });

  it('"Report" carried to the second page is no item', () => {
    const inv = read({ extra: [d(22, 116, 'Report'), d(175, 116, '1 076,55')] });
    expect(inv.items.map((i) => i.name)).not.toContain('Report');
  });

  it('"Abt. Rechnungsprüfung" under the buyer\'s name is a department, not a second name', () => {
    const inv = read({ window: [], info: [], extra: ['Käufer', 'Mainfranken Wohnbau eG', 'Abt. Rechnungsprüfung', 'Ludwigstraße 22', '97070 Würzburg'].map((row, i) => d(110, 40 + 4 * i, row)) });
    expect(inv.buyer.name).toBe('Mainfranken Wohnbau eG');
    expect(guessesOf(inv)['buyer.name']).toBeUndefined();
  });
});
