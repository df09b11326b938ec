/**
 * Western invoices on layouts the parser was not tuned on: one drawn page, varied one class at a time
 * (the net's label in a table of label and value cells, a tax beside its rate column, invoice numbers
 * with dots, slashes and dashes after many labels, credit notes printed negative, id lines in the
 * address block, a letterhead beside it, totals chosen by arithmetic, two readings that disagree), in
 * English, German and French.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/index.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { settle } from '../../src/extract/settle.js';
import { textParts } from '../../src/extract/text-parts.js';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { toPageText, type Draw } from './page-builder.js';

type Lang = 'en' | 'de' | 'fr';
const A4 = [210, 297] as const;
const d = (x: number, y: number, text: string, size?: number): Draw => ({ x, y, text, ...(size ? { size } : {}) });

/** An amount as each language prints it: "1,234.50" / "1.234,50" / "1 234,50". */
function money(n: number, lang: Lang): string {
  const [int, dec] = Math.abs(n).toFixed(2).split('.');
  const sep = { en: ',', de: '.', fr: ' ' }[lang];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${n < 0 ? '-' : ''}${grouped}${lang === 'en' ? '.' : ','}${dec}`;
}

const WORDS = {
  en: { title: 'INVOICE', number: 'Invoice No.', date: 'Date', dateValue: '12/03/2024', net: 'Subtotal', tax: 'VAT', gross: 'Total', desc: 'Description', qty: 'Qty', price: 'Unit price', amount: 'Amount', due: 'Payable within 14 days.' },
  de: { title: 'RECHNUNG', number: 'Rechnungsnummer', date: 'Datum', dateValue: '12.03.2024', net: 'Nettobetrag', tax: 'MwSt.', gross: 'Gesamtbetrag', desc: 'Beschreibung', qty: 'Menge', price: 'Einzelpreis', amount: 'Betrag', due: 'Zahlbar innerhalb von 14 Tagen.' },
  fr: { title: 'FACTURE', number: 'Facture n°', date: 'Date', dateValue: '12/03/2024', net: 'Total HT', tax: 'TVA', gross: 'Total TTC', desc: 'Désignation', qty: 'Qté', price: 'Prix unitaire', amount: 'Montant', due: 'Paiement à 30 jours.' },
} as const;

const SELLER = { en: 'Harbour Supplies Ltd', de: 'Nordwind Handel GmbH', fr: 'Atelier Mercier SARL' };
const BUYER = { en: 'Kestrel Engineering Ltd', de: 'Bergmann Werkzeuge AG', fr: 'Boulangerie Vidal SAS' };

interface Page {
  lang: Lang;
  numberLabel?: string;
  number?: string;
  netLabel?: string;
  taxLabel?: string;
  grossLabel?: string;
  /** Print the rate in a cell of its own between the tax label and the tax ("MwSt.  19 %  47,50"). */
  rateCell?: boolean;
  /** Sign of the printed amounts (a credit note printed negative). */
  sign?: 1 | -1;
  title?: string;
  /** Lines drawn in the address block, after the name. */
  buyerExtra?: string[];
  /** Lines drawn in the address block, before the name. */
  buyerBefore?: string[];
  /** Draw the letterhead beside the address block instead of above it. */
  letterheadBeside?: boolean;
  /** More totals rows, after the gross (label, amount). */
  extraTotals?: Array<[string, number]>;
  /** Leave out the item table. */
  noItems?: boolean;
  /** The items' amounts (default 150 + 100). */
  items?: number[];
  /** Totals rows other than net/tax/gross, drawn before the net (label, amount). */
  before?: Array<[string, number]>;
  net?: number;
  tax?: number;
  gross?: number;
}

/** A one-page invoice: letterhead, address window, info block, item table, totals as label/value cells. */
function page(p: Page): Draw[] {
  const w = WORDS[p.lang];
  const s = p.sign ?? 1;
  const items = p.items ?? [150, 100];
  const net = p.net ?? items.reduce((a, b) => a + b, 0);
  const tax = p.tax ?? Math.round(net * 19) / 100;
  const gross = p.gross ?? Math.round((net + tax) * 100) / 100;
  const m = (n: number) => money(s * n, p.lang);
  const draws: Draw[] = [];
  const seller = SELLER[p.lang];
  if (p.letterheadBeside) {
    draws.push(d(130, 45, seller, 4), d(130, 51, 'Hafenstraße 12'), d(130, 56, '20457 Hamburg'));
  } else {
    draws.push(d(20, 12, seller, 5), d(20, 19, 'Hafenstraße 12'), d(20, 24, '20457 Hamburg'), d(140, 12, 'Tel. +49 40 1234567'), d(140, 17, 'info@example.com'));
  }
  let y = 45;
  for (const l of p.buyerBefore ?? []) { draws.push(d(20, y, l)); y += 5; }
  draws.push(d(20, y, BUYER[p.lang])); y += 5;
  for (const l of p.buyerExtra ?? []) { draws.push(d(20, y, l)); y += 5; }
  draws.push(d(20, y, 'Lindenallee 5')); y += 5;
  draws.push(d(20, y, '80331 München'));
  draws.push(d(20, 80, p.title ?? w.title, 5));
  const infoX = p.letterheadBeside ? 20 : 130;
  const infoY = p.letterheadBeside ? 88 : 45;
  draws.push(d(infoX, infoY, `${p.numberLabel ?? w.number} ${p.number ?? '2024-0042'}`));
  draws.push(d(infoX, infoY + 5, `${w.date}: ${w.dateValue}`));
  if (!p.noItems) {
    draws.push(d(20, 100, w.desc), d(100, 100, w.qty), d(125, 100, w.price), d(175, 100, w.amount));
    items.forEach((a, i) => draws.push(d(20, 106 + 5 * i, `Position ${i + 1}`), d(100, 106 + 5 * i, '1'), d(125, 106 + 5 * i, m(a)), d(175, 106 + 5 * i, m(a))));
  }
  let ty = 135;
  const row = (label: string, value: number, rate?: string) => {
    draws.push(d(120, ty, label));
    if (rate) draws.push(d(152, ty, rate));
    draws.push(d(175, ty, m(value)));
    ty += 6;
  };
  for (const [label, v] of p.before ?? []) row(label, v);
  row(p.netLabel ?? w.net, net);
  if (p.rateCell) row(p.taxLabel ?? w.tax, tax, '19 %');
  else row(`${p.taxLabel ?? w.tax} 19 %`, tax);
  row(p.grossLabel ?? w.gross, gross);
  for (const [label, v] of p.extraTotals ?? []) row(label, v);
  draws.push(d(20, 180, w.due));
  return draws;
}

const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, ...A4));
const settled = (draws: Draw[]) => settle({ parts: textParts(toPageText(draws, ...A4), 'text', []), pages: 1 }, new Date('2025-01-01'));
const totals = (draws: Draw[]) => { const inv = parse(draws); return [inv.amount, inv.taxAmount, inv.totalAmount]; };

describe('the net in a table of label and value cells', () => {
  const cases: Array<[Lang, string]> = [
    ['en', 'Subtotal'], ['en', 'Net'], ['en', 'Sum excl. VAT'], ['en', 'Net amount'], ['en', 'Total excl. VAT'],
    ['de', 'Nettobetrag'], ['de', 'Rechnungssumme ohne USt.'], ['de', 'Summe netto'], ['de', 'Zwischensumme'], ['de', 'Netto'],
    ['fr', 'Total HT'], ['fr', 'Montant HT'], ['fr', 'Sous-total'], ['fr', 'Total hors taxes'],
  ];
  for (const [lang, netLabel] of cases) {
    it(`${lang} "${netLabel}": net 250, tax 47.50, total 297.50`, () => {
      expect(totals(page({ lang, netLabel }))).toEqual([250, 47.5, 297.5]);
    });
  }
  const grossCases: Array<[Lang, string]> = [
    ['en', 'Total'], ['en', 'Invoice total'], ['en', 'Amount due'], ['en', 'Total incl. VAT'],
    ['de', 'Rechnungssumme'], ['de', 'Rechnungsbetrag'], ['de', 'Gesamtsumme'], ['de', 'Summe brutto'], ['de', 'Bruttobetrag'],
    ['fr', 'Net à payer'], ['fr', 'Montant TTC'],
  ];
  for (const [lang, grossLabel] of grossCases) {
    it(`${lang} gross as "${grossLabel}"`, () => {
      expect(totals(page({ lang, grossLabel }))).toEqual([250, 47.5, 297.5]);
    });
  }
});

describe('the tax beside a rate column', () => {
  const cases: Array<[Lang, string]> = [['en', 'VAT'], ['en', 'Sales tax'], ['de', 'MwSt.'], ['de', 'USt.'], ['de', 'Umsatzsteuer'], ['fr', 'TVA']];
  for (const [lang, taxLabel] of cases) {
    it(`${lang} "${taxLabel}  19 %  <tax>"`, () => {
      expect(totals(page({ lang, taxLabel, rateCell: true }))).toEqual([250, 47.5, 297.5]);
    });
  }
});

describe('invoice numbers with dots, slashes and dashes after many labels', () => {
  const labels: Array<[Lang, string]> = [
    ['en', 'Invoice #'], ['en', 'Invoice No:'], ['en', 'Bill No.'], ['en', 'Bill No:'], ['en', 'Invoice number:'], ['en', 'Document No.'],
    ['de', 'Rechnungskorrektur Nr.'], ['de', 'Gutschrift Nr.'], ['de', 'Policennummer:'], ['de', 'Rechnung Nr.'], ['de', 'Rechnungs-Nr.:'], ['de', 'Beleg-Nr.:'],
    ['fr', 'Facture n°'], ['fr', 'Facture N° :'], ['fr', 'N° de facture :'], ['fr', 'Avoir n°'],
  ];
  const numbers = ['01.234.567.8-2018-1', 'RE-20190121/507', 'INV/2024/000123', 'F2024.118'];
  for (const [lang, numberLabel] of labels) {
    for (const number of numbers) {
      it(`${lang} "${numberLabel} ${number}"`, () => {
        expect(parse(page({ lang, numberLabel, number })).number).toBe(number);
      });
    }
  }
  it('a customer or order number beside it is not the invoice number', () => {
    const inv = parse([...page({ lang: 'de' }), d(130, 60, 'Kunden-Nr.: 10023'), d(130, 65, 'Auftrags-Nr.: A-778')]);
    expect(inv.number).toBe('2024-0042');
  });
});

describe('credit notes printed negative', () => {
  const titles: Array<[Lang, string, string]> = [['de', 'GUTSCHRIFT', 'Gutschrift Nr.'], ['en', 'CREDIT NOTE', 'Credit note No.'], ['fr', 'AVOIR', 'Avoir n°']];
  for (const [lang, title, numberLabel] of titles) {
    it(`${lang} ${title}: totals as printed, "-8,79", sign kept`, () => {
      const inv = parse(page({ lang, title, numberLabel, sign: -1, items: [7.39], tax: 1.40 }));
      expect(inv.documentType).toBe('credit_note');
      expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([7.39, 1.4, 8.79]);
    });
  }
});

describe('id lines and a letterhead beside the address block', () => {
  const extras: Array<[Lang, string[], string[]]> = [
    ['de', ['Kunden-Nr. 10023'], []], ['de', [], ['Kunden-Nr.: 10023']], ['de', ['Lief-Nr. 4711'], []], ['de', [], ['Lief-Nr.: 4711']],
    ['de', ['GLN 4012345000009'], []], ['de', [], ['GLN 4012345000009']], ['en', [], ['Customer No. 10023']], ['en', ['Account no: 55-1'], []],
    ['fr', [], ['N° client : C-1029']],
  ];
  for (const [lang, buyerExtra, buyerBefore] of extras) {
    it(`${lang} ${[...buyerBefore, ...buyerExtra].join(', ')} in the block: never the buyer's name`, () => {
      const inv = parse(page({ lang, buyerExtra, buyerBefore }));
      expect(inv.buyer.name).toBe(BUYER[lang]);
      expect(inv.seller.name).toBe(SELLER[lang]);
    });
  }
  it('a VAT id row in the block stays the buyer\'s tax id', () => {
    const inv = parse(page({ lang: 'de', buyerExtra: ['USt-IdNr. DE811223344'], buyerBefore: ['Kunden-Nr. 10023'] }));
    expect([inv.buyer.name, inv.buyer.taxId]).toEqual([BUYER.de, 'DE811223344']);
  });
  for (const lang of ['en', 'de', 'fr'] as const) {
    it(`${lang}: the letterhead beside the address block is the seller, never the buyer`, () => {
      const inv = parse(page({ lang, letterheadBeside: true }));
      expect(inv.buyer.name).toBe(BUYER[lang]);
      expect(inv.seller.name).toBe(SELLER[lang]);
    });
  }
});

