/**
 * What the eighty-eighth to ninetieth batches of unseen supplier invoices (German, Austrian and Swiss ERP bills,
 * invoices over two pages, utility, telecom and hosting bills) printed that the parser misread. One class varied
 * at a time, read as a text layer gives it; names and figures are not the batches'.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));
const totals = (inv: ReturnType<typeof parse>) => [inv.amount, inv.taxAmount, inv.totalAmount];
/** A totals block at the right: one label and its figure a row, from the given height down. */
const totalsBlock = (rows: Array<[string, string]>, top = 150, x = 110) => rows.flatMap(([label, figure], i) => [d(x, top + 5 * i, label), d(172, top + 5 * i, figure)]);

describe('a letter\'s "An" / "To" alone over the address block, without a colon', () => {
  const read = (to: string) => parse([
    d(15, 12, 'Schlosserei Auinger', 6), d(140, 12, 'Schlosserei Auinger GmbH'), d(140, 16, 'Linzer Straße 40'), d(140, 20, '4600 Wels'),
    d(15, 45, to), d(15, 49, 'Landgasthof Zur Linde'), d(15, 53, 'Inh. Franz Mayr'), d(15, 57, 'Kirchenplatz 2'), d(15, 61, '4612 Scharten'),
    d(15, 75, 'RECHNUNG', 5), d(15, 84, 'Nummer'), d(50, 84, 'Datum'), d(85, 84, 'Kunden-Nr.'), d(15, 90, 'R-25/1130'), d(50, 90, '14.11.2025'), d(85, 90, 'K-2204'),
    ...totalsBlock([['Summe netto', 'EUR 1.200,00'], ['zzgl. 20 % USt.', 'EUR 240,00'], ['Gesamtbetrag', 'EUR 1.440,00']]),
  ]);

  it('the name under it is the buyer\'s', () => {
    for (const to of ['An', 'To', 'Aan']) {
      const inv = read(to);
      expect(inv.buyer?.name).toBe('Landgasthof Zur Linde');
      expect([inv.number, inv.seller?.name]).toEqual(['R-25/1130', 'Schlosserei Auinger GmbH']);
    }
  });
});

describe('a bill\'s summary: "VAT at 5%", "Charges before VAT", "Total charges this period / for this bill"', () => {
  const read = (net: string, tax: string, total: string) => parse([
    d(15, 12, 'northwind power', 6), d(130, 12, 'Your electricity bill'), d(130, 17, 'Bill date 4 November 2025'), d(130, 22, 'Invoice number NWP-884120'),
    d(15, 40, 'Mr Colin Ashworth'), d(15, 44, '8 Mill Lane'), d(15, 48, 'Preston PR1 8JT'),
    d(15, 80, 'Electricity used'), d(90, 80, '388.2 kWh'), d(172, 80, '£92.41'), d(15, 85, 'Standing charge'), d(90, 85, '30 days'), d(172, 85, '£15.59'),
    ...totalsBlock([[net, '£108.00'], [tax, '£5.40'], [total, '£113.40']], 95, 15),
    d(15, 270, 'Northwind Power Supply Ltd, 2 Quay Street, Preston PR1 1AB. VAT No. 318 4471 20.', 2.5),
  ]);

  it('reads the rate said with "at" and the period\'s total', () => {
    expect(totals(read('Charges before VAT', 'VAT at 5%', 'Total charges this period'))).toEqual([108, 5.4, 113.4]);
    expect(totals(read('Charges excluding VAT', 'VAT at 5%', 'Total charges for this bill'))).toEqual([108, 5.4, 113.4]);
  });
});

describe('a number printed in groups whose last group is shorter ("7004 8812 19")', () => {
  it('is read whole', () => {
    const inv = parse([
      d(15, 12, 'Harbour Water Pty Ltd', 5), d(130, 12, 'Tax invoice'), d(130, 17, 'Invoice no. 6120 4471 08'), d(130, 22, 'Issue date 12 Nov 2025'),
      d(15, 40, 'Ms Alana Whitby'), d(15, 44, '4 Reef St'), d(15, 48, 'Townsville QLD 4810'),
      ...totalsBlock([['Total charges (excl. GST)', '$120.00'], ['GST', '$12.00'], ['This bill (incl. GST)', '$132.00']], 90),
    ]);
    expect(inv.number).toBe('6120 4471 08');
  });
});

