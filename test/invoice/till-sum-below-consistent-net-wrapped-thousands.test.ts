/**
 * Totals whose figures, with a space between thousands, wrapped in their narrow cells ("Net amount  NOK 71" over
 * "200.00"): the invoice's reading takes the net, tax and total whole, and they agree (net and tax make the total);
 * the till's sum, adding the items' last groups of figures apart (200.00, as the net's wrapped end), made a total of
 * 200.00 and replaced the invoice's, dropping its net and tax. A till's total below a net whose tax makes the total is
 * no total of the page.
 */
import { describe, expect, it } from 'vitest';
import { linesToText, pageLines } from '../../src/invoice/layout.js';
import { checkTillArithmetic } from '../../src/invoice/receipt.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const d = (x: number, y: number, text: string): Draw => ({ x, y, text });
const read = (draws: Draw[]) => {
  const pages = toPageText(draws, 210, 297);
  return checkTillArithmetic(parseWesternInvoiceText(pages), linesToText(pageLines(pages)));
};
const head = [
  d(20, 16, 'Vestland Trebåt AS'), d(20, 22, 'Kaivegen 3, 5700 Voss · Org. nr. 917 220 451 MVA'),
  d(20, 36, 'Bill to'), d(20, 42, 'Voss Roklubb'), d(20, 48, 'Postboks 88, 5701 Voss'),
  d(130, 36, 'INVOICE'), d(130, 42, 'Invoice no.: 2291'), d(130, 48, 'Date: 20.11.2026'),
  d(20, 62, 'Description'), d(110, 62, 'Qty'), d(130, 62, 'Unit price'), d(170, 62, 'Amount'),
  d(20, 68, 'Rowing skiff, larch on oak'), d(110, 68, '1'), d(130, 68, '60 000.00'), d(170, 68, '60 000.00'),
  d(20, 74, 'Sail and rig'), d(110, 74, '1'), d(130, 74, '8 150.00'), d(170, 74, '8 150.00'),
  d(20, 80, 'Cover, canvas'), d(110, 80, '1'), d(130, 80, '3 050.00'), d(170, 80, '3 050.00'),
];

describe('totals wrapped at their thousands in narrow cells', () => {
  it('keeps the net, tax and total that agree', () => {
    const inv = read([...head,
      d(110, 90, 'Net amount'), d(150, 90, 'NOK 71'), d(150, 95, '200.00'),
      d(110, 101, 'VAT 25 %'), d(150, 101, 'NOK 17 800.00'),
      d(110, 107, 'Invoice total'), d(150, 107, 'NOK 89'), d(150, 112, '000.00'),
    ]);
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([71200, 17800, 89000]);
  });
});
