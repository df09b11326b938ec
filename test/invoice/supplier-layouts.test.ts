/**
 * English-language supplier invoices (hosting and SaaS providers, marketplaces, hotels, telecoms, Indian
 * GST invoices, UK/US/AU/CA/SG sellers) on one drawn page, varied one class at a time: the totals block's
 * labels and the payments after it, Indian CGST/SGST/IGST and lakh grouping, dates in words and in the
 * day/month order of the seller's country, invoice numbers beside order, account and customer numbers,
 * the letterhead and the buyer's block, and the currency from a symbol, a code or an address.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/index.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { settle } from '../../src/extract/settle.js';
import { textParts } from '../../src/extract/text-parts.js';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { pdfPageText } from '../../src/pdf/text.js';
import { toPageText, toPdf, type Draw } from './page-builder.js';

const A4 = [210, 297] as const;
const d = (x: number, y: number, text: string, size?: number): Draw => ({ x, y, text, ...(size ? { size } : {}) });

type Country = 'US' | 'UK' | 'IN' | 'AU' | 'CA' | 'SG' | 'IE';
type Grouping = 'en' | 'in' | 'eu';

interface Profile {
  seller: string;
  street: string;
  town: string;
  taxId: string;
  currency: string;
  /** How a figure is printed: the currency mark around the number. */
  mark: (figure: string) => string;
  grouping: Grouping;
  /** The issue date (2019-01-05) as the country prints it. */
  date: string;
  taxLabel: string;
  /** Tax rate in percent. */
  rate: number;
  buyer: string;
  buyerStreet: string;
  buyerTown: string;
}

const PROFILES: Record<Country, Profile> = {
  US: { seller: 'Bluewave Hosting Inc.', street: '500 Congress Ave, Suite 300', town: 'Austin, TX 78701', taxId: 'EIN 84-1234567', currency: 'USD', mark: (f) => `$${f}`, grouping: 'en', date: '01/05/2019', taxLabel: 'Sales Tax (8.25%)', rate: 8.25, buyer: 'Kestrel Engineering LLC', buyerStreet: '1600 Market Street', buyerTown: 'Denver, CO 80202' },
  UK: { seller: 'Harbour Cloud Ltd', street: '12 Harbour Road', town: 'Manchester M1 2AB', taxId: 'VAT Reg No: GB 123 4567 89', currency: 'GBP', mark: (f) => `£${f}`, grouping: 'en', date: '05/01/2019', taxLabel: 'VAT 20%', rate: 20, buyer: 'Fenwick Design Ltd', buyerStreet: '4 Mill Lane', buyerTown: 'Leeds LS1 4AB' },
  IN: { seller: 'Sahyadri Traders Pvt Ltd', street: '14 MG Road', town: 'Bengaluru, Karnataka 560001', taxId: 'GSTIN: 29ABCDE1234F1Z5', currency: 'INR', mark: (f) => `₹${f}`, grouping: 'in', date: '05/01/2019', taxLabel: 'IGST 18%', rate: 18, buyer: 'Deccan Foods Pvt Ltd', buyerStreet: '22 Jubilee Hills', buyerTown: 'Hyderabad, Telangana 500033' },
  AU: { seller: 'Southern Cross Web Pty Ltd', street: '88 George Street', town: 'Sydney NSW 2000', taxId: 'ABN 51 824 753 556', currency: 'AUD', mark: (f) => `$${f}`, grouping: 'en', date: '05/01/2019', taxLabel: 'GST 10%', rate: 10, buyer: 'Coral Bay Tours Pty Ltd', buyerStreet: '3 Esplanade', buyerTown: 'Cairns QLD 4870' },
  CA: { seller: 'Maple Leaf Software Inc.', street: '200 King Street West', town: 'Toronto, ON M5V 2T6', taxId: 'GST/HST No: 123456789RT0001', currency: 'CAD', mark: (f) => `$${f}`, grouping: 'en', date: 'Jan 5, 2019', taxLabel: 'HST 13%', rate: 13, buyer: 'Northern Lights Media Inc.', buyerStreet: '55 Water Street', buyerTown: 'Vancouver, BC V6B 1A1' },
  SG: { seller: 'Lion City Supplies Pte Ltd', street: '1 Raffles Place', town: 'Singapore 048616', taxId: 'GST Reg No: M2-1234567-8', currency: 'SGD', mark: (f) => `S$${f}`, grouping: 'en', date: '05 Jan 2019', taxLabel: 'GST 7%', rate: 7, buyer: 'Orchid Events Pte Ltd', buyerStreet: '9 Temasek Blvd', buyerTown: 'Singapore 038989' },
  IE: { seller: 'Liffey Telecom Ltd', street: '7 Dame Street', town: 'Dublin 2, Ireland', taxId: 'VAT No: IE 6388047V', currency: 'EUR', mark: (f) => `€${f}`, grouping: 'en', date: '5 January 2019', taxLabel: 'VAT 23%', rate: 23, buyer: 'Shannon Hotels Ltd', buyerStreet: '1 Quay Street', buyerTown: 'Galway, Ireland' },
};

/** A figure as printed: "1,234.50", Indian "1,23,456.00", continental "1.234,50". */
function figure(n: number, grouping: Grouping): string {
  const [int, dec] = Math.abs(n).toFixed(2).split('.');
  const grouped = grouping === 'in'
    ? int.replace(/(\d)(?=(\d\d)*\d{3}$)/g, '$1,')
    : int.replace(/\B(?=(\d{3})+(?!\d))/g, grouping === 'eu' ? '.' : ',');
  return `${n < 0 ? '-' : ''}${grouped}${grouping === 'eu' ? ',' : '.'}${dec}`;
}

const cents = (n: number) => Math.round(n * 100);
const add = (...n: number[]) => n.reduce((a, b) => a + cents(b), 0) / 100;
const pct = (base: number, rate: number) => Math.round(cents(base) * rate / 100) / 100;

interface Spec {
  country: Country;
  /** Replace the totals block (label, amount) rows. */
  totals?: Array<[string, number]>;
  /** The item amounts; default 1,200.00 + 34.50 (India: 1,00,000.00 + 23,456.00). */
  items?: number[];
  /** Rows of the info block right of the letterhead, as [label, value] cells; default number, date, due. */
  info?: Array<[string, string]>;
  /** The title line; default "INVOICE". */
  title?: string;
  /** How a figure on the totals and items is printed; default the profile's. */
  mark?: (figure: string) => string;
  grouping?: Grouping;
  /** Rows of the buyer's block (the first is its label); default "Bill To:", name, street, town. */
  billTo?: string[];
  /** A second block beside the buyer's ("Ship To:", …). */
  shipTo?: string[];
  /** Replace the letterhead rows under the name. */
  letterhead?: string[];
  /** Draw the seller's name in the letterhead (false: a logo, no text). */
  sellerName?: string | null;
  /** More lines anywhere (footer, notes). */
  extra?: Draw[];
}

interface Want {
  number: string;
  date: string | null;
  currency: string;
  amount: number;
  taxAmount: number;
  totalAmount: number;
  seller: string;
  buyer: string;
}

/** The default totals of a country: subtotal, tax (CGST + SGST for India), total. */
function defaultTotals(c: Country, items: number[]): { rows: Array<[string, number]>; net: number; tax: number; total: number } {
  const p = PROFILES[c];
  const net = add(...items);
  if (c === 'IN') {
    const half = pct(net, p.rate / 2);
    const tax = add(half, half);
    return { rows: [['Taxable Value', net], ['CGST @ 9%', half], ['SGST @ 9%', half], ['Total', add(net, tax)]], net, tax, total: add(net, tax) };
  }
  const tax = pct(net, p.rate);
  return { rows: [['Subtotal', net], [p.taxLabel, tax], ['Total', add(net, tax)]], net, tax, total: add(net, tax) };
}

const defaultItems = (c: Country) => (c === 'IN' ? [100000, 23456] : [1200, 34.5]);

function supplierPage(s: Spec): Draw[] {
  const p = PROFILES[s.country];
  const grouping = s.grouping ?? p.grouping;
  const mark = s.mark ?? p.mark;
  const m = (n: number) => mark(figure(n, grouping));
  const items = s.items ?? defaultItems(s.country);
  const draws: Draw[] = [];
  const name = s.sellerName === undefined ? p.seller : s.sellerName;
  if (name) draws.push(d(20, 15, name, 5));
  (s.letterhead ?? [p.street, p.town, p.taxId]).forEach((l, i) => draws.push(d(20, 23 + 5 * i, l)));
  draws.push(d(150, 15, s.title ?? 'INVOICE', 6));
  const info = s.info ?? [['Invoice Number:', 'INV-2019-0042'], ['Invoice Date:', p.date], ['Payment Terms:', 'Net 30']];
  info.forEach(([label, value], i) => { draws.push(d(120, 30 + 5 * i, label)); if (value) draws.push(d(160, 30 + 5 * i, value)); });
  (s.billTo ?? ['Bill To:', p.buyer, p.buyerStreet, p.buyerTown]).forEach((l, i) => draws.push(d(20, 62 + 5 * i, l)));
  (s.shipTo ?? []).forEach((l, i) => draws.push(d(85, 62 + 5 * i, l)));
  draws.push(d(20, 100, 'Description'), d(110, 100, 'Qty'), d(130, 100, 'Unit Price'), d(175, 100, 'Amount'));
  items.forEach((a, i) => draws.push(d(20, 106 + 5 * i, `Service plan ${i + 1}`), d(110, 106 + 5 * i, '1'), d(130, 106 + 5 * i, m(a)), d(175, 106 + 5 * i, m(a))));
  const rows = s.totals ?? defaultTotals(s.country, items).rows;
  rows.forEach(([label, v], i) => draws.push(d(120, 135 + 6 * i, label), d(175, 135 + 6 * i, m(v))));
  draws.push(d(20, 200, 'Thank you for your business.'), ...(s.extra ?? []));
  return draws;
}