describe('totals chosen by arithmetic', () => {
  it('a prepayment after the gross is not the total (net + tax = total)', () => {
    expect(totals(page({ lang: 'de', extraTotals: [['Anzahlung', 100], ['Restbetrag', 197.5]] }))).toEqual([250, 47.5, 297.5]);
  });
  it('a discount line between items and net: the net is the labelled one that the total agrees with', () => {
    expect(totals(page({ lang: 'en', items: [150, 100], before: [['Subtotal', 250], ['Discount', 50]], netLabel: 'Net', net: 200 }))).toEqual([200, 38, 238]);
  });
  it('a second, smaller "Total" below (amount already paid) does not replace the gross', () => {
    expect(totals(page({ lang: 'en', extraTotals: [['Total paid', 100]] }))).toEqual([250, 47.5, 297.5]);
  });
});

describe('two readings that disagree are flagged, not picked', () => {
  it('net + tax ≠ total: the review names the totals', () => {
    const s = settled(page({ lang: 'de', gross: 300 }));
    expect(s.status).toBe('needs_review');
    expect(fieldsInDoubt(s.checks)).toEqual(expect.arrayContaining(['amount', 'taxAmount', 'totalAmount']));
  });
  it('items that do not add up to the net: flagged naming the net', () => {
    const s = settled(page({ lang: 'en', net: 260, tax: 49.4 }));
    expect(s.status).toBe('needs_review');
    expect(fieldsInDoubt(s.checks)).toContain('amount');
  });
  it('two different invoice numbers under two number labels: flagged naming the number', () => {
    const draws = [...page({ lang: 'en', numberLabel: 'Invoice No.', number: 'A-1001' }), d(20, 190, 'Invoice number: B-2002')];
    const inv = parse(draws);
    expect(guessesOf(inv)).toHaveProperty('number');
    expect(fieldsInDoubt(settled(draws).checks)).toContain('number');
  });
  it('the same number printed twice is no disagreement', () => {
    const draws = [...page({ lang: 'en', numberLabel: 'Invoice No.', number: 'A-1001' }), d(20, 190, 'Invoice number: A-1001')];
    expect(guessesOf(parse(draws))).not.toHaveProperty('number');
  });
});

