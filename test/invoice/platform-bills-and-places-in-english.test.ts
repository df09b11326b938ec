/**
 * What the eighty-fifth to eighty-seventh batches of unseen supplier invoices (invoicing tools' and platforms'
 * bills, services' bills the set had not had, places that print their invoices in English) printed that the
 * parser misread. One class varied at a time, read as a text layer gives it; names and figures are not the batches'.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));
const totals = (inv: ReturnType<typeof parse>) => [inv.amount, inv.taxAmount, inv.totalAmount];
/** A totals block at the right: one label and its figure a row, from the given height down. */
const totalsBlock = (rows: Array<[string, string]>, top = 150) => rows.flatMap(([label, figure], i) => [d(110, top + 5 * i, label), d(170, top + 5 * i, figure)]);

describe('an e-invoice in sections of labelled rows: "Seller\'s Details", "Buyer\'s Details"', () => {
  const read = (sellerTitle: string, buyerTitle: string) => parse([
    d(70, 12, 'e-INVOICE / TAX INVOICE', 4),
    d(15, 22, sellerTitle), d(15, 27, 'TIN:'), d(80, 27, '1002233445'), d(15, 32, 'Legal Name:'), d(80, 32, 'ELGON HARDWARE LIMITED'),
    d(15, 37, 'Trade Name:'), d(80, 37, 'ELGON HARDWARE'),
    d(15, 45, 'Fiscal Document Number:'), d(80, 45, '3120044718812'), d(15, 50, 'Issued Date:'), d(80, 50, '03/12/2025'),
    d(15, 58, buyerTitle), d(15, 63, 'Name:'), d(80, 63, 'MBALE COFFEE WORKS LTD'), d(15, 68, 'TIN:'), d(80, 68, '1004455667'),
    ...totalsBlock([['Net Amount:', '2,000,000.00'], ['Tax Amount:', '360,000.00'], ['Gross Amount:', '2,360,000.00']]),
    d(15, 170, 'Currency:'), d(80, 170, 'UGX'),
  ]);

  it('reads the seller\'s legal name and the buyer\'s name under their sections\' titles', () => {
    const inv = read('Section A: Seller\'s Details', 'Section C: Buyer\'s Details');
    expect([inv.seller?.name, inv.buyer?.name]).toEqual(['ELGON HARDWARE LIMITED', 'MBALE COFFEE WORKS LTD']);
    expect([inv.currency, ...totals(inv)]).toEqual(['UGX', 2000000, 360000, 2360000]);
  });

  it('the titles without the section\'s letter', () => {
    const inv = read('Supplier Details', 'Customer Details');
    expect([inv.seller?.name, inv.buyer?.name]).toEqual(['ELGON HARDWARE LIMITED', 'MBALE COFFEE WORKS LTD']);
  });
});

describe('an invoice a platform issues in the name and on behalf of the supplier', () => {
  it('the supplier named under "… in the name and on behalf of:" is the seller, not the platform of the logo', () => {
    const inv = parse([
      d(15, 12, 'Cabwise', 6), d(15, 24, 'Invoice', 4),
      d(15, 32, 'Invoice issued by Cabwise Europe B.V. in the name and on behalf of:', 2.5),
      d(15, 37, 'Taxi Jansen Utrecht'), d(15, 42, 'Oudegracht 18, 3511 AP Utrecht'), d(15, 47, 'VAT number NL001122334B01'),
      d(15, 60, 'Bill to'), d(15, 65, 'Verhoef Advies B.V.'), d(15, 70, 'Maliebaan 7, 3581 CA Utrecht'),
      d(110, 60, 'Invoice number'), d(150, 60, 'CW-NL-2025-0771203'), d(110, 65, 'Invoice date'), d(150, 65, '2 December 2025'),
      ...totalsBlock([['Amount excl. VAT', '€ 22.02'], ['VAT 9%', '€ 1.98'], ['Total', '€ 24.00']]),
    ]);
    expect([inv.seller?.name, inv.buyer?.name]).toEqual(['Taxi Jansen Utrecht', 'Verhoef Advies B.V.']);
    expect(totals(inv)).toEqual([22.02, 1.98, 24]);
  });
});