function want(s: Spec, over: Partial<Want> = {}): Want {
  const p = PROFILES[s.country];
  const t = defaultTotals(s.country, s.items ?? defaultItems(s.country));
  return { number: 'INV-2019-0042', date: '2019-01-05', currency: p.currency, amount: t.net, taxAmount: t.tax, totalAmount: t.total, seller: p.seller, buyer: p.buyer, ...over };
}

const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, ...A4));
const settled = (draws: Draw[]) => settle({ parts: textParts(toPageText(draws, ...A4), 'text', []), pages: 1 }, new Date('2025-01-01'));
const fields = (draws: Draw[]): Want => {
  const inv = parse(draws);
  return {
    number: inv.number!, date: inv.date, currency: inv.currency!, amount: inv.amount!, taxAmount: inv.taxAmount!, totalAmount: inv.totalAmount!,
    seller: inv.seller.name!, buyer: inv.buyer.name!,
  };
};
const totalsOf = (draws: Draw[]) => { const inv = parse(draws); return [inv.amount, inv.taxAmount, inv.totalAmount]; };
const COUNTRIES = Object.keys(PROFILES) as Country[];

describe('every field of each country\'s page', () => {
  for (const country of COUNTRIES) {
    it(`${country}`, () => expect(fields(supplierPage({ country }))).toEqual(want({ country })));
  }
});

describe('the totals block', () => {
  const net = 1234.5;
  const tax = 101.85;
  const total = 1336.35;
  const us = (totals: Array<[string, number]>) => supplierPage({ country: 'US', totals });
  const gross = ['Total', 'Amount Due', 'Balance Due', 'Total Due', 'Grand Total', 'Invoice Total', 'Total Amount', 'Total (USD)', 'TOTAL'];
  for (const label of gross) {
    it(`"Subtotal / Sales Tax / ${label}"`, () => expect(totalsOf(us([['Subtotal', net], ['Sales Tax', tax], [label, total]]))).toEqual([net, tax, total]));
  }
  it('"Total (incl. VAT)" with the VAT included', () => {
    const uk = supplierPage({ country: 'UK', totals: [['Total (excl. VAT)', 1234.5], ['VAT @ 20%', 246.9], ['Total (incl. VAT)', 1481.4]] });
    expect(totalsOf(uk)).toEqual([1234.5, 246.9, 1481.4]);
  });
  it('"Total excl. GST / GST / Total incl. GST"', () => {
    const au = supplierPage({ country: 'AU', totals: [['Total excl. GST', 1234.5], ['GST', 123.45], ['Total incl. GST', 1357.95]] });
    expect(totalsOf(au)).toEqual([1234.5, 123.45, 1357.95]);
  });
  it('"Payments/Credits" and a zero "Balance Due" after the total: the invoice total', () => {
    expect(totalsOf(us([['Subtotal', net], ['Sales Tax', tax], ['Total', total], ['Payments/Credits', -total], ['Balance Due', 0]]))).toEqual([net, tax, total]);
  });
  it('"Amount Paid" and a zero "Amount Due": the invoice total', () => {
    expect(totalsOf(us([['Subtotal', net], ['Sales Tax', tax], ['Total', total], ['Amount Paid', total], ['Amount Due', 0]]))).toEqual([net, tax, total]);
  });
  it('a part payment: the total, not the balance', () => {
    expect(totalsOf(us([['Subtotal', net], ['Sales Tax', tax], ['Total', total], ['Amount Paid', 500], ['Balance Due', 836.35]]))).toEqual([net, tax, total]);
  });
  it('"Amount Paid" before the total (a marketplace order already paid)', () => {
    expect(totalsOf(us([['Subtotal', net], ['Sales Tax', tax], ['Amount Paid', total], ['Grand Total', total]]))).toEqual([net, tax, total]);
  });
  it('only a balance printed: it is the total', () => {
    expect(totalsOf(us([['Subtotal', net], ['Sales Tax', tax], ['Balance Due', total]]))).toEqual([net, tax, total]);
  });
  it('"Discount" between the subtotal and the tax: the net after it', () => {
    const t = pct(1200, 8.25);
    expect(totalsOf(us([['Subtotal', net], ['Discount', -34.5], ['Sales Tax', t], ['Total', add(1200, t)]]))).toEqual([1200, t, add(1200, t)]);
  });
  it('"Shipping & Handling" between the subtotal and the tax: the net with it', () => {
    const t = pct(1250, 8.25);
    expect(totalsOf(us([['Subtotal', net], ['Shipping & Handling', 15.5], ['Sales Tax', t], ['Total', add(1250, t)]]))).toEqual([1250, t, add(1250, t)]);
  });
  it('no tax charged ("Tax 0.00"): net = total', () => {
    expect(totalsOf(us([['Subtotal', net], ['Tax', 0], ['Total', net]]))).toEqual([net, 0, net]);
  });
  it('two totals that disagree, no payment between them: flagged naming the total', () => {
    const draws = us([['Subtotal', net], ['Sales Tax', tax], ['Total', total], ['Amount Due', 1400]]);
    const s = settled(draws);
    expect(s.invoice.totalAmount).toBe(total);
    expect(s.status).toBe('needs_review');
    expect(fieldsInDoubt(s.checks)).toContain('totalAmount');
  });
  it('a balance that is not the total less what was paid: flagged naming the total', () => {
    const draws = us([['Total', total], ['Amount Paid', 500], ['Balance Due', 900]]);
    const s = settled(draws.filter((x) => !x.text.startsWith('Service plan') && !/^\$/.test(x.text) || x.y >= 130));
    expect(s.status).toBe('needs_review');
    expect(fieldsInDoubt(s.checks)).toContain('totalAmount');
  });
});

describe('Indian GST invoices', () => {
  const net = 123456;
  const half = 11111.04;
  const total = 145678.08;
  const india = (totals: Array<[string, number]>, over: Partial<Spec> = {}) => supplierPage({ country: 'IN', totals, ...over });
  it('"Taxable Value / CGST @ 9% / SGST @ 9% / Total": the tax is their sum', () => {
    expect(totalsOf(india([['Taxable Value', net], ['CGST @ 9%', half], ['SGST @ 9%', half], ['Total', total]]))).toEqual([net, 22222.08, total]);
  });
  it('"Sub Total / Add: CGST 9% / Add: SGST 9% / Grand Total"', () => {
    expect(totalsOf(india([['Sub Total', net], ['Add: CGST 9%', half], ['Add: SGST 9%', half], ['Grand Total', total]]))).toEqual([net, 22222.08, total]);
  });
  it('"Taxable Value / IGST @ 18% / Total Invoice Value"', () => {
    expect(totalsOf(india([['Taxable Value', net], ['IGST @ 18%', 22222.08], ['Total Invoice Value', total]]))).toEqual([net, 22222.08, total]);
  });
  it('a "Total Tax Amount" row after the two: taken once', () => {
    expect(totalsOf(india([['Taxable Value', net], ['CGST 9%', half], ['SGST 9%', half], ['Total Tax Amount', 22222.08], ['Total Amount', total]]))).toEqual([net, 22222.08, total]);
  });
  for (const [name, mark, code] of [['"Rs."', (f: string) => `Rs. ${f}`, 'INR'], ['"₹"', (f: string) => `₹ ${f}`, 'INR'], ['"INR"', (f: string) => `INR ${f}`, 'INR']] as const) {
    it(`amounts with ${name} and lakh grouping ("1,23,456.00"): every field`, () => {
      const s: Spec = { country: 'IN', mark };
      expect(fields(supplierPage(s))).toEqual(want(s, { currency: code }));
    });
  }
  it('lakh grouping with no mark at all: the currency from the GSTIN', () => {
    const s: Spec = { country: 'IN', mark: (f) => f };
    expect(fields(supplierPage(s))).toEqual(want(s));
  });
  it('a crore: "1,23,45,678.00"', () => {
    const s: Spec = { country: 'IN', items: [12345678] };
    expect(totalsOf(supplierPage(s))).toEqual([12345678, 2222222.04, 14567900.04]);
  });
  it('"Tax Invoice" titled, "Invoice No." and "Bill No" labels', () => {
    for (const label of ['Invoice No.', 'Bill No:', 'Bill No.', 'Invoice No:']) {
      const s: Spec = { country: 'IN', title: 'TAX INVOICE', info: [[label, 'GST/19-20/0042'], ['Dated:', '05-Jan-2019']] };
      expect([parse(supplierPage(s)).number, parse(supplierPage(s)).date], label).toEqual(['GST/19-20/0042', '2019-01-05']);
    }
  });
});