describe('more labels and layouts of the totals', () => {
  const netCases: Array<[Lang, string]> = [
    ['de', 'Warenwert'], ['de', 'Summe Positionen'], ['en', 'Total net'], ['en', 'Net total'], ['fr', 'Montant total HT'], ['fr', 'Total H.T.'], ['fr', 'Base HT'],
    ['en', 'Total before tax'], ['de', 'Gesamt netto'], ['de', 'Summe exkl. MwSt.'],
  ];
  for (const [lang, netLabel] of netCases) {
    it(`${lang} net as "${netLabel}"`, () => expect(totals(page({ lang, netLabel }))).toEqual([250, 47.5, 297.5]));
  }
  const grossCases: Array<[Lang, string]> = [
    ['de', 'Zu zahlender Betrag'], ['de', 'Endsumme'], ['fr', 'Total à payer'], ['en', 'Balance due'], ['fr', 'Montant total TTC'], ['fr', 'Total T.T.C.'],
    ['en', 'Total amount due'], ['de', 'Gesamt brutto'], ['en', 'Total (EUR)'],
  ];
  for (const [lang, grossLabel] of grossCases) {
    it(`${lang} gross as "${grossLabel}"`, () => expect(totals(page({ lang, grossLabel }))).toEqual([250, 47.5, 297.5]));
  }
  const taxCases: Array<[Lang, string]> = [
    ['de', 'zzgl. 19 % MwSt.'], ['de', 'Umsatzsteuer 19 % auf 250,00'], ['de', 'MwSt. 19% von 250,00 €'], ['en', 'VAT (19%)'], ['en', 'VAT @ 19%'], ['fr', 'TVA 19 % sur 250,00'], ['en', 'Tax 19% on 250.00'],
  ];
  for (const [lang, taxLabel] of taxCases) {
    it(`${lang} tax as "${taxLabel}  <tax>"`, () => expect(totals(page({ lang, taxLabel, rateCell: true }).filter((x) => x.text !== '19 %'))).toEqual([250, 47.5, 297.5]));
  }
  it('a currency in a cell of its own between label and figure', () => {
    const draws = page({ lang: 'de' }).map((x) => (x.y >= 135 && x.y < 160 && x.x === 175 ? [d(160, x.y, 'EUR'), x] : [x])).flat();
    expect(totals(draws)).toEqual([250, 47.5, 297.5]);
  });
  it('figures with the currency after them ("250,00 €") or before ("€ 250,00")', () => {
    for (const f of [(t: string) => `${t} €`, (t: string) => `€ ${t}`, (t: string) => `EUR ${t}`]) {
      const draws = page({ lang: 'de' }).map((x) => (x.y >= 135 && x.y < 160 && x.x === 175 ? { ...x, x: 165, text: f(x.text) } : x));
      expect(totals(draws)).toEqual([250, 47.5, 297.5]);
    }
  });
  it('two VAT rates: the tax is their sum', () => {
    const draws = page({ lang: 'de', taxLabel: 'MwSt.', items: [150, 100], tax: 35.5 })
      .filter((x) => !/^MwSt/.test(x.text));
    draws.push(d(120, 141, 'MwSt. 7 %'), d(175, 141, '7,00'), d(120, 144, 'MwSt. 19 %'), d(175, 144, '28,50'));
    const inv = parse(draws.filter((x) => !(x.y === 141 && x.text === '35,50')));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([250, 35.5, 285.5]);
  });
});

describe('numbers and dates in other places', () => {
  it('the number in the cell below its label (a header row of the info block)', () => {
    for (const [lang, label] of [['en', 'Invoice No.'], ['de', 'Rechnungs-Nr.'], ['fr', 'N° facture']] as const) {
      const draws = page({ lang }).filter((x) => !x.text.startsWith(WORDS[lang].number));
      draws.push(d(130, 62, label), d(170, 62, WORDS[lang].date), d(130, 67, 'RE-20190121/507'), d(170, 67, WORDS[lang].dateValue));
      expect(parse(draws).number).toBe('RE-20190121/507');
    }
  });
  it('the number in the cell right of its label, far apart', () => {
    for (const [lang, label] of [['en', 'Invoice No.'], ['de', 'Rechnungsnummer:'], ['fr', 'Facture n° :']] as const) {
      const draws = page({ lang }).filter((x) => !x.text.startsWith(WORDS[lang].number));
      draws.push(d(120, 62, label), d(170, 62, '01.234.567.8-2018-1'));
      expect(parse(draws).number).toBe('01.234.567.8-2018-1');
    }
  });
  it('dates in words', () => {
    for (const [lang, text] of [['en', 'March 12, 2024'], ['en', '12 March 2024'], ['de', '12. März 2024'], ['fr', '12 mars 2024'], ['de', '2024-03-12']] as const) {
      const draws = page({ lang }).map((x) => (x.text.startsWith(`${WORDS[lang].date}:`) ? { ...x, text: `${WORDS[lang].date}: ${text}` } : x));
      expect(parse(draws).date).toBe('2024-03-12');
    }
  });
});

describe('headers and parties laid out other ways', () => {
  const strip = (draws: Draw[], ...starts: string[]) => draws.filter((x) => !starts.some((s) => x.text.startsWith(s)));
  it('"Invoice: INV-1001", "Rechnung: RE-1001", "Facture : FA-1001" label the number', () => {
    for (const [lang, text, number] of [['en', 'Invoice: INV-1001', 'INV-1001'], ['de', 'Rechnung: RE-1001', 'RE-1001'], ['fr', 'Facture : FA-1001', 'FA-1001']] as const) {
      const draws = strip(page({ lang }), WORDS[lang].number);
      draws.push(d(130, 45, text));
      expect(parse(draws).number).toBe(number);
    }
  });
  it('a German letter\'s date "Hamburg, den 12.03.2024" beside a delivery date', () => {
    const draws = strip(page({ lang: 'de' }), 'Datum');
    draws.push(d(130, 70, 'Hamburg, den 12.03.2024'), d(130, 55, 'Lieferdatum: 08.03.2024'));
    expect(parse(draws).date).toBe('2024-03-12');
  });
  it('a French letter\'s date "Paris, le 12 mars 2024"', () => {
    const draws = strip(page({ lang: 'fr' }), 'Date');
    draws.push(d(130, 70, 'Paris, le 12 mars 2024'), d(130, 55, 'Date de livraison : 08/03/2024'));
    expect(parse(draws).date).toBe('2024-03-12');
  });
  it('Bill To and Ship To side by side: the buyer is the one billed', () => {
    const draws = page({ lang: 'en' }).filter((x) => !(x.y >= 45 && x.y < 65 && x.x === 20));
    draws.push(d(20, 45, 'Bill To:'), d(20, 50, 'Kestrel Engineering Ltd'), d(20, 55, '1 Mill Lane'), d(80, 45, 'Ship To:'), d(80, 50, 'Kestrel Warehouse'), d(80, 55, '9 Dock Road'));
    expect(parse(draws).buyer.name).toBe('Kestrel Engineering Ltd');
  });
  it('"Rechnungsadresse" heads the buyer block', () => {
    const draws = page({ lang: 'de' }).filter((x) => !(x.y >= 45 && x.y < 65 && x.x === 20));
    draws.push(d(20, 45, 'Rechnungsadresse'), d(20, 50, 'Bergmann Werkzeuge AG'), d(20, 55, 'Lindenallee 5'), d(90, 45, 'Lieferadresse'), d(90, 50, 'Bergmann Lager'), d(90, 55, 'Hafenstr. 1'));
    expect(parse(draws).buyer.name).toBe('Bergmann Werkzeuge AG');
  });
  it('no letterhead text (a logo): the seller from the footer\'s company line', () => {
    const draws = strip(page({ lang: 'de' }), SELLER.de, 'Hafenstraße 12', '20457 Hamburg', 'Tel.', 'info@');
    draws.push(d(20, 280, 'Nordwind Handel GmbH · Hafenstraße 12 · 20457 Hamburg · Geschäftsführer: Jan Ohm · Amtsgericht Hamburg HRB 12345', 2));
    const inv = parse(draws);
    expect(inv.seller.name).toBe('Nordwind Handel GmbH');
    expect(inv.buyer.name).toBe('Bergmann Werkzeuge AG');
  });
  it('a sender line above the window, the letterhead a logo', () => {
    const draws = strip(page({ lang: 'de' }), SELLER.de, 'Hafenstraße 12', '20457 Hamburg', 'Tel.', 'info@');
    draws.push(d(20, 40, 'Nordwind Handel GmbH, Hafenstraße 12, 20457 Hamburg', 2));
    const inv = parse(draws);
    expect(inv.seller.name).toBe('Nordwind Handel GmbH');
    expect(inv.buyer.name).toBe('Bergmann Werkzeuge AG');
  });
  it('the currency from a code in the item table\'s header ("Betrag EUR") or a symbol on the totals', () => {
    const inv = parse(page({ lang: 'de' }).map((x) => (x.text === 'Betrag' ? { ...x, text: 'Betrag EUR' } : x)));
    expect(inv.currency).toBe('EUR');
    const usd = parse(page({ lang: 'en' }).map((x) => (x.y >= 135 && x.y < 160 && x.x === 175 ? { ...x, text: `$${x.text}` } : x)));
    expect(usd.currency).toBe('USD');
  });
});