describe('a Polish summary by rate with an exempt row ("zw") under "Stawka | Netto | VAT | Brutto"', () => {
  const read = (firstRow: Draw[]) => parse([
    d(15, 12, 'Faktura VAT nr FL/2025/12/000318', 4), d(130, 20, 'Data wystawienia: 01.12.2025'),
    d(15, 30, 'Sprzedawca'), d(15, 35, 'Leasing Odra Sp. z o.o.'), d(110, 30, 'Nabywca'), d(110, 35, 'Stolarnia Dąb s.c.'),
    d(100, 120, 'Stawka'), d(125, 120, 'Netto'), d(150, 120, 'VAT'), d(172, 120, 'Brutto'),
    ...firstRow,
    d(100, 130, 'zw'), d(125, 130, '48,00'), d(150, 130, '0,00'), d(172, 130, '48,00'),
    d(15, 145, 'Do zapłaty: 4 968,00 PLN', 3.5),
  ]);

  it('sums the rates\' rows, the exempt row\'s base in the net', () => {
    const inv = read([d(100, 125, '23%'), d(125, 125, '4 000,00'), d(150, 125, '920,00'), d(172, 125, '4 920,00')]);
    expect(totals(inv)).toEqual([4048, 920, 4968]);
  });

  it('a first row whose figures run together in one cell is still the first of the rates\' rows, not a total over the exempt one', () => {
    const inv = read([d(100, 125, '23%'), d(125, 125, '4 000,00 920,00 4 920,00')]);
    expect(inv.totalAmount).toBe(4968);
    expect(inv.amount).not.toBe(48);
  });

  it('a paragraph\'s row beside a totals table\'s headers, its figure not under them, is no row of the table', () => {
    const inv = parse([
      d(15, 12, 'FACTURE N° : F2025-0099', 4), d(130, 20, 'Date : 01/12/2025'),
      d(15, 30, 'Atelier Brunet SARL'), d(110, 30, 'CLIENT :'), d(110, 35, 'Boulangerie Roux SAS'),
      d(15, 120, 'Tout retard de paiement engendre une pénalité'), d(120, 120, 'TOTAL HT'), d(145, 120, 'TOTAL TVA'), d(170, 120, 'TOTAL TTC'),
      d(15, 124, 'Indemnité forfaitaire pour frais de recouvrement : 40 €.'),
      d(15, 128, 'Les règlements reçus avant échéance ne donnent pas lieu à escompte.'), d(122, 128, '200,00'), d(148, 128, '40,00'), d(172, 128, '240,00'),
    ]);
    expect(totals(inv)).toEqual([200, 40, 240]);
  });
});

describe('currencies named without cents or by the yen\'s sign', () => {
  const read = (header: string, total: string, note: string) => parse([
    d(15, 12, 'INVOICE', 5), d(15, 22, 'No. ZX-25-0042'), d(150, 22, 'Date: 1 December 2025'),
    d(15, 35, 'Supplier'), d(15, 40, 'Sevanik Systems CJSC'), d(110, 35, 'Buyer'), d(110, 40, 'Dilijan Resorts LLC'),
    d(15, 60, 'Description'), d(150, 60, header),
    d(15, 66, 'Booking engine licence'), d(150, 66, '600,000'),
    ...totalsBlock([['Amount without VAT', '600,000'], ['VAT (20%)', '120,000'], ['Total payable', total]], 80),
    d(15, 110, note),
  ]);

  it('"Amount, AMD" over the amounts: the dram', () => {
    expect(read('Amount, AMD', '720,000', 'Payment within 15 days.').currency).toBe('AMD');
  });

  it('"(Unit: KRW)" under a form: the won', () => {
    expect(read('Amount', '720,000', '(Unit: KRW) Issued through the e-tax invoice system.').currency).toBe('KRW');
  });

  it('"¥" on a page of Japan\'s consumption tax or its registration number is the yen, not the yuan', () => {
    expect(read('Amount', '¥720,000', 'Consumption tax included. Registration No.: T7010001044556').currency).toBe('JPY');
    expect(read('Amount', '¥720,000', 'Registration No.: T7010001044556').currency).toBe('JPY');
    expect(read('Amount', '¥720,000', 'Payment within 15 days.').currency).toBe('CNY');
  });
});

describe('a Thai tax invoice: the branch after each party\'s name', () => {
  it('"(Head Office)" and "(Branch 00002)" are no part of the names, also with the designation wrapped', () => {
    const inv = parse([
      d(15, 12, 'Krungthep Label Printing Co., Ltd. (Head', 4), d(15, 17, 'Office)'), d(15, 22, 'Tax ID 0105559000111'),
      d(140, 12, 'TAX INVOICE / RECEIPT', 4),
      d(15, 35, 'Customer'), d(15, 40, 'Lanna Tea House Co., Ltd. (Branch 00002)'), d(15, 45, '12 Nimman Road, Chiang Mai 50200'),
      d(140, 40, 'Date'), d(160, 40, '01/12/2025'),
      ...totalsBlock([['Amount after discount', '10,000.00'], ['VAT 7%', '700.00'], ['Grand Total', '10,700.00']]),
    ]);
    expect([inv.seller?.name, inv.buyer?.name]).toEqual(['Krungthep Label Printing Co., Ltd.', 'Lanna Tea House Co., Ltd.']);
  });
});