describe('dates', () => {
  const withDate = (country: Country, text: string, more: Array<[string, string]> = []) => supplierPage({ country, info: [['Invoice Number:', 'INV-2019-0042'], ['Invoice Date:', text], ...more] });
  for (const text of ['Jan 5, 2019', 'January 5, 2019', '5 January 2019', '05-Jan-2019', '5-Jan-19', '2019/01/05', '2019-01-05', '5th January 2019', 'Saturday, January 5, 2019']) {
    it(`"${text}"`, () => expect(parse(withDate('UK', text)).date).toBe('2019-01-05'));
  }
  it('"05.01.2019" (dotted: day first)', () => expect(parse(withDate('SG', '05.01.2019')).date).toBe('2019-01-05'));
  it('US "01/05/2019" with a US address and "$": 5 January', () => expect(parse(withDate('US', '01/05/2019')).date).toBe('2019-01-05'));
  it('UK "05/01/2019" with a UK address and "£": 5 January', () => expect(parse(withDate('UK', '05/01/2019')).date).toBe('2019-01-05'));
  it('IN "05/01/2019" with an Indian address: 5 January', () => expect(parse(withDate('IN', '05/01/2019')).date).toBe('2019-01-05'));
  it('AU "05/01/2019" with "$" and an Australian address: 5 January', () => expect(parse(withDate('AU', '05/01/2019')).date).toBe('2019-01-05'));
  it('a US address but a due date "02/20/2019" that settles it: month first', () => {
    expect(parse(withDate('US', '01/05/2019', [['Due Date:', '02/20/2019']])).date).toBe('2019-01-05');
  });
  it('a UK page whose due date "20/02/2019" settles it: day first', () => {
    expect(parse(withDate('UK', '05/01/2019', [['Due Date:', '20/02/2019']])).date).toBe('2019-01-05');
  });
  it('"05/01/2019" and nothing that says whose order: flagged naming the date', () => {
    const draws = supplierPage({
      country: 'US', mark: (f) => f, letterhead: ['Unit 4, Business Park'], billTo: ['Bill To:', 'Kestrel Engineering', 'Unit 9, Riverside'],
      info: [['Invoice Number:', 'INV-2019-0042'], ['Invoice Date:', '05/01/2019']], sellerName: 'Bluewave Hosting',
    });
    const s = settled(draws);
    expect(guessesOf(parse(draws))).toHaveProperty('date');
    expect(s.status).toBe('needs_review');
    expect(fieldsInDoubt(s.checks)).toContain('date');
  });
  it('a date whose day is over 12 needs no country: "13/01/2019" and "01/13/2019"', () => {
    expect(parse(withDate('US', '13/01/2019')).date).toBe('2019-01-13');
    expect(parse(withDate('UK', '01/13/2019')).date).toBe('2019-01-13');
  });
  it('the order date and due date beside it are not the invoice date', () => {
    const draws = supplierPage({ country: 'UK', info: [['Order Date:', '02/01/2019'], ['Invoice Number:', 'INV-2019-0042'], ['Invoice Date:', '05/01/2019'], ['Due Date:', '04/02/2019']] });
    expect(parse(draws).date).toBe('2019-01-05');
  });
  it('a bare "Date:" label', () => expect(parse(supplierPage({ country: 'UK', info: [['Invoice #', 'INV-2019-0042'], ['Date:', '05/01/2019']] })).date).toBe('2019-01-05'));
});

describe('invoice numbers', () => {
  const withInfo = (info: Array<[string, string]>, over: Partial<Spec> = {}) => supplierPage({ country: 'US', info: [...info, ['Invoice Date:', '01/05/2019']], ...over });
  const labels = ['Invoice Number:', 'Invoice No:', 'Invoice No.', 'Invoice ID:', 'Invoice ID', 'Invoice #', 'Invoice #:', 'Bill No:', 'Invoice Ref:'];
  for (const label of labels) {
    it(`"${label}" in a cell of its own`, () => expect(parse(withInfo([[label, 'INV-0042']])).number).toBe('INV-0042'));
    it(`"${label} INV-0042" in one cell`, () => expect(parse(withInfo([[`${label} INV-0042`, '']])).number).toBe('INV-0042'));
  }
  it('"Invoice #INV-0042" with no space', () => expect(parse(withInfo([['Invoice #INV-0042', '']])).number).toBe('INV-0042'));
  it('"#INV-0042" under the title', () => {
    expect(parse(withInfo([['#INV-0042', '']])).number).toBe('INV-0042');
  });
  it('the number in the title line: "INVOICE 2019-0042"', () => {
    expect(parse(withInfo([['Order #:', '5566-7788']], { title: 'INVOICE 2019-0042' })).number).toBe('2019-0042');
  });
  it('the number in the title line: "Invoice #1042"', () => {
    expect(parse(withInfo([['Account No:', '778899']], { title: 'Invoice #1042' })).number).toBe('1042');
  });
  const others: Array<[string, string]> = [['Order #:', '5566-7788'], ['Order Number:', 'ORD-5566'], ['Account No:', '778899'], ['Account Number:', '0001-778899'], ['Customer ID:', 'C-1023'], ['Customer No:', '10023'], ['PO Number:', 'PO-3344'], ['P.O. #', '3344'], ['Purchase Order:', 'PO-3344'], ['Order ID:', '114-1234567-7654321']];
  for (const other of others) {
    it(`"${other[0]} ${other[1]}" above the invoice number is not taken`, () => expect(parse(withInfo([other, ['Invoice No:', 'INV-0042']])).number).toBe('INV-0042'));
    it(`"${other[0]} ${other[1]}" below the invoice number is not taken`, () => expect(parse(withInfo([['Invoice No:', 'INV-0042'], other])).number).toBe('INV-0042'));
  }
  it('only an order number and an account number: no invoice number', () => {
    expect(parse(withInfo([['Order #:', '5566-7788'], ['Account No:', '778899']])).number).toBeNull();
  });
});

describe('the seller', () => {
  const uk = PROFILES.UK;
  for (const idLine of ['VAT Reg No: GB 123 4567 89', 'VAT Registration Number: GB123456789', 'Company No. 01234567', 'Tel: +44 161 496 0000', 'billing@harbourcloud.co.uk', 'www.harbourcloud.co.uk']) {
    it(`letterhead with "${idLine}": the name`, () => {
      expect(parse(supplierPage({ country: 'UK', letterhead: [uk.street, uk.town, idLine] })).seller.name).toBe(uk.seller);
    });
  }
  for (const [country, id] of [['IN', 'GSTIN: 29ABCDE1234F1Z5'], ['AU', 'ABN 51 824 753 556'], ['US', 'EIN 84-1234567'], ['CA', 'GST/HST No: 123456789RT0001']] as const) {
    it(`${country} letterhead with "${id}"`, () => expect(parse(supplierPage({ country })).seller.name).toBe(PROFILES[country].seller));
  }
  it('a letterhead name without a company form ("Bluewave Hosting") over its address and EIN', () => {
    const draws = supplierPage({ country: 'US', sellerName: 'Bluewave Hosting' });
    expect(parse(draws).seller.name).toBe('Bluewave Hosting');
  });
  for (const label of ['Sold By:', 'From:', 'Seller:', 'Supplier:']) {
    it(`"${label}" heads the seller's block under a logo`, () => {
      const draws = supplierPage({ country: 'UK', sellerName: null, letterhead: [label, uk.seller, uk.street, uk.town] });
      expect(parse(draws).seller.name).toBe(uk.seller);
      expect(parse(draws).buyer.name).toBe(uk.buyer);
    });
  }
  it('"Sold by: Harbour Cloud Ltd" on one line', () => {
    const draws = supplierPage({ country: 'UK', sellerName: null, letterhead: [`Sold by: ${uk.seller}`, uk.street, uk.town] });
    expect(parse(draws).seller.name).toBe(uk.seller);
  });
});