describe('more number labels, tax and date forms', () => {
  const labels: Array<[Lang, string]> = [
    ['en', 'Invoice Nº'], ['en', 'Inv. No.'], ['en', 'Invoice No :'], ['en', 'Invoice Ref:'], ['en', 'Invoice Number'], ['en', 'Tax Invoice No.'],
    ['de', 'Rg.-Nr.'], ['de', 'Re.-Nr.'], ['de', 'Rechnungsnr.'], ['de', 'Rechnung-Nr.'], ['de', 'Gutschriftsnummer:'], ['de', 'Korrekturrechnung Nr.'],
    ['fr', 'No de facture :'], ['fr', 'Numéro de facture :'], ['fr', 'Facture No'], ['fr', 'N° d\'avoir :'], ['fr', 'Facture Nº'], ['en', 'Invoice №'], ['fr', 'Facture №'],
  ];
  for (const [lang, numberLabel] of labels) {
    it(`${lang} "${numberLabel} RE-20190121/507"`, () => expect(parse(page({ lang, numberLabel, number: 'RE-20190121/507' })).number).toBe('RE-20190121/507'));
  }
  const taxForms: Array<[Lang, string]> = [['de', '19% MwSt.'], ['de', 'zzgl. MwSt. 19%'], ['en', 'Plus VAT 19%'], ['en', 'VAT 19.00%'], ['fr', 'TVA (19,00 %)'], ['fr', 'Montant TVA 19%']];
  for (const [lang, taxLabel] of taxForms) {
    it(`${lang} tax "${taxLabel}" with no net + tax arithmetic to fall back on`, () => {
      const draws = page({ lang, taxLabel, rateCell: true }).filter((x) => x.text !== '19 %');
      const inv = parse(draws.filter((x) => x.text !== money(250, lang) || x.y < 130));
      expect(inv.taxAmount).toBe(47.5);
    });
  }
  it('the tax point is not the issue date', () => {
    const draws = page({ lang: 'en' }).filter((x) => !x.text.startsWith('Date:'));
    draws.push(d(130, 50, 'Tax point: 01/03/2024'), d(130, 55, 'Invoice date: 12/03/2024'));
    expect(parse(draws).date).toBe('2024-03-12');
  });
});

describe('every field of the drawn page, however the text layer cuts it', () => {
  const want = (lang: Lang) => ({
    number: '2024-0042', date: '2024-03-12', currency: lang === 'en' ? null : 'EUR', amount: 250, taxAmount: 47.5, totalAmount: 297.5,
    seller: SELLER[lang], buyer: BUYER[lang],
  });
  const fields = (inv: ReturnType<typeof parse>) => ({
    number: inv.number, date: inv.date, currency: inv.currency, amount: inv.amount, taxAmount: inv.taxAmount, totalAmount: inv.totalAmount,
    seller: inv.seller.name, buyer: inv.buyer.name,
  });
  /** Euro pages say so on their totals; the English page shows no currency. */
  const withCurrency = (lang: Lang, draws: Draw[]) => (lang === 'en' ? draws : draws.map((x) => (x.x === 175 && x.y >= 135 && x.y < 160 ? { ...x, x: 170, text: `${x.text} €` } : x)));
  for (const lang of ['en', 'de', 'fr'] as const) {
    it(`${lang}: one item per cell`, () => expect(fields(parse(withCurrency(lang, page({ lang }))))).toEqual(want(lang)));
    it(`${lang}: one item per glyph`, () => {
      const draws = withCurrency(lang, page({ lang })).map((x) => ({ ...x, glyphs: (x.size ?? 3) * 0.55 }));
      expect(fields(parse(draws))).toEqual(want(lang));
    });
    it(`${lang}: one item per word`, () => {
      const draws = withCurrency(lang, page({ lang })).flatMap((x) => {
        const size = x.size ?? 3;
        let at = x.x;
        return x.text.split(' ').map((w) => { const item = { ...x, text: w, x: at }; at += (w.length + 1) * size * 0.55; return item; });
      });
      expect(fields(parse(draws))).toEqual(want(lang));
    });
  }
});

describe('totals as a table of headers over figures, and a tax breakdown by rate', () => {
  const base = (lang: Lang) => page({ lang }).filter((x) => x.y < 130 || x.y >= 170);
  const headerTables: Array<[Lang, string[]]> = [
    ['de', ['Rechnungssumme ohne USt.', 'USt.', 'Rechnungssumme']], ['en', ['Sum excl. VAT', 'VAT', 'Total']], ['en', ['Subtotal', 'Tax', 'Amount due']],
    ['de', ['Nettobetrag', 'MwSt.', 'Gesamtbetrag']], ['fr', ['Total HT', 'TVA', 'Net à payer']], ['de', ['Summe netto', 'USt. 19 %', 'Summe brutto']],
  ];
  for (const [lang, [net, tax, gross]] of headerTables) {
    it(`${lang} "${net} | ${tax} | ${gross}" over their figures`, () => {
      const draws = [...base(lang), d(60, 140, net), d(110, 140, tax), d(150, 140, gross), d(60, 146, money(250, lang)), d(110, 146, money(47.5, lang)), d(150, 146, money(297.5, lang))];
      expect(totals(draws)).toEqual([250, 47.5, 297.5]);
    });
  }
  const breakdowns: Array<[Lang, string[]]> = [
    ['de', ['USt.-Satz', 'Nettobetrag', 'USt.-Betrag', 'Bruttobetrag']], ['en', ['VAT rate', 'Net', 'VAT', 'Gross']], ['fr', ['Taux TVA', 'Base HT', 'Montant TVA', 'Total TTC']],
  ];
  for (const [lang, headers] of breakdowns) {
    it(`${lang} a breakdown "${headers.join(' | ')}" over one rate's row, and the gross due below`, () => {
      const draws = [...base(lang), ...headers.map((h, i) => d(40 + 40 * i, 140, h)),
        d(40, 146, '19 %'), d(80, 146, money(250, lang)), d(120, 146, money(47.5, lang)), d(160, 146, money(297.5, lang)),
        d(120, 160, WORDS[lang].gross), d(175, 160, money(297.5, lang))];
      expect(totals(draws)).toEqual([250, 47.5, 297.5]);
    });
  }
  it('de a breakdown of two rates: the tax is their sum', () => {
    const draws = [...base('de'), d(40, 140, 'USt.-Satz'), d(80, 140, 'Nettobetrag'), d(120, 140, 'USt.-Betrag'),
      d(40, 146, '7 %'), d(80, 146, '100,00'), d(120, 146, '7,00'), d(40, 151, '19 %'), d(80, 151, '150,00'), d(120, 151, '28,50'),
      d(120, 160, 'Gesamtbetrag'), d(175, 160, '285,50')];
    expect(totals(draws)).toEqual([250, 35.5, 285.5]);
  });
  it('a breakdown that does not add up to the gross: flagged naming the totals, not made to fit', () => {
    const draws = [...base('de'), d(40, 140, 'USt.-Satz'), d(80, 140, 'Nettobetrag'), d(120, 140, 'USt.-Betrag'),
      d(40, 146, '19 %'), d(80, 146, '250,00'), d(120, 146, '47,50'), d(120, 160, 'Gesamtbetrag'), d(175, 160, '310,00')];
    expect(parse(draws).totalAmount).toBe(310);
    const s = settled(draws);
    expect(s.status).toBe('needs_review');
    expect(fieldsInDoubt(s.checks)).toEqual(expect.arrayContaining(['amount', 'taxAmount', 'totalAmount']));
  });
  it('two rates in two breakdown rows that do not add up to the gross: net and tax stay unread', () => {
    const draws = [...base('de'), d(40, 140, 'USt.-Satz'), d(80, 140, 'Nettobetrag'), d(120, 140, 'USt.-Betrag'),
      d(40, 146, '7 %'), d(80, 146, '100,00'), d(120, 146, '7,00'), d(40, 151, '19 %'), d(80, 151, '150,00'), d(120, 151, '28,50'),
      d(120, 160, 'Gesamtbetrag'), d(175, 160, '300,00')];
    expect(totals(draws)).toEqual([null, null, 300]);
  });
});