describe('a shop\'s order invoice: the total with the VAT it includes in brackets', () => {
  const read = (total: Draw[]) => parse([
    d(15, 12, 'Wrenfield Soap Co. Ltd', 5), d(150, 12, 'VAT Reg. No. GB 204 5512 77', 2.5),
    d(15, 30, 'INVOICE', 5), d(15, 40, 'Harriet Lowe'), d(15, 45, '4 Mill Lane'), d(15, 50, 'Hay-on-Wye HR3 5AA'),
    d(120, 40, 'Invoice Number:'), d(155, 40, '2231'), d(120, 45, 'Invoice Date:'), d(155, 45, 'December 1, 2025'),
    d(15, 70, 'Product'), d(150, 70, 'Price'), d(15, 76, 'Oat and honey soap bar x 6'), d(150, 76, '£42.00'),
    d(110, 90, 'Subtotal'), d(150, 90, '£42.00'), d(110, 95, 'Shipping'), d(150, 95, '£3.60'),
    ...total,
  ]);

  it('the total is the gross, the bracket\'s VAT the tax and the rest the net, not the subtotal (prices including VAT)', () => {
    const inv = read([d(110, 100, 'Total'), d(150, 100, '£45.60 (includes £7.60 VAT)')]);
    expect(totals(inv)).toEqual([38, 7.6, 45.6]);
  });

  it('the tax word wrapped onto the next row in a narrow cell', () => {
    const inv = read([d(110, 100, 'Total'), d(150, 100, '£45.60 (includes £7.60'), d(150, 104, 'VAT)')]);
    expect(totals(inv)).toEqual([38, 7.6, 45.6]);
  });
});

describe('a Portuguese total of discounts between the gross of the lines and the VAT', () => {
  it('"Total Ilíquido" less "Total Descontos" is the net the VAT is on', () => {
    const inv = parse([
      d(15, 12, 'Cerâmica do Lis, Lda.', 5), d(15, 18, 'NIF: 513 100 200'),
      d(120, 12, 'Fatura FT 2025A/77', 4), d(120, 18, 'Data de emissão: 01/12/2025'),
      d(110, 30, 'Exmo.(s) Sr.(s)'), d(110, 35, 'Hotel Rio Lis, S.A.'),
      ...totalsBlock([['Total Ilíquido', '500,00 €'], ['Total Descontos', '25,00 €'], ['Total IVA', '109,25 €'], ['Total', '584,25 €']]),
    ]);
    expect(totals(inv)).toEqual([475, 109.25, 584.25]);
  });
});

describe('a time-tracking tool\'s invoice: "Invoice For" in a column of labels', () => {
  it('labels the buyer, whose name wrapped after its comma keeps the comma', () => {
    const inv = parse([
      d(15, 12, 'INVOICE', 7),
      d(15, 30, 'From'), d(45, 30, 'Quarry Lane Design LLC'), d(45, 35, '200 Main St, Boise, ID 83702'),
      d(120, 30, 'Invoice ID'), d(150, 30, '00231'),
      d(15, 45, 'Invoice For'), d(45, 45, 'Sawtooth Trail Supply,'), d(120, 45, 'Issue Date'), d(150, 45, '12/01/2025'),
      d(45, 49, 'Inc.'), d(120, 49, 'Due Date'),
      d(45, 53, '9 River Road'), d(150, 53, '12/31/2025'),
      d(45, 57, 'Ketchum, ID 83340'), d(120, 57, 'Subject'),
      d(120, 61, 'Catalogue layout'),
      ...totalsBlock([['Subtotal', '$2,000.00'], ['Tax (6%)', '$120.00'], ['Amount Due', '$2,120.00']], 90),
    ]);
    expect([inv.seller?.name, inv.buyer?.name]).toEqual(['Quarry Lane Design LLC', 'Sawtooth Trail Supply, Inc.']);
  });
});

describe('a Japanese invoice in English: the honorific after the addressee\'s name', () => {
  it('"Messrs." in its own cell after a name makes that name the buyer, the issuer\'s block at the right the seller', () => {
    const inv = parse([
      d(80, 12, 'INVOICE', 6),
      d(15, 30, 'Midori Bakery Co., Ltd.'), d(70, 30, 'Messrs.'), d(125, 30, 'Invoice No.: MB-2512-004'),
      d(125, 35, 'Issue Date: 2025/12/01'),
      d(15, 40, '1-2-3 Minato-ku, Tokyo 105-0001'), d(125, 45, 'Aoba Paper Co., Ltd.'), d(125, 50, '4-5-6 Aoba-ku, Sendai 980-0811'),
      d(125, 55, 'Registration No.: T3370001002211'),
      ...totalsBlock([['Subtotal (before tax)', '¥50,000'], ['10% applicable: ¥50,000  Consumption tax', '¥5,000'], ['Total', '¥55,000']]),
    ]);
    expect([inv.seller?.name, inv.buyer?.name, inv.currency]).toEqual(['Aoba Paper Co., Ltd.', 'Midori Bakery Co., Ltd.', 'JPY']);
  });
});