describe('the buyer', () => {
  const p = PROFILES.UK;
  for (const label of ['Bill To:', 'Billed To:', 'Invoice To:', 'Customer:', 'BILL TO', 'Bill to', 'Sold To:', 'Client:']) {
    it(`"${label}" over the name`, () => expect(parse(supplierPage({ country: 'UK', billTo: [label, p.buyer, p.buyerStreet, p.buyerTown] })).buyer.name).toBe(p.buyer));
  }
  it('"Ship To" beside "Bill To": the one billed', () => {
    const draws = supplierPage({ country: 'UK', shipTo: ['Ship To:', 'Fenwick Warehouse', '9 Dock Road', 'Hull HU1 1AA'] });
    expect(parse(draws).buyer.name).toBe(p.buyer);
  });
  it('"Ship To" left of "Bill To": still the one billed', () => {
    const draws = supplierPage({ country: 'UK', billTo: ['Ship To:', 'Fenwick Warehouse', '9 Dock Road', 'Hull HU1 1AA'], shipTo: ['Bill To:', p.buyer, p.buyerStreet, p.buyerTown] });
    expect(parse(draws).buyer.name).toBe(p.buyer);
  });
  for (const line of ['Attn: Jane Doe', 'Attn: Accounts Payable', 'c/o Jane Doe']) {
    it(`"${line}" under the name is not the name`, () => {
      expect(parse(supplierPage({ country: 'UK', billTo: ['Bill To:', p.buyer, line, p.buyerStreet, p.buyerTown] })).buyer.name).toBe(p.buyer);
    });
    it(`"${line}" over the name is not the name`, () => {
      expect(parse(supplierPage({ country: 'UK', billTo: ['Bill To:', line, p.buyer, p.buyerStreet, p.buyerTown] })).buyer.name).toBe(p.buyer);
    });
  }
  for (const line of ['accounts@fenwick.co.uk', 'Email: accounts@fenwick.co.uk', 'Phone: +44 113 496 0000', '+44 113 496 0000', 'Tel: 0113 496 0000']) {
    it(`"${line}" over the name is never the name`, () => {
      expect(parse(supplierPage({ country: 'UK', billTo: ['Bill To:', line, p.buyer, p.buyerStreet, p.buyerTown] })).buyer.name).toBe(p.buyer);
    });
  }
  it('a person billed (a hotel guest): the person', () => {
    expect(parse(supplierPage({ country: 'UK', billTo: ['Bill To:', 'Jane Doe', '4 Mill Lane', 'Leeds LS1 4AB'] })).buyer.name).toBe('Jane Doe');
  });
});

describe('the currency', () => {
  for (const [country, code] of [['US', 'USD'], ['CA', 'CAD'], ['AU', 'AUD']] as const) {
    it(`"$" with a ${country} address: ${code}`, () => expect(parse(supplierPage({ country, mark: (f) => `$${f}` })).currency).toBe(code));
  }
  it('"£"', () => expect(parse(supplierPage({ country: 'UK' })).currency).toBe('GBP'));
  it('"€" before the figure', () => expect(parse(supplierPage({ country: 'IE' })).currency).toBe('EUR'));
  it('"USD 1,234.00" with a Canadian address: USD', () => expect(parse(supplierPage({ country: 'CA', mark: (f) => `USD ${f}` })).currency).toBe('USD'));
  it('"1.234,00 €": continental figures read', () => {
    const s: Spec = { country: 'IE', grouping: 'eu', mark: (f) => `${f} €` };
    expect(fields(supplierPage(s))).toEqual(want(s));
  });
  it('"1,234.50 USD" after the figure', () => {
    const s: Spec = { country: 'US', mark: (f) => `${f} USD` };
    expect(fields(supplierPage(s))).toEqual(want(s));
  });
  it('"US$" on a Singapore seller\'s page: USD', () => expect(parse(supplierPage({ country: 'SG', mark: (f) => `US$${f}` })).currency).toBe('USD'));
});

describe('layouts of hosting, telecom, hotel and marketplace invoices', () => {
  const us = PROFILES.US;
  const usPage = (over: Partial<Spec>) => supplierPage({ country: 'US', ...over });
  it('a header row "Invoice Number | Invoice Date | Due Date | Amount Due" over its values', () => {
    const draws = [...usPage({ info: [] }), d(20, 85, 'Invoice Number'), d(65, 85, 'Invoice Date'), d(110, 85, 'Due Date'), d(155, 85, 'Amount Due'),
      d(20, 90, 'INV-2019-0042'), d(65, 90, 'Jan 5, 2019'), d(110, 90, 'Feb 4, 2019'), d(155, 90, '$1,336.35')];
    expect(fields(draws)).toEqual(want({ country: 'US' }));
  });
  it('two label/value pairs on one line: "Invoice #: INV-2019-0042   Date: 01/05/2019"', () => {
    const draws = [...usPage({ info: [] }), d(20, 85, 'Invoice #: INV-2019-0042'), d(110, 85, 'Date: 01/05/2019')];
    expect(fields(draws)).toEqual(want({ country: 'US' }));
  });
  it('the number in the title, the date under it: "INVOICE # 1042" / "DATE 01/05/2019"', () => {
    const draws = usPage({ info: [], title: 'INVOICE # 1042' });
    draws.push(d(150, 24, 'DATE 01/05/2019'));
    expect([parse(draws).number, parse(draws).date]).toEqual(['1042', '2019-01-05']);
  });
  it('totals with the currency code in a column of its own: "Total  USD  1,336.35"', () => {
    const draws = usPage({ mark: (f) => f, totals: [] });
    [['Subtotal', '1,234.50'], ['Sales Tax', '101.85'], ['Total', '1,336.35']].forEach(([l, v], i) => draws.push(d(120, 135 + 6 * i, l), d(155, 135 + 6 * i, 'USD'), d(175, 135 + 6 * i, v)));
    expect(fields(draws)).toEqual(want({ country: 'US' }));
  });
  it('"TOTAL USD 1,336.35" and "Total (USD)"', () => {
    for (const label of ['TOTAL USD', 'Total (USD)', 'Total Amount (USD)', 'Total in USD']) {
      expect(totalsOf(usPage({ totals: [['Subtotal', 1234.5], ['Sales Tax', 101.85], [label, 1336.35]] })), label).toEqual([1234.5, 101.85, 1336.35]);
    }
  });
  it('a telecom bill: previous balance, payment received, current charges, total amount due', () => {
    const draws = supplierPage({ country: 'UK', info: [['Account Number:', '0001234567'], ['Invoice Number:', 'INV-2019-0042'], ['Bill Date:', '05/01/2019'], ['Billing Period:', '01/12/2018 - 31/12/2018']],
      totals: [['Previous Balance', 80], ['Payment Received - Thank you', -80], ['Current Charges (excl. VAT)', 1234.5], ['VAT 20%', 246.9], ['Total Amount Due', 1481.4]] });
    expect(fields(draws)).toEqual(want({ country: 'UK' }));
  });
  it('a hotel folio: booking id, guest, check-in and check-out are not the invoice\'s number and date', () => {
    const draws = supplierPage({ country: 'IN', info: [['Booking ID:', 'BK-99887766'], ['Check-in:', '03/01/2019'], ['Check-out:', '05/01/2019'], ['Invoice No:', 'INV-2019-0042'], ['Invoice Date:', '05/01/2019']] });
    expect(fields(draws)).toEqual(want({ country: 'IN' }));
  });
  it('a marketplace order: "Sold By" seller, Order ID and Order Date beside the invoice\'s', () => {
    const ind = PROFILES.IN;
    const draws = supplierPage({ country: 'IN', sellerName: null, title: 'Tax Invoice',
      letterhead: [`Sold By: ${ind.seller}`, `${ind.street}, ${ind.town}`, 'GSTIN - 29ABCDE1234F1Z5'],
      info: [['Order ID:', 'OD114123456789012000'], ['Order Date:', '02-01-2019'], ['Invoice No:', 'INV-2019-0042'], ['Invoice Date:', '05-01-2019']],
      billTo: ['Billing Address', ind.buyer, ind.buyerStreet, ind.buyerTown], shipTo: ['Shipping Address', 'Deccan Foods Warehouse', '7 Industrial Area', 'Hyderabad 500032'] });
    expect(fields(draws)).toEqual(want({ country: 'IN' }));
  });
  it('"Remit To:" names the seller, never the buyer', () => {
    const draws = usPage({ extra: [d(20, 210, 'Remit To:'), d(20, 215, us.seller), d(20, 220, 'PO Box 1234'), d(20, 225, 'Dallas, TX 75201')] });
    expect(fields(draws)).toEqual(want({ country: 'US' }));
  });
  it('reverse charge: "VAT (reverse charge) 0.00", net = total', () => {
    const draws = supplierPage({ country: 'IE', totals: [['Subtotal', 1234.5], ['VAT 0% (reverse charge)', 0], ['Total', 1234.5]] });
    expect(totalsOf(draws)).toEqual([1234.5, 0, 1234.5]);
  });
  it('a percent discount: "Discount (10%) -123.45"', () => {
    const t = pct(1111.05, 8.25);
    expect(totalsOf(usPage({ totals: [['Subtotal', 1234.5], ['Discount (10%)', -123.45], ['Sales Tax', t], ['Total', add(1111.05, t)]] }))).toEqual([1111.05, t, add(1111.05, t)]);
  });
  it('an amount in words under the total ("Amount in words: Rupees One Lakh …") changes nothing', () => {
    const draws = supplierPage({ country: 'IN', extra: [d(20, 175, 'Amount in words: Rupees One Lakh Forty Five Thousand Six Hundred Seventy Eight and Eight Paise Only')] });
    expect(fields(draws)).toEqual(want({ country: 'IN' }));
  });
  it('an item table with CGST and SGST columns and a totals row under it', () => {
    const draws = supplierPage({ country: 'IN', totals: [] }).filter((x) => !(x.y >= 100 && x.y < 130));
    const row = (y: number, cells: string[]) => [20, 70, 95, 115, 135, 155, 178].forEach((x, i) => draws.push(d(x, y, cells[i])));
    row(100, ['Description', 'Taxable Value', 'CGST %', 'CGST Amt', 'SGST %', 'SGST Amt', 'Total']);
    row(106, ['Service plan 1', '1,00,000.00', '9%', '9,000.00', '9%', '9,000.00', '1,18,000.00']);
    row(111, ['Service plan 2', '23,456.00', '9%', '2,111.04', '9%', '2,111.04', '27,678.08']);
    row(118, ['Total', '1,23,456.00', '', '11,111.04', '', '11,111.04', '1,45,678.08']);
    draws.push(d(120, 135, 'Grand Total'), d(175, 135, '₹1,45,678.08'));
    expect(fields(draws.filter((x) => x.text !== ''))).toEqual(want({ country: 'IN' }));
  });
});