describe('the sign of printed amounts', () => {
  const signed: Array<[string, (t: string) => string]> = [
    ['-8,79', (t) => `-${t}`], ['8,79-', (t) => `${t}-`], ['(8,79)', (t) => `(${t})`], ['- 8,79 €', (t) => `- ${t} €`], ['−8,79 (U+2212)', (t) => `−${t}`], ['–8,79 (en dash)', (t) => `–${t}`],
  ];
  for (const [name, f] of signed) {
    it(`a correction printed "${name}": an invoice whose amounts keep their sign`, () => {
      const draws = page({ lang: 'de', title: 'RECHNUNGSKORREKTUR', numberLabel: 'Rechnungskorrektur Nr.', number: '01.234.567.8-2018-1', items: [7.39], tax: 1.40 })
        .map((x) => (x.y >= 106 && /^\d/.test(x.text) && /,\d\d$/.test(x.text) ? { ...x, text: f(x.text) } : x));
      const inv = parse(draws);
      expect(inv.documentType).toBe('invoice');
      expect(inv.number).toBe('01.234.567.8-2018-1');
      expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([-7.39, -1.4, -8.79]);
    });
    it(`a credit note printed "${name}": positive amounts, as its structured form states them`, () => {
      const draws = page({ lang: 'de', title: 'GUTSCHRIFT', numberLabel: 'Gutschrift Nr.', items: [7.39], tax: 1.40 })
        .map((x) => (x.y >= 106 && /^\d/.test(x.text) && /,\d\d$/.test(x.text) ? { ...x, text: f(x.text) } : x));
      const inv = parse(draws);
      expect(inv.documentType).toBe('credit_note');
      expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([7.39, 1.4, 8.79]);
    });
  }
});

describe('totals blocks of e-invoice renderings: charges, allowances, prepayments', () => {
  const block = (lang: Lang, rows: Array<[string, number]>) => {
    const draws = page({ lang }).filter((x) => x.y < 130 || x.y >= 175);
    rows.forEach(([label, v], i) => draws.push(d(100, 135 + 5 * i, label), d(175, 135 + 5 * i, money(v, lang))));
    return draws;
  };
  const cases: Array<[Lang, Array<[string, number]>, number[]]> = [
    ['de', [['Summe Positionen', 250], ['Summe Zuschläge', 10], ['Summe Abschläge', 0], ['Rechnungsbetrag netto', 260], ['USt-Betrag', 49.4], ['Rechnungsbetrag brutto', 309.4], ['Bereits gezahlt', 100], ['Fälliger Betrag', 209.4]], [260, 49.4, 309.4]],
    ['de', [['Summe Positionen', 250], ['Nachlass', 50], ['Gesamtsumme netto', 200], ['Umsatzsteuer 19 %', 38], ['Gesamtsumme brutto', 238], ['Anzahlung', 38], ['Zahlbetrag', 200]], [200, 38, 238]],
    ['en', [['Sum of line net amounts', 250], ['Sum of charges', 10], ['Invoice total without VAT', 260], ['Invoice total VAT amount', 49.4], ['Invoice total with VAT', 309.4], ['Paid amount', 100], ['Amount due for payment', 209.4]], [260, 49.4, 309.4]],
    ['en', [['Line total', 250], ['Discount', 50], ['Tax basis', 200], ['Tax', 38], ['Total', 238], ['Prepaid', 38], ['Balance due', 200]], [200, 38, 238]],
    ['fr', [['Total lignes HT', 250], ['Remise', 50], ['Total HT', 200], ['Total TVA', 38], ['Total TTC', 238], ['Acompte', 38], ['Net à payer', 200]], [200, 38, 238]],
  ];
  for (const [lang, rows, want] of cases) {
    it(`${lang} ${rows.map((r) => r[0]).join(' / ')}`, () => expect(totals(block(lang, rows))).toEqual(want));
  }
  it('de insurance tax: "Versicherungsteuer 19 %"', () => {
    expect(totals(block('de', [['Nettobeitrag', 250], ['Versicherungsteuer 19 %', 47.5], ['Zu zahlender Beitrag', 297.5]]))).toEqual([250, 47.5, 297.5]);
  });
});

describe('two readings of the date or the total', () => {
  it('two labelled invoice dates that differ: flagged naming the date', () => {
    const draws = [...page({ lang: 'en' }).map((x) => (x.text.startsWith('Date:') ? { ...x, text: `Invoice ${x.text}` } : x)), d(20, 190, 'Invoice date: 15/03/2024')];
    expect(guessesOf(parse(draws))).toHaveProperty('date');
    expect(fieldsInDoubt(settled(draws).checks)).toContain('date');
  });
  it('the same date printed twice, or a delivery date beside it: no doubt', () => {
    // (The page names its currency: an English page with none leaves the day/month order of 12/03 open.)
    expect(guessesOf(parse([...page({ lang: 'en' }), d(20, 190, 'Invoice date: 12/03/2024'), d(20, 195, 'Currency: GBP')]))).not.toHaveProperty('date');
    expect(guessesOf(parse([...page({ lang: 'de' }), d(20, 190, 'Lieferdatum: 08.03.2024')]))).not.toHaveProperty('date');
  });
  it('two gross totals that differ and no net and tax to settle them: flagged naming the total', () => {
    const draws = [...page({ lang: 'en', noItems: true }).filter((x) => !/^(Subtotal|VAT)/.test(x.text) && !['250.00', '47.50'].includes(x.text)),
      d(120, 160, 'Grand total'), d(175, 160, '279.50')];
    const s = settled(draws.map((x) => (x.text === 'Total' ? { ...x, text: 'Invoice total' } : x)));
    expect(s.status).toBe('needs_review');
    expect(fieldsInDoubt(s.checks)).toContain('totalAmount');
  });
  it('two gross totals that net + tax settle: the one that adds up, no doubt', () => {
    const draws = [...page({ lang: 'en' }).map((x) => (x.text === 'Total' ? { ...x, text: 'Invoice total' } : x)), d(120, 160, 'Grand total'), d(175, 160, '279.50')];
    const inv = parse(draws);
    expect(inv.totalAmount).toBe(297.5);
    expect(guessesOf(inv)).not.toHaveProperty('totalAmount');
  });
});

