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