describe('letterheads and info blocks laid out other ways', () => {
  const us = PROFILES.US;
  it('the seller\'s block top right, the buyer\'s under "Bill To" top left, the title above both', () => {
    const draws: Draw[] = [d(20, 12, 'INVOICE', 6), d(130, 12, us.seller, 4), d(130, 18, us.street), d(130, 23, us.town), d(130, 28, 'billing@bluewave.example'),
      d(20, 30, 'Bill To:'), d(20, 35, us.buyer), d(20, 40, us.buyerStreet), d(20, 45, us.buyerTown),
      d(130, 45, 'Invoice Number:'), d(165, 45, 'INV-2019-0042'), d(130, 50, 'Invoice Date:'), d(165, 50, 'January 5, 2019'),
      ...supplierPage({ country: 'US' }).filter((x) => x.y >= 100)];
    expect(fields(draws)).toEqual(want({ country: 'US' }));
  });
  it('a logo word over the company\'s name: "BLUEWAVE" / "Bluewave Hosting Inc."', () => {
    const draws = supplierPage({ country: 'US', letterhead: [us.seller, us.street, us.town], sellerName: 'BLUEWAVE' });
    expect(parse(draws).seller.name).toBe(us.seller);
  });
  it('"ORIGINAL FOR RECIPIENT" over a tax invoice is no party', () => {
    const ind = PROFILES.IN;
    const draws = supplierPage({ country: 'IN', title: 'TAX INVOICE', extra: [d(150, 6, 'ORIGINAL FOR RECIPIENT')] });
    expect([parse(draws).seller.name, parse(draws).buyer.name]).toEqual([ind.seller, ind.buyer]);
  });
  it('"Invoice No" | ":" | "INV-2019-0042" with the colon in a cell of its own', () => {
    const draws = supplierPage({ country: 'IN', info: [] });
    draws.push(d(120, 30, 'Invoice No'), d(150, 30, ':'), d(155, 30, 'INV-2019-0042'), d(120, 35, 'Invoice Date'), d(150, 35, ':'), d(155, 35, '05-Jan-2019'));
    expect(fields(draws)).toEqual(want({ country: 'IN' }));
  });
  for (const text of ['05 Jan, 2019', 'Jan. 5, 2019', 'Jan 05 2019', 'January 05th, 2019', '5-January-2019', '05 Jan 19', '5.1.2019', '1/5/2019']) {
    it(`a US page dated "${text}"`, () => {
      const draws = supplierPage({ country: 'US', info: [['Invoice Number:', 'INV-2019-0042'], ['Invoice Date:', text]] });
      expect(parse(draws).date).toBe('2019-01-05');
    });
  }
  it('credits printed in parentheses: "Payments (1,336.35)", "Balance Due 0.00"', () => {
    expect(totalsOf(supplierPage({ country: 'US', totals: [['Subtotal', 1234.5], ['Sales Tax', 101.85], ['Total', 1336.35]], extra: [d(120, 153, 'Payments'), d(175, 153, '(1,336.35)'), d(120, 159, 'Balance Due'), d(175, 159, '$0.00')] })))
      .toEqual([1234.5, 101.85, 1336.35]);
  });
  it('"VAT @ 20% on £1,234.50  £246.90"', () => {
    expect(totalsOf(supplierPage({ country: 'UK', totals: [['Subtotal', 1234.5], ['VAT @ 20% on £1,234.50', 246.9], ['Total', 1481.4]] }))).toEqual([1234.5, 246.9, 1481.4]);
  });
  it('"GST included in total" (Australian tax invoice, prices include GST)', () => {
    const draws = supplierPage({ country: 'AU', totals: [['Total (inc. GST)', 1357.95], ['GST included in total', 123.45]] });
    expect(totalsOf(draws)).toEqual([1234.5, 123.45, 1357.95]);
  });
  it('"Total Tax" and "Total Amount" after per-rate tax rows', () => {
    const draws = supplierPage({ country: 'CA', totals: [['Subtotal', 1234.5], ['GST 5%', 61.73], ['PST 7%', 86.42], ['Total Tax', 148.15], ['Total Amount', 1382.65]] });
    expect(totalsOf(draws)).toEqual([1234.5, 148.15, 1382.65]);
  });
  it('GST and PST rows without a tax total: the tax is their sum', () => {
    const draws = supplierPage({ country: 'CA', totals: [['Subtotal', 1234.5], ['GST 5%', 61.73], ['PST 7%', 86.42], ['Total', 1382.65]] });
    expect(totalsOf(draws)).toEqual([1234.5, 148.15, 1382.65]);
  });
});

/**
 * Pages as the common invoicing tools lay them out (their own words and places, our values): each is a
 * class of real invoices, not one document.
 */