describe('party labels', () => {
  const noWindow = (lang: Lang) => page({ lang }).filter((x) => !(x.y >= 45 && x.y < 65 && x.x === 20));
  const buyerLabels: Array<[Lang, string]> = [
    ['en', 'Invoice To:'], ['en', 'To:'], ['en', 'Billing address:'], ['en', 'Customer:'], ['de', 'Rechnung an:'], ['de', 'Empfänger:'], ['de', 'Auftraggeber:'],
    ['de', 'Rechnungsempfänger:'], ['fr', 'Client :'], ['fr', 'Facturé à :'], ['fr', 'Adressé à :'],
  ];
  for (const [lang, label] of buyerLabels) {
    it(`${lang} "${label}" over the buyer's block`, () => {
      const draws = [...noWindow(lang), d(20, 45, label), d(20, 50, BUYER[lang]), d(20, 55, 'Lindenallee 5'), d(20, 60, '80331 München')];
      expect(parse(draws).buyer.name).toBe(BUYER[lang]);
    });
  }
  const sellerLabels: Array<[Lang, string]> = [['en', 'From:'], ['en', 'Supplier:'], ['en', 'Issued by:'], ['de', 'Absender:'], ['de', 'Auftragnehmer:'], ['fr', 'Émetteur :'], ['fr', 'Vendeur :']];
  for (const [lang, label] of sellerLabels) {
    it(`${lang} "${label}" over the seller's block, with the buyer's company first on the page`, () => {
      const draws = page({ lang }).filter((x) => x.y > 30).map((x) => ({ ...x, y: x.y + 30 }));
      draws.push(d(20, 12, BUYER[lang]), d(110, 20, label), d(110, 25, SELLER[lang]), d(110, 30, 'Hafenstraße 12'));
      expect(parse(draws).seller.name).toBe(SELLER[lang]);
    });
  }
});

describe('totals tables with a rate column, and cells set a little off the line', () => {
  const base = (lang: Lang) => page({ lang }).filter((x) => x.y < 130 || x.y >= 175);
  const tables: Array<[Lang, string[]]> = [
    ['de', ['Netto', 'MwSt %', 'MwSt', 'Brutto']], ['en', ['Net', 'VAT %', 'VAT', 'Gross']], ['fr', ['HT', 'TVA %', 'TVA', 'TTC']],
    ['de', ['Nettobetrag', 'Steuersatz', 'Steuerbetrag', 'Bruttobetrag']], ['en', ['Net amount', 'Tax rate', 'Tax amount', 'Total amount']],
  ];
  for (const [lang, headers] of tables) {
    it(`${lang} "${headers.join(' | ')}" over "250 | 19 | 47.50 | 297.50"`, () => {
      const figures = [money(250, lang), '19', money(47.5, lang), money(297.5, lang)];
      const draws = [...base(lang), ...headers.map((h, i) => d(60 + 35 * i, 140, h)), ...figures.map((f, i) => d(60 + 35 * i, 146, f))];
      expect(totals(draws)).toEqual([250, 47.5, 297.5]);
    });
  }
  for (const shift of [-0.8, 0.8]) {
    it(`value cells ${shift} mm off their label's line, the gross in larger print`, () => {
      const draws = page({ lang: 'de' }).map((x) => (x.y >= 135 && x.y < 160 && x.x === 175 ? { ...x, y: x.y + shift, ...(x.y > 145 ? { size: 3.6 } : {}) } : x));
      expect(totals(draws)).toEqual([250, 47.5, 297.5]);
    });
  }
});

describe('the sender line over the address window', () => {
  const strip = (draws: Draw[]) => draws.filter((x) => ![SELLER.de, 'Hafenstraße 12', '20457 Hamburg'].includes(x.text));
  const senders = ['Nordwind Handel GmbH, Hafenstraße 12, 20457 Hamburg', 'Nordwind Handel GmbH - Hafenstraße 12 - 20457 Hamburg', 'Nordwind Handel GmbH · Hafenstraße 12 · 20457 Hamburg', 'Abs.: Nordwind Handel GmbH, Hafenstraße 12, 20457 Hamburg'];
  for (const sender of senders) {
    it(`"${sender}" under a letterhead without a company form: the seller, never the buyer`, () => {
      const draws = [...strip(page({ lang: 'de' })), d(20, 12, 'NORDWIND', 6), d(20, 39, sender, 2)];
      const inv = parse(draws);
      expect(inv.buyer.name).toBe(BUYER.de);
      expect(inv.seller.name).toBe('Nordwind Handel GmbH');
    });
  }
});

describe('labels over two lines', () => {
  it('the gross labelled on two lines ("Rechnungsbetrag" / "inkl. 19 % USt."), its figure between them', () => {
    const draws = page({ lang: 'de' }).filter((x) => x.y < 147 || x.y >= 175);
    draws.push(d(120, 147, 'Rechnungsbetrag'), d(120, 151, 'inkl. 19 % USt.'), d(175, 149, '297,50'));
    expect(totals(draws)).toEqual([250, 47.5, 297.5]);
  });
  it('the net labelled on two lines ("Total" / "excl. VAT"), its figure on the first', () => {
    const draws = page({ lang: 'en' }).filter((x) => !(x.y === 135));
    draws.push(d(120, 133, 'Total'), d(175, 133, '250.00'), d(120, 137, 'excl. VAT'));
    expect(totals(draws)).toEqual([250, 47.5, 297.5]);
  });
});

describe('totals as viewers of XRechnung and Factur-X print them', () => {
  const block = (lang: Lang, rows: Array<[string, number]>) => {
    const draws = page({ lang }).filter((x) => x.y < 130 || x.y >= 175);
    rows.forEach(([label, v], i) => draws.push(d(90, 135 + 5 * i, label), d(175, 135 + 5 * i, money(v, lang))));
    return draws;
  };
  const cases: Array<[Lang, Array<[string, number]>]> = [
    ['de', [['Summe aller Positionen', 250], ['Gesamtbetrag ohne Umsatzsteuer', 250], ['Summe Umsatzsteuer', 47.5], ['Gesamtbetrag einschl. Umsatzsteuer', 297.5], ['Fälliger Betrag', 297.5]]],
    ['de', [['Gesamtsumme Positionen netto', 250], ['Gesamtsumme Umsatzsteuer', 47.5], ['Gesamtsumme brutto', 297.5], ['Zahlbetrag', 297.5]]],
    ['de', [['Summe Nettobeträge', 250], ['Umsatzsteuer gesamt', 47.5], ['Rechnungsbetrag inkl. USt.', 297.5]]],
    ['en', [['Sum of Invoice line net amount', 250], ['Invoice total amount without VAT', 250], ['Invoice total VAT amount', 47.5], ['Invoice total amount with VAT', 297.5], ['Amount due for payment', 297.5]]],
    ['fr', [['Somme des montants nets des lignes', 250], ['Montant total hors TVA', 250], ['Montant total de la TVA', 47.5], ['Montant total TVA comprise', 297.5], ['Montant à payer', 297.5]]],
    ['fr', [['Total HT', 250], ['Total TVA', 47.5], ['Total TTC', 297.5], ['Reste à payer', 297.5]]],
  ];
  for (const [lang, rows] of cases) {
    it(`${lang} ${rows.map((r) => r[0]).join(' / ')}`, () => expect(totals(block(lang, rows))).toEqual([250, 47.5, 297.5]));
  }
  it('the same without the net: the tax and the gross read, the net from them', () => {
    for (const [lang, rows] of cases) {
      const inv = parse(block(lang, rows.filter(([, v]) => v !== 250)).filter((x) => !x.text.startsWith('Position')));
      expect([inv.taxAmount, inv.totalAmount], rows[0][0]).toEqual([47.5, 297.5]);
    }
  });
});