describe('a registration number on the name\'s row after its company form; two titled persons', () => {
  const read = (sellerRow: string, buyer: string) => parse([
    d(15, 12, 'Tasman Gas', 6), d(15, 20, sellerRow), d(15, 25, 'PO Box 40, Hobart TAS 7001'),
    d(140, 12, 'Tax invoice'), d(140, 17, 'Invoice no. TG-118204'), d(140, 22, 'Issue date 3 Nov 2025'),
    d(15, 42, buyer), d(15, 47, '9 WATTLE AVE'), d(15, 52, 'SANDY BAY TAS 7005'),
    ...totalsBlock([['Total charges (excl. GST)', '$80.00'], ['GST', '$8.00'], ['Total (incl. GST)', '$88.00']], 90),
  ]);

  it('the seller ends with its form, the ABN after it is not its name\'s', () => {
    expect(read('Tasman Gas Retail Pty Ltd ABN 12 004 118 276', 'MS K RANGI').seller?.name).toBe('Tasman Gas Retail Pty Ltd');
  });

  it('"MR J & MRS P OKAFOR": both titles stay, the first is not cut as a salutation', () => {
    expect(read('Tasman Gas Retail Pty Ltd', 'MR J & MRS P OKAFOR').buyer?.name).toBe('MR J & MRS P OKAFOR');
  });
});

describe('a buyer\'s label with its translation, a department row in two languages', () => {
  it('"Vendu à / Sold to" labels the block; "Comptes payables / Accounts payable" is no part of the name', () => {
    const inv = parse([
      d(15, 12, 'Ébénisterie Vallée inc.', 5), d(15, 18, '220, rue King Ouest, Sherbrooke (Québec) J1H 1P8'),
      d(150, 12, 'FACTURE / INVOICE'), d(150, 17, 'No: EV-20417'), d(150, 22, 'Date: 2025-11-12'),
      d(15, 40, 'Vendu à / Sold to'), d(15, 45, 'Résidence Les Érables inc.'), d(15, 50, 'Comptes payables / Accounts payable'),
      d(15, 55, '1200, rue Galt Est'), d(15, 60, 'Sherbrooke (Québec) J1G 1X9'),
      d(110, 40, 'Expédié à / Ship to'), d(110, 45, 'Même adresse / Same address'),
      ...totalsBlock([['Sous-total / Subtotal', '1,000.00 $'], ['TPS / GST 5 %', '50.00 $'], ['TVQ / QST 9,975 %', '99.75 $'], ['Total', '1,149.75 $']]),
    ]);
    expect(inv.buyer?.name).toBe('Résidence Les Érables inc.');
    expect(inv.seller?.name).toBe('Ébénisterie Vallée inc.');
  });
});

describe('a French "Client :" box whose department row follows the name', () => {
  it('"Service administratif" under the name is a department, not the name\'s end', () => {
    const inv = parse([
      d(15, 12, 'Papeterie du Maine', 5), d(15, 18, 'SARL au capital de 8 000 €'), d(15, 23, '6 rue Nationale, 72000 Le Mans'),
      d(107, 14, 'Client :'), d(107, 19, 'Étude Lemoine, Garnier et Associés Notaires'), d(107, 24, 'Service administratif'), d(107, 29, '12 place de la République'), d(107, 34, '72000 Le Mans'),
      d(15, 46, 'FACTURE N° PM25-0418'), d(80, 46, 'du 14/11/2025'),
      ...totalsBlock([['Total HT', '500,00 €'], ['TVA 20 %', '100,00 €'], ['Total TTC', '600,00 €']]),
    ]);
    expect(inv.buyer?.name).toBe('Étude Lemoine, Garnier et Associés Notaires');
  });
});

describe('a seller\'s name in capitals over its legal line in small letters', () => {
  const read = (logo: string, legal: string) => parse([
    d(15, 12, logo, 6), d(150, 12, 'SALES INVOICE'), d(150, 17, 'Invoice No: 20871'), d(150, 22, 'Tax point: 12/11/2025'),
    d(15, 35, 'Invoice to'), d(15, 40, 'Dee Valley Care Homes Ltd'), d(15, 45, '4 Bridge Street'), d(15, 50, 'Chester CH1 1NQ'),
    ...totalsBlock([['Net total', '£400.00'], ['VAT @ 20%', '£80.00'], ['Invoice total', '£480.00']]),
    d(15, 270, legal, 2.5),
  ]);

  it('takes the form after the name without the comma that follows it', () => {
    expect(read('WIRRAL CATERING SUPPLIES', 'Wirral Catering Supplies Ltd, Unit 3 Dock Road, Birkenhead CH41 1DQ. Registered in England No. 07718820.').seller?.name).toBe('Wirral Catering Supplies Ltd');
  });

  it('reads a German "SS" in capitals as the "ß" the legal line prints', () => {
    expect(read('GASTRO-GROSSHANDEL KRAUSE GMBH', 'Gastro-Großhandel Krause GmbH · AG Fulda HRB 4410 · GF Ina Krause').seller?.name).toBe('Gastro-Großhandel Krause GmbH');
  });
});