describe('pages of common invoicing tools', () => {
  const us = PROFILES.US;
  const items = (y: number, headers: Array<[number, string]>, rows: string[][]) => [
    ...headers.map(([x, t]) => d(x, y, t)),
    ...rows.flatMap((r, i) => r.map((t, k) => d(headers[k][0], y + 6 + 5 * i, t))),
  ];
  const us2 = [['Service plan 1', '1', '1,200.00', '1,200.00'], ['Service plan 2', '1', '34.50', '34.50']];
  const rows = (y: number, list: Array<[string, string]>, x = 120, vx = 175) => list.flatMap(([l, v], i) => [d(x, y + 6 * i, l), d(vx, y + 6 * i, v)]);
  const wantUS = want({ country: 'US' });
  it('an ERP layout: the customer\'s address on the right, unlabelled; "Invoice INV/2019/0042"; "Untaxed Amount"', () => {
    const draws = [d(20, 12, us.seller, 4), d(20, 18, us.street), d(20, 23, us.town), d(20, 28, 'Tax ID: 84-1234567'),
      d(120, 40, us.buyer), d(120, 45, us.buyerStreet), d(120, 50, us.buyerTown), d(120, 55, 'United States'),
      d(20, 70, 'Invoice INV/2019/0042', 6), d(20, 82, 'Invoice Date:'), d(70, 82, 'Due Date:'), d(120, 82, 'Source:'), d(20, 87, '01/05/2019'), d(70, 87, '02/04/2019'), d(120, 87, 'SO0042'),
      ...items(100, [[20, 'Description'], [110, 'Quantity'], [135, 'Unit Price'], [175, 'Amount']], us2.map((r) => [r[0], r[1], r[2], `$ ${r[3]}`])),
      ...rows(130, [['Untaxed Amount', '$ 1,234.50'], ['Tax 8.25%', '$ 101.85'], ['Total', '$ 1,336.35']])];
    expect(fields(draws)).toEqual({ ...wantUS, number: 'INV/2019/0042' });
  });
  it('a small-business tool: "Amount Due (USD)" at the top, "Date of Issue", "Billed To", number under its label', () => {
    const draws = [d(20, 12, us.seller, 4), d(20, 18, us.street), d(20, 23, us.town),
      d(20, 40, 'Billed To'), d(20, 45, us.buyer), d(20, 50, us.buyerStreet), d(20, 55, us.buyerTown),
      d(80, 40, 'Date of Issue'), d(80, 45, '01/05/2019'), d(80, 52, 'Due Date'), d(80, 57, '02/04/2019'),
      d(125, 40, 'Invoice Number'), d(125, 45, 'INV-2019-0042'), d(165, 40, 'Amount Due (USD)'), d(165, 46, '$1,336.35', 5),
      ...items(75, [[20, 'Description'], [110, 'Rate'], [135, 'Qty'], [175, 'Line Total']], us2.map((r) => [r[0], `$${r[2]}`, r[1], `$${r[3]}`])),
      ...rows(100, [['Subtotal', '1,234.50'], ['Tax', '101.85'], ['Total', '1,336.35'], ['Amount Paid', '0.00'], ['Amount Due (USD)', '$1,336.35']])];
    expect(fields(draws)).toEqual(wantUS);
  });
  it('an online invoicing tool: "Invoice#", "Balance Due" at the top, "Sub Total", "Payment Made (-)"', () => {
    const draws = [d(20, 12, us.seller, 4), d(20, 18, us.street), d(20, 23, us.town), d(150, 12, 'INVOICE', 6),
      d(150, 20, 'Invoice# INV-2019-0042'), d(150, 28, 'Balance Due'), d(150, 33, '$836.35', 4),
      d(20, 40, 'Bill To'), d(20, 45, us.buyer), d(20, 50, us.buyerStreet), d(20, 55, us.buyerTown),
      ...rows(45, [['Invoice Date :', '05 Jan 2019'], ['Terms :', 'Net 30'], ['Due Date :', '04 Feb 2019']], 120, 160),
      ...items(75, [[20, 'Item & Description'], [110, 'Qty'], [135, 'Rate'], [175, 'Amount']], us2),
      ...rows(100, [['Sub Total', '1,234.50'], ['Tax (8.25%)', '101.85'], ['Total', '$1,336.35'], ['Payment Made', '(-) 500.00'], ['Balance Due', '$836.35']])];
    expect(fields(draws)).toEqual(wantUS);
  });
  it('a payments platform: "$1,336.35 due January 5, 2019" headline, "Date of issue", "Date due", "Amount due"', () => {
    const draws = [d(20, 12, 'Invoice', 6), d(20, 25, 'Invoice number'), d(60, 25, 'INV-2019-0042'), d(20, 30, 'Date of issue'), d(60, 30, 'January 5, 2019'), d(20, 35, 'Date due'), d(60, 35, 'February 4, 2019'),
      d(20, 45, us.seller), d(20, 50, us.street), d(20, 55, us.town), d(20, 60, 'billing@bluewave.example'),
      d(100, 45, 'Bill to'), d(100, 50, us.buyer), d(100, 55, us.buyerStreet), d(100, 60, us.buyerTown),
      d(20, 75, '$1,336.35 due February 4, 2019', 5),
      ...items(90, [[20, 'Description'], [110, 'Qty'], [135, 'Unit price'], [175, 'Amount']], us2.map((r) => [r[0], r[1], `$${r[2]}`, `$${r[3]}`])),
      ...rows(115, [['Subtotal', '$1,234.50'], ['Sales Tax (8.25%)', '$101.85'], ['Total', '$1,336.35'], ['Amount due', '$1,336.35']])];
    expect(fields(draws)).toEqual(wantUS);
  });
  it('an accounting tool\'s Australian tax invoice: "TOTAL GST 10%", "TOTAL AUD", "Less Amount Paid", "AMOUNT DUE AUD"', () => {
    const au = PROFILES.AU;
    const draws = [d(20, 12, 'TAX INVOICE', 6), d(20, 25, au.buyer), d(20, 30, au.buyerStreet), d(20, 35, au.buyerTown),
      d(110, 25, 'Invoice Date'), d(110, 30, '5 Jan 2019'), d(110, 37, 'Invoice Number'), d(110, 42, 'INV-2019-0042'), d(110, 49, 'Reference'), d(110, 54, 'PO-3344'), d(110, 61, 'ABN'), d(110, 66, '51 824 753 556'),
      d(150, 25, au.seller), d(150, 30, au.street), d(150, 35, au.town),
      ...items(80, [[20, 'Description'], [110, 'Quantity'], [135, 'Unit Price'], [155, 'GST'], [175, 'Amount AUD']], us2.map((r) => [r[0], r[1], r[2], '10%', r[3]])),
      ...rows(105, [['Subtotal', '1,234.50'], ['TOTAL GST 10%', '123.45'], ['TOTAL AUD', '1,357.95'], ['Less Amount Paid', '0.00'], ['AMOUNT DUE AUD', '1,357.95']])];
    expect(fields(draws)).toEqual(want({ country: 'AU' }));
  });
  it('a bookkeeping tool: "INVOICE # 1042 / DATE / DUE DATE / TERMS" in a column, "BILL TO" beside "SHIP TO", "BALANCE DUE"', () => {
    const draws = [d(20, 12, us.seller, 4), d(20, 18, us.street), d(20, 23, us.town), d(20, 28, 'billing@bluewave.example'), d(150, 12, 'INVOICE', 6),
      d(20, 45, 'BILL TO'), d(20, 50, us.buyer), d(20, 55, us.buyerStreet), d(20, 60, us.buyerTown),
      d(80, 45, 'SHIP TO'), d(80, 50, 'Kestrel Warehouse'), d(80, 55, '9 Dock Road'), d(80, 60, 'Aurora, CO 80010'),
      d(140, 45, 'INVOICE #'), d(170, 45, 'INV-2019-0042'), d(140, 50, 'DATE'), d(170, 50, '01/05/2019'), d(140, 55, 'DUE DATE'), d(170, 55, '02/04/2019'), d(140, 60, 'TERMS'), d(170, 60, 'Net 30'),
      ...items(75, [[20, 'ACTIVITY'], [110, 'QTY'], [135, 'RATE'], [175, 'AMOUNT']], us2),
      ...rows(100, [['SUBTOTAL', '1,234.50'], ['TAX (8.25%)', '101.85'], ['TOTAL', '1,336.35'], ['BALANCE DUE', '$1,336.35']])];
    expect(fields(draws)).toEqual(wantUS);
  });
});

describe('every country\'s page, however the text layer cuts it', () => {
  const perWord = (draws: Draw[]) => draws.flatMap((x) => {
    const size = x.size ?? 3;
    let at = x.x;
    return x.text.split(' ').map((w) => { const item = { ...x, text: w, x: at }; at += (w.length + 1) * size * 0.55; return item; });
  });
  for (const country of COUNTRIES) {
    it(`${country}: one item per word`, () => expect(fields(perWord(supplierPage({ country })))).toEqual(want({ country })));
    it(`${country}: one item per glyph`, () => expect(fields(supplierPage({ country }).map((x) => ({ ...x, glyphs: (x.size ?? 3) * 0.55 })))).toEqual(want({ country })));
  }
});

describe('drawn as a PDF and read through the text layer', () => {
  // Helvetica's encoding has "$", "£" and "€" but no "₹": the Indian page is left to the cases above.
  for (const country of COUNTRIES.filter((c) => c !== 'IN')) {
    it(`${country}`, async () => {
      const inv = parseWesternInvoiceText(await pdfPageText(await toPdf(supplierPage({ country }), ...A4, false)));
      const got = { number: inv.number, date: inv.date, currency: inv.currency, amount: inv.amount, taxAmount: inv.taxAmount, totalAmount: inv.totalAmount, seller: inv.seller.name, buyer: inv.buyer.name };
      expect(got).toEqual(want({ country }));
    });
  }
});

describe('a logo for a letterhead: the seller from the rest of the page', () => {
  const us = PROFILES.US;
  const uk = PROFILES.UK;
  const logo = (country: Country, extra: Draw[]) => supplierPage({ country, sellerName: null, extra });
  const cases: Array<[Country, string]> = [
    ['US', 'Make all checks payable to Bluewave Hosting Inc.'],
    ['US', 'Please make checks payable to: Bluewave Hosting Inc.'],
    ['UK', 'Please make cheques payable to Harbour Cloud Ltd'],
    ['UK', 'Harbour Cloud Ltd is registered in England and Wales, company no. 01234567'],
    ['IE', 'Liffey Telecom Ltd, registered in Ireland no. 654321.'],
    ['US', '© 2019 Bluewave Hosting Inc. All rights reserved.'],
    ['US', 'Bluewave Hosting Inc. · 500 Congress Ave, Suite 300 · Austin, TX 78701'],
    ['UK', 'Harbour Cloud Ltd, Registered office: 12 Harbour Road, Manchester M1 2AB'],
  ];
  for (const [country, line] of cases) {
    it(`"${line}"`, () => {
      const draws = logo(country, [d(20, 270, line, 2.5)]);
      expect([parse(draws).seller.name, parse(draws).buyer.name]).toEqual([PROFILES[country].seller, PROFILES[country].buyer]);
    });
  }
  it('a page that opens with another name than its footer\'s: the seller is flagged', () => {
    const draws = [d(20, 6, 'SKYLINE DIGITAL'), ...logo('UK', [d(20, 270, 'Harbour Cloud Ltd is registered in England and Wales, company no. 01234567', 2.5)])];
    expect(fieldsInDoubt(settled(draws).checks)).toContain('seller.name');
  });
  it('only the address under the logo and no name anywhere: the seller is flagged, never the street taken silently', () => {
    const draws = logo('US', []);
    const s = settled(draws);
    expect(s.invoice.seller.name === null || fieldsInDoubt(s.checks).includes('seller.name')).toBe(true);
    expect(parse(draws).buyer.name).toBe(us.buyer);
    void uk;
  });
});