describe('header fields as viewers of e-invoices print them', () => {
  const viewer = (rows: Array<[string, string]>) => [
    d(10, 10, 'Invoice visualisation'),
    ...rows.map(([label, value], i) => [d(12, 30 + 5 * i, label), d(90, 30 + 5 * i, value)]).flat(),
    d(12, 150, 'Invoice total amount without VAT'), d(150, 150, '250.00'),
    d(12, 155, 'Invoice total VAT amount'), d(150, 155, '47.50'),
    d(12, 160, 'Invoice total amount with VAT'), d(150, 160, '297.50'),
  ];
  const cases: Array<Array<[string, string]>> = [
    [['Invoice number:', 'RE-20190121/507'], ['Invoice issue date:', '2024-03-12'], ['Seller name:', 'Nordwind Handel GmbH'], ['Buyer name:', 'Bergmann Werkzeuge AG']],
    [['Numéro de facture :', 'RE-20190121/507'], ['Date de facture :', '12/03/2024'], ['Vendeur :', 'Nordwind Handel GmbH'], ['Acheteur :', 'Bergmann Werkzeuge AG']],
    [['Rechnungsnummer:', 'RE-20190121/507'], ['Rechnungsdatum:', '12.03.2024'], ['Verkäufer:', 'Nordwind Handel GmbH'], ['Käufer:', 'Bergmann Werkzeuge AG']],
  ];
  for (const rows of cases) {
    it(rows.map((r) => r[0]).join(' / '), () => {
      const inv = parse(viewer(rows));
      expect([inv.number, inv.date, inv.seller.name, inv.buyer.name, inv.totalAmount]).toEqual(['RE-20190121/507', '2024-03-12', 'Nordwind Handel GmbH', 'Bergmann Werkzeuge AG', 297.5]);
    });
  }
});

describe('a bare number label under the title', () => {
  for (const [lang, title, label] of [['de', 'RECHNUNG', 'Nr.'], ['de', 'Rechnung', 'Nummer:'], ['en', 'INVOICE', 'No.'], ['en', 'Invoice', 'Number:'], ['fr', 'FACTURE', 'N°'], ['fr', 'Facture', 'Numéro :']] as const) {
    it(`${lang} "${title}" over "${label} RE-20190121/507"`, () => {
      const draws = page({ lang, title }).filter((x) => !x.text.startsWith(WORDS[lang].number));
      draws.push(d(20, 86, `${label} RE-20190121/507`));
      expect(parse(draws).number).toBe('RE-20190121/507');
    });
  }
  it('a customer number under the title is not the invoice number', () => {
    const draws = page({ lang: 'de' }).filter((x) => !x.text.startsWith(WORDS.de.number));
    draws.push(d(20, 86, 'Kunden-Nr. 10023'));
    expect(parse(draws).number).toBeNull();
  });
});

describe('date labels and forms', () => {
  const withDate = (lang: Lang, text: string, extra: Draw[] = []) => [...page({ lang }).filter((x) => !x.text.startsWith(`${WORDS[lang].date}:`)), d(130, 50, text), d(130, 60, lang === 'en' ? 'Due date: 26/04/2024' : lang === 'de' ? 'Fällig am: 26.04.2024' : 'Échéance : 26/04/2024'), ...extra];
  const labels: Array<[Lang, string]> = [
    ['en', 'Invoice Date: 12/03/2024'], ['en', 'Date of issue: 12/03/2024'], ['en', 'Issue date: 12-Mar-2024'], ['en', 'Dated: 12 Mar 2024'], ['en', 'Date: Mar 12, 2024'], ['en', 'Invoice date 2024/03/12'],
    ['de', 'Rechnungsdatum: 12.03.24'], ['de', 'Belegdatum 12.3.2024'], ['de', 'Datum der Rechnung: 12.03.2024'], ['de', 'Ausstellungsdatum: 12. März 2024'], ['de', 'Datum 12.03.2024'], ['de', 'Rechnungsdatum 12-03-2024'],
    ['fr', 'Date de facture : 12/03/2024'], ['fr', 'Date d\'émission : 12/03/2024'], ['fr', 'Émise le 12 mars 2024'], ['fr', 'Date facture : 12/03/24'], ['fr', 'Fait le 12/03/2024'], ['fr', 'Date : 12.03.2024'],
  ];
  for (const [lang, text] of labels) {
    it(`${lang} "${text}" beside a due date`, () => expect(parse(withDate(lang, text)).date).toBe('2024-03-12'));
  }
});

describe('the currency of a bare "$"', () => {
  const dollars = (extra: string) => [...page({ lang: 'en' }).map((x) => (x.y >= 135 && x.y < 160 && x.x === 175 ? { ...x, text: `$${x.text}` } : x)), d(20, 280, extra, 2)];
  for (const [extra, code] of [['Harbour Supplies Ltd · 12 Front St W, Toronto, Ontario, Canada', 'CAD'], ['Harbour Supplies Pty Ltd · ABN 51 824 753 556 · Sydney NSW', 'AUD'], ['Harbour Supplies · Auckland, New Zealand', 'NZD'], ['Harbour Supplies Inc. · Austin, TX 78701', 'USD'], ['Harbour Supplies · Toronto, Canada · amounts in US$', 'USD']] as const) {
    it(`"${extra}": ${code}`, () => expect(parse(dollars(extra)).currency).toBe(code));
  }
});

describe('a till total before and after rounding', () => {
  it('"Total Sales (Incl GST) 476.81 / Rounding Adj -0.01 / Total After Adj (Incl GST) 476.80": one total, no doubt', () => {
    const inv = parse([
      d(10, 10, 'KEDAI RUNCIT MAJU SDN BHD'), d(10, 20, 'Receipt No: CS-1001'), d(10, 25, 'Date: 12/03/2024'),
      d(10, 60, 'Total Sales (Incl GST)'), d(60, 60, '476.81'), d(10, 65, 'Rounding Adj'), d(60, 65, '-0.01'),
      d(10, 70, 'Total After Adj (Incl GST)'), d(60, 70, '476.80'),
    ]);
    expect(inv.totalAmount).toBe(476.8);
    expect(guessesOf(inv)).not.toHaveProperty('totalAmount');
  });
});

describe('two pages', () => {
  it('items carried over ("Übertrag") to a second page holding the totals', () => {
    const first = page({ lang: 'de', items: [150] }).filter((x) => x.y < 130);
    first.push(d(120, 270, 'Übertrag'), d(175, 270, '150,00'));
    const second: Draw[] = [d(120, 20, 'Übertrag'), d(175, 20, '150,00'), d(20, 26, 'Position 2'), d(100, 26, '1'), d(125, 26, '100,00'), d(175, 26, '100,00'),
      d(120, 40, 'Nettobetrag'), d(175, 40, '250,00'), d(120, 46, 'MwSt. 19 %'), d(175, 46, '47,50'), d(120, 52, 'Gesamtbetrag'), d(175, 52, '297,50')];
    const [p1] = toPageText(first, ...A4);
    const [p2] = toPageText(second, ...A4);
    const inv = parseWesternInvoiceText([p1, { ...p2, page: 2, items: p2.items.map((i) => ({ ...i, page: 2 })) }]);
    expect([inv.number, inv.amount, inv.taxAmount, inv.totalAmount, inv.buyer.name]).toEqual(['2024-0042', 250, 47.5, 297.5, BUYER.de]);
  });
});

describe('the letterhead and the footer name two companies', () => {
  it('another company in the footer\'s company line: the seller is flagged', () => {
    const draws = [...page({ lang: 'de' }), d(20, 280, 'Ostsee Vertrieb GmbH · Hafenstraße 12 · 20457 Hamburg · HRB 12345', 2)];
    const inv = parse(draws);
    expect(inv.seller.name).toBe(SELLER.de);
    expect(guessesOf(inv)).toHaveProperty('seller.name');
    expect(fieldsInDoubt(settled(draws).checks)).toContain('seller.name');
  });
  it('the same company in the footer, or a bank: no doubt', () => {
    for (const footer of ['NORDWIND HANDEL GmbH · Hafenstraße 12 · 20457 Hamburg', 'Nordwind Handel · HRB 12345', 'Hamburger Sparkasse AG · IBAN DE12 2005 0550 1234 5678 90']) {
      expect(guessesOf(parse([...page({ lang: 'de' }), d(20, 280, footer, 2)]))).not.toHaveProperty('seller.name');
    }
  });
});

describe('numbers of other documents above the invoice number', () => {
  for (const [lang, other] of [['en', 'Delivery document no. DN-55'], ['de', 'Lieferschein Beleg-Nr. LS-55'], ['en', 'Original invoice no. 2023-0999'], ['de', 'zu Rechnung Nr. 2023-0999'], ['fr', 'Facture d\'origine n° 2023-0999']] as const) {
    it(`${lang} "${other}" is not the invoice number`, () => {
      const draws = [...page({ lang }), d(130, 40, other)];
      expect(parse(draws).number).toBe('2024-0042');
    });
  }
});

describe('dates of other documents above the invoice date', () => {
  for (const [lang, other] of [['en', 'Original invoice date: 01/02/2023'], ['de', 'zu Rechnungsdatum 01.02.2023'], ['en', 'Related invoice date: 01/02/2023']] as const) {
    it(`${lang} "${other}" is not the issue date`, () => {
      const draws = [...page({ lang }).map((x) => (x.text.startsWith('Date:') ? { ...x, text: `Invoice ${x.text}` } : x.text.startsWith('Datum:') ? { ...x, text: x.text.replace('Datum', 'Rechnungsdatum') } : x)), d(130, 40, other)];
      expect(parse(draws).date).toBe('2024-03-12');
    });
  }
});

describe('the tax included in the gross', () => {
  const block = (lang: Lang, rows: Array<[string, number]>) => {
    const draws = page({ lang }).filter((x) => x.y < 130 || x.y >= 175).filter((x) => !x.text.startsWith('Position') && !/^\d/.test(x.text));
    rows.forEach(([label, v], i) => draws.push(d(100, 135 + 5 * i, label), d(175, 135 + 5 * i, money(v, lang))));
    return draws;
  };
  const cases: Array<[Lang, Array<[string, number]>]> = [
    ['de', [['Gesamtbetrag', 297.5], ['darin enthaltene MwSt. 19 %', 47.5]]],
    ['de', [['Summe', 297.5], ['inkl. 19 % MwSt.', 47.5]]],
    ['en', [['Total', 297.5], ['Includes VAT 19%', 47.5]]],
    ['fr', [['Total TTC', 297.5], ['dont TVA 19 %', 47.5]]],
  ];
  for (const [lang, rows] of cases) {
    it(`${lang} ${rows.map((r) => r[0]).join(' / ')}`, () => expect(totals(block(lang, rows))).toEqual([250, 47.5, 297.5]));
  }
});

describe('a totals label split over two cells', () => {
  const block = (lang: Lang, rows: Array<[string, string, number]>) => {
    const draws = page({ lang }).filter((x) => x.y < 130 || x.y >= 175);
    rows.forEach(([a, b, v], i) => draws.push(d(100, 135 + 5 * i, a), d(135, 135 + 5 * i, b), d(175, 135 + 5 * i, money(v, lang))));
    return draws;
  };
  const cases: Array<[Lang, Array<[string, string, number]>]> = [
    ['en', [['Total', 'excl. VAT', 250], ['VAT', '19 %', 47.5], ['Total', 'incl. VAT', 297.5]]],
    ['de', [['Summe', 'netto', 250], ['MwSt.', '19 %', 47.5], ['Summe', 'brutto', 297.5]]],
    ['fr', [['Montant', 'HT', 250], ['TVA', '19 %', 47.5], ['Montant', 'TTC', 297.5]]],
  ];
  for (const [lang, rows] of cases) {
    it(`${lang} ${rows.map((r) => `${r[0]} | ${r[1]}`).join(' / ')}`, () => expect(totals(block(lang, rows))).toEqual([250, 47.5, 297.5]));
  }
});

describe('charges and discounts between the subtotal and the tax', () => {
  const block = (lang: Lang, rows: Array<[string, number]>) => {
    const draws = page({ lang }).filter((x) => x.y < 130 || x.y >= 175);
    rows.forEach(([label, v], i) => draws.push(d(100, 135 + 5 * i, label), d(175, 135 + 5 * i, money(v, lang))));
    return draws;
  };
  it('en "Subtotal 250 / Shipping 10 / Sales tax 8.25% 21.45 / Total 281.45": the net is 260', () => {
    expect(totals(block('en', [['Subtotal', 250], ['Shipping', 10], ['Sales tax 8.25%', 21.45], ['Total', 281.45]]))).toEqual([260, 21.45, 281.45]);
  });
  it('de "Zwischensumme 250 / Rabatt 10 % -25 / MwSt. 19 % 42,75 / Gesamtbetrag 267,75": the net is 225', () => {
    expect(totals(block('de', [['Zwischensumme', 250], ['Rabatt 10 %', -25], ['MwSt. 19 %', 42.75], ['Gesamtbetrag', 267.75]]))).toEqual([225, 42.75, 267.75]);
  });
  it('a charge that does not make it add up changes nothing, and the totals are flagged', () => {
    const draws = block('en', [['Subtotal', 250], ['Shipping', 7], ['Sales tax', 21.45], ['Total', 281.45]]);
    expect(totals(draws)).toEqual([250, 21.45, 281.45]);
    expect(fieldsInDoubt(settled(draws).checks)).toContain('amount');
  });
});

describe('a contact person over the buyer company', () => {
  it('in the address window: "Hans Muster" / "Bergmann Werkzeuge AG": the company', () => {
    const inv = parse(page({ lang: 'de', buyerBefore: ['Hans Muster'] }));
    expect(inv.buyer.name).toBe(BUYER.de);
    expect(inv.buyer.address).toBe('Lindenallee 5, 80331 München');
  });
  it('under a label: "Bill To" / "Jane Doe" / "Kestrel Engineering Ltd": the company', () => {
    const draws = page({ lang: 'en' }).filter((x) => !(x.y >= 45 && x.y < 65 && x.x === 20));
    draws.push(d(20, 40, 'Bill To:'), d(20, 45, 'Jane Doe'), d(20, 50, BUYER.en), d(20, 55, '1 Mill Lane'), d(20, 60, 'Leeds LS1 4AB'));
    expect(parse(draws).buyer.name).toBe(BUYER.en);
  });
  it('a person alone is the buyer; a company over a person stays the company', () => {
    expect(parse(page({ lang: 'de' }).map((x) => (x.text === BUYER.de ? { ...x, text: 'Hans Muster' } : x))).buyer.name).toBe('Hans Muster');
    expect(parse(page({ lang: 'de', buyerExtra: ['Hans Muster'] })).buyer.name).toBe(BUYER.de);
  });
});