describe('more totals and party forms', () => {
  const us = PROFILES.US;
  it('leader dots between label and figure: "Subtotal ........ 1,234.50"', () => {
    const draws = supplierPage({ country: 'US', totals: [] });
    [['Subtotal', '1,234.50'], ['Sales Tax', '101.85'], ['Total', '1,336.35']].forEach(([l, v], i) => draws.push(d(110, 135 + 6 * i, `${l} ${'.'.repeat(20 - l.length)} $${v}`)));
    expect(totalsOf(draws)).toEqual([1234.5, 101.85, 1336.35]);
  });
  it('"Bill To" with the name in the cell beside it, no colon', () => {
    const draws = supplierPage({ country: 'US', billTo: [] });
    draws.push(d(20, 62, 'Bill To'), d(45, 62, us.buyer), d(45, 67, us.buyerStreet), d(45, 72, us.buyerTown));
    expect(parse(draws).buyer.name).toBe(us.buyer);
  });
  it('"Customer Name:" and "Customer ID:" rows: the name, never the id', () => {
    const draws = supplierPage({ country: 'US', billTo: [] });
    draws.push(d(20, 62, 'Customer ID:'), d(55, 62, 'C-1023'), d(20, 67, 'Customer Name:'), d(55, 67, us.buyer), d(20, 72, 'Address:'), d(55, 72, us.buyerStreet));
    expect(parse(draws).buyer.name).toBe(us.buyer);
  });
  it('Indian "Round Off" before the grand total: the total payable, net and tax as printed', () => {
    const draws = supplierPage({ country: 'IN', totals: [['Taxable Value', 123456], ['CGST @ 9%', 11111.04], ['SGST @ 9%', 11111.04], ['Round Off', -0.08], ['Grand Total', 145678]] });
    const inv = parse(draws);
    expect([inv.amount, inv.taxAmount]).toEqual([123456, 22222.08]);
    expect([145678, 145678.08]).toContain(inv.totalAmount);
  });
});

describe('other dates and numbers beside a bare "Date:" and "No."', () => {
  const uk = (info: Array<[string, string]>) => supplierPage({ country: 'UK', info });
  for (const other of ['Ship Date:', 'Shipped:', 'Dispatch Date:', 'Payment Date:', 'Arrival:', 'Departure:', 'Check-in Date:', 'Service Period:', 'Period:', 'Order Date:']) {
    it(`"${other} 02/01/2019" above "Date: 05/01/2019"`, () => expect(parse(uk([[other, '02/01/2019'], ['Invoice No:', 'INV-2019-0042'], ['Date:', '05/01/2019']])).date).toBe('2019-01-05'));
  }
  for (const label of ['Invoice Serial No.', 'Folio No.', 'Credit Memo #', 'Bill Number:', 'Document Number:']) {
    it(`"${label}"`, () => expect(parse(uk([[label, 'INV-2019-0042'], ['Date:', '05/01/2019']])).number).toBe('INV-2019-0042'));
  }
});

describe('what a narrow table or a long name does to the text layer', () => {
  const ind = PROFILES.IN;
  it('"Sold By: Sahyadri Traders Private" / "Limited": a name wrapped before its company form', () => {
    const draws = supplierPage({ country: 'IN', sellerName: null, letterhead: ['Sold By: Sahyadri Traders Private', 'Limited', ind.street, ind.town] });
    expect(parse(draws).seller.name).toBe('Sahyadri Traders Private Limited');
  });
  it('"Bill To:" / "Deccan Foods Private" / "Limited"', () => {
    const draws = supplierPage({ country: 'IN', billTo: ['Bill To:', 'Deccan Foods Private', 'Limited', ind.buyerStreet, ind.buyerTown] });
    expect(parse(draws).buyer.name).toBe('Deccan Foods Private Limited');
  });
  it('a contact line with separators under the letterhead opens with the street: the name stays the letterhead\'s', () => {
    const uk = PROFILES.UK;
    const draws = supplierPage({ country: 'UK', letterhead: [`${uk.street}, ${uk.town} · Tel 0161 496 0000 · ${uk.taxId}`] });
    expect(parse(draws).seller.name).toBe(uk.seller);
  });
  it('a totals row under wrapped headers: "Total 2 4,039.00 -500.00 2,999.15 539.85 3,539.00", "Grand Total ₹ 3,539.00"', () => {
    const draws = supplierPage({ country: 'IN', totals: [] }).filter((x) => !(x.y >= 100 && x.y < 130));
    draws.push(d(70, 98, 'Gross'), d(100, 98, 'Discount'), d(130, 98, 'Taxable'), d(160, 98, 'IGST'), d(20, 100, 'Product'), d(55, 100, 'Qty'), d(180, 100, 'Total ₹'),
      d(70, 102, 'Amount ₹'), d(100, 102, '₹'), d(130, 102, 'Value ₹'), d(160, 102, '₹'),
      d(20, 108, 'Mixer Grinder'), d(55, 110, '1'), d(75, 110, '3,999.00'), d(103, 110, '-500.00'), d(135, 110, '2,965.25 533.75 3,499.00'),
      d(20, 118, 'Shipping'), d(55, 120, '1'), d(80, 120, '40.00'), d(110, 120, '0.00'), d(140, 120, '33.90'), d(160, 120, '6.10'), d(180, 120, '40.00'),
      d(20, 128, 'Total'), d(55, 128, '2'), d(75, 128, '4,039.00'), d(103, 128, '-500.00'), d(135, 128, '2,999.15 539.85 3,539.00'),
      d(150, 140, 'Grand Total ₹ 3,539.00', 4));
    const s = settled(draws);
    expect([s.invoice.amount, s.invoice.taxAmount, s.invoice.totalAmount]).toEqual([2999.15, 539.85, 3539]);
    expect(s.checks.filter((c) => !c.ok).map((c) => c.id)).not.toContain('items_sum');
  });
  it('a totals row whose figures do not add up to the total gives nothing', () => {
    const draws = supplierPage({ country: 'IN', totals: [] }).filter((x) => !(x.y >= 100 && x.y < 130));
    draws.push(d(20, 128, 'Total'), d(55, 128, '2'), d(75, 128, '4,039.00'), d(135, 128, '2,999.15 539.85 3,600.00'), d(150, 140, 'Grand Total ₹ 3,539.00', 4));
    const inv = parse(draws);
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([null, null, 3539]);
  });
});

describe('a hotel\'s bill', () => {
  const ind = PROFILES.IN;
  const folio = (over: Partial<Spec> = {}) => supplierPage({ country: 'IN', billTo: ['Guest Name: Rahul Mehta', 'Check-in: 02/01/2019   Check-out: 05/01/2019'], ...over })
    .map((x) => (x.text === 'Description' ? { ...x, text: 'Particulars' } : x))
    .concat([d(20, 95, 'Date')]);
  it('"Guest Name:" labels the buyer; an item table headed "Date | Particulars" is no address', () => {
    expect(parse(folio()).buyer.name).toBe('Rahul Mehta');
    expect(parse(folio({ billTo: ['Check-in: 02/01/2019'] })).buyer.name).not.toBe('Date');
  });
  it('"Operated by Sahyadri Traders Pvt Ltd" under a brand: the company', () => {
    const draws = folio({ sellerName: 'Hotel Sea Breeze', letterhead: [`Operated by ${ind.seller}`, ind.street, ind.town, ind.taxId] });
    expect(parse(draws).seller.name).toBe(ind.seller);
  });
});

describe('an unlabelled address block above the window', () => {
  const au = PROFILES.AU;
  const xero = (rows: string[]) => [d(20, 12, 'TAX INVOICE', 6), ...rows.map((r, i) => d(20, 31 + 5 * i, r)),
    d(90, 20, 'Invoice Date'), d(90, 25, '5 Jan 2019'), d(90, 31, 'Invoice Number'), d(90, 36, 'INV-2019-0042'), d(90, 41, 'Reference'), d(90, 46, 'Website'),
    d(134, 20, au.seller), d(134, 25, au.street), d(134, 30, au.town),
    ...supplierPage({ country: 'AU' }).filter((x) => x.y >= 100)];
  it('"Attention: …" between the name and the street: the name', () => {
    expect(parse(xero([au.buyer, 'Attention: Practice Manager', au.buyerStreet, au.buyerTown, 'AUSTRALIA'])).buyer.name).toBe(au.buyer);
  });
  it('a block whose name was not read opens with its street: flagged, never taken silently', () => {
    const draws = xero(['', '', '14 Beach Rd', au.buyerTown, 'AUSTRALIA'].filter(Boolean));
    const s = settled(draws);
    expect(s.invoice.buyer.name === null || fieldsInDoubt(s.checks).includes('buyer.name')).toBe(true);
  });
  it('"Billing address" labels the buyer beside "Shipping Address"', () => {
    const draws = supplierPage({ country: 'US', billTo: ['Shipping Address:', 'Dana Whitfield', '2201 Elm St'], shipTo: ['Billing address', 'Kestrel Engineering LLC', '1600 Market Street'] });
    expect(parse(draws).buyer.name).toBe('Kestrel Engineering LLC');
  });
});

describe('Indian accounting-package layouts', () => {
  const ind = PROFILES.IN;
  /** A boxed GST invoice: seller box, "Invoice No. | Dated" header cells over their values, "Buyer (Bill to)", tax rows inside the item table. */
  const boxed = (taxRows: Array<[string, string]>, over: { dated?: string; totalRow?: string } = {}) => [
    d(90, 8, 'TAX INVOICE', 4),
    d(20, 15, ind.seller), d(20, 20, ind.street), d(20, 25, ind.town), d(20, 30, 'GSTIN/UIN: 29ABCDE1234F1Z5'), d(20, 35, 'State Name : Karnataka, Code : 29'),
    d(110, 15, 'Invoice No.'), d(155, 15, 'Dated'), d(110, 20, 'SAH/0042/18-19'), d(155, 20, over.dated ?? '5-Jan-2019'),
    d(110, 27, 'Delivery Note'), d(155, 27, 'Mode/Terms of Payment'), d(110, 34, "Buyer's Order No."), d(155, 34, 'Dated'), d(110, 39, 'PO-3344'), d(155, 39, '2-Jan-2019'),
    d(20, 45, 'Buyer (Bill to)'), d(20, 50, ind.buyer), d(20, 55, ind.buyerStreet), d(20, 60, ind.buyerTown), d(20, 65, 'GSTIN/UIN : 36AAACD5678E1Z9'),
    d(20, 80, 'Sl No.'), d(32, 80, 'Description of Goods'), d(95, 80, 'HSN/SAC'), d(115, 80, 'Quantity'), d(135, 80, 'Rate'), d(155, 80, 'per'), d(175, 80, 'Amount'),
    d(20, 86, '1'), d(32, 86, 'Service plan 1'), d(95, 86, '998314'), d(115, 86, '1 No'), d(135, 86, '1,00,000.00'), d(155, 86, 'No'), d(175, 86, '1,00,000.00'),
    d(20, 91, '2'), d(32, 91, 'Service plan 2'), d(95, 91, '998314'), d(115, 91, '1 No'), d(135, 91, '23,456.00'), d(155, 91, 'No'), d(175, 91, '23,456.00'),
    ...taxRows.flatMap(([label, v], i) => [d(40, 97 + 5 * i, label), d(175, 97 + 5 * i, v)]),
    d(32, 115, 'Total'), d(115, 115, '2 No'), d(172, 115, over.totalRow ?? '₹ 1,45,678.08'),
    d(20, 121, 'Amount Chargeable (in words)'), d(170, 121, 'E. & O.E'),
    d(20, 126, 'INR One Lakh Forty Five Thousand Six Hundred Seventy Eight and Eight paise Only'),
    d(20, 140, 'for Sahyadri Traders Pvt Ltd'), d(20, 150, 'Authorised Signatory'),
  ];
  const wantIN = { ...want({ country: 'IN' }), number: 'SAH/0042/18-19' };
  it('"Output CGST @ 9%" / "Output SGST @ 9%" rows in the item table, "Total" row with the gross', () => {
    expect(fields(boxed([['Output CGST @ 9%', '11,111.04'], ['Output SGST @ 9%', '11,111.04']]))).toEqual(wantIN);
  });
  it('"CGST" / "SGST" rows with the rate in the rate column', () => {
    const draws = boxed([['CGST', '11,111.04'], ['SGST', '11,111.04']]);
    draws.push(d(135, 97, '9 %'), d(135, 102, '9 %'));
    expect(fields(draws)).toEqual(wantIN);
  });
  it('"IGST @ 18%" alone', () => {
    expect(fields(boxed([['IGST @ 18%', '22,222.08']]))).toEqual(wantIN);
  });
  it('an HSN summary under the total ("Total  1,23,456.00  11,111.04  11,111.04  22,222.08") is not the total', () => {
    const draws = boxed([['Output CGST @ 9%', '11,111.04'], ['Output SGST @ 9%', '11,111.04']]);
    const cols = [20, 45, 80, 100, 130, 150, 175];
    ['HSN/SAC', 'Taxable Value', 'Central Tax Rate', 'Central Tax Amount', 'State Tax Rate', 'State Tax Amount', 'Total Tax Amount'].forEach((h, i) => draws.push(d(cols[i], 160, h, 2)));
    ['998314', '1,23,456.00', '9%', '11,111.04', '9%', '11,111.04', '22,222.08'].forEach((v, i) => draws.push(d(cols[i], 166, v)));
    ['Total', '1,23,456.00', '', '11,111.04', '', '11,111.04', '22,222.08'].forEach((v, i) => v && draws.push(d(cols[i], 172, v)));
    expect(fields(draws)).toEqual(wantIN);
  });
  it('the invoice number wrapped in its narrow cell ("SAH/0042/18-" over "19")', () => {
    const draws = boxed([['IGST @ 18%', '22,222.08']]).map((x) => (x.text === 'SAH/0042/18-19' ? { ...x, text: 'SAH/0042/18-' } : x));
    draws.push(d(110, 24.6, '19'));
    expect(parse(draws).number).toBe('SAH/0042/18-19');
  });
  it('"Dated" over its date in the header cell beside the number\'s', () => {
    const draws = boxed([['IGST @ 18%', '22,222.08']], { dated: '05/01/2019' });
    const s = settled(draws);
    expect(s.invoice.date).toBe('2019-01-05');
    expect(fieldsInDoubt(s.checks)).not.toContain('date');
  });
  it('"Total Amount Before Tax / Add: CGST / Add: SGST / Total Tax Amount / Total Amount After Tax"', () => {
    const draws = supplierPage({ country: 'IN', totals: [['Total Amount Before Tax', 123456], ['Add: CGST', 11111.04], ['Add: SGST', 11111.04], ['Total Tax Amount', 22222.08], ['Total Amount After Tax', 145678.08]] });
    expect(totalsOf(draws)).toEqual([123456, 22222.08, 145678.08]);
  });
});

describe('a marketplace\'s GST invoice: tax type and amount columns, a TOTAL row of two figures', () => {
  it('"TOTAL:  ₹22,222.08  ₹1,45,678.08" under "Tax Amount | Total Amount"; CGST and SGST in a tax-type column', () => {
    const draws = supplierPage({ country: 'IN', totals: [] }).filter((x) => !(x.y >= 100 && x.y < 130));
    const cols = [20, 30, 70, 90, 105, 125, 140, 158, 180];
    ['Sl. No', 'Description', 'Unit Price', 'Qty', 'Net Amount', 'Tax Rate', 'Tax Type', 'Tax Amount', 'Total Amount'].forEach((h, i) => draws.push(d(cols[i], 100, h, 2)));
    draws.push(d(20, 106, '1'), d(30, 106, 'Service plan 1'), d(70, 106, '₹1,23,456.00'), d(90, 106, '1'), d(105, 106, '₹1,23,456.00'), d(125, 106, '9%'), d(140, 106, 'CGST'), d(158, 106, '₹11,111.04'), d(180, 108, '₹1,45,678.08'),
      d(125, 111, '9%'), d(140, 111, 'SGST'), d(158, 111, '₹11,111.04'),
      d(20, 118, 'TOTAL:'), d(158, 118, '₹22,222.08'), d(180, 118, '₹1,45,678.08'));
    expect(totalsOf(draws)).toEqual([123456, 22222.08, 145678.08]);
  });
});

describe('the rupee named but not printed on the figures', () => {
  for (const header of ['Amount (Rs.)', 'Amount in Rs.', 'Amount (Rupees)']) {
    it(`"${header}" over bare figures, no GSTIN: INR`, () => {
      const draws = supplierPage({ country: 'IN', mark: (f) => f, letterhead: [PROFILES.IN.street, PROFILES.IN.town] }).map((x) => (x.text === 'Amount' ? { ...x, text: header } : x));
      expect(parse(draws).currency).toBe('INR');
    });
  }
});

describe('the tax stated inside the total', () => {
  for (const line of ['Includes GST of', 'Total includes GST of', 'GST included:', 'Incl. GST']) {
    it(`"Total $1,357.95" / "${line} $123.45"`, () => {
      const draws = supplierPage({ country: 'AU', totals: [['Total', 1357.95], [line, 123.45]] });
      expect(totalsOf(draws)).toEqual([1234.5, 123.45, 1357.95]);
    });
  }
});

describe('a totals column set close beside the billing address', () => {
  it('"Billing address" / "Dana Whitfield" with "Total before tax:" / "Estimated tax:" cells just right of it: the name alone', () => {
    const draws = supplierPage({ country: 'US', billTo: [] });
    draws.push(d(20, 60, 'Billing address'), d(20, 65, 'Dana Whitfield'), d(20, 70, '2201 Elm St'), d(20, 75, 'Plano, TX 75074'),
      d(50, 60, 'Item(s) Subtotal:'), d(50, 65, 'Estimated tax to be'), d(50, 70, 'collected:'), d(50, 75, 'Grand Total:'));
    expect(parse(draws).buyer.name).toBe('Dana Whitfield');
  });
});

describe('a footer line that OCR ran together', () => {
  it('"Telefon: 01234/987654 Acme GmbH" under a logo is never taken for the seller silently', () => {
    const draws = supplierPage({ country: 'UK', sellerName: null, extra: [d(20, 270, 'Telefon: 01234/987654 Acme GmbH', 2.5)] });
    const s = settled(draws);
    expect(s.invoice.seller.name === null || fieldsInDoubt(s.checks).includes('seller.name')).toBe(true);
    expect(s.invoice.seller.name ?? '').not.toMatch(/Telefon/);
  });
});
