/**
 * An ERP's print labelling the billed party "Bill-to Customer" (and the delivery "Ship-to"), as Oracle's and other
 * large ERPs' invoice layouts do: the name under it is the buyer's.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const buyerOf = (label: string) => parseWesternInvoiceText(toPageText([
  d(17, 14, 'Harwich Lab Supplies Ltd', 5), d(167, 14, 'INVOICE', 5), d(17, 20, '3 Quay Road, Harwich CO12 3AB'),
  d(18, 36, 'Transaction Number'), d(60, 36, '774120'), d(18, 41, 'Transaction Date'), d(60, 41, '12-NOV-2026'),
  d(17, 61, label), d(106, 61, 'Ship-to'),
  d(17, 66, 'Essex Water Testing Trust'), d(106, 66, 'Essex Water Testing Trust – Store'),
  d(17, 71, 'Accounts Payable'), d(106, 71, 'Unit 4, Colne Park'),
  d(17, 76, '12 High Street'), d(106, 76, 'Colchester CO4 5XY'),
  d(17, 81, 'Chelmsford CM1 1AA'),
  d(17, 92, 'Description'), d(174, 92, 'Amount'), d(17, 98, 'Sample bottles'), d(174, 98, '500.00'),
  d(120, 110, 'Lines Subtotal'), d(174, 110, '500.00'), d(120, 115, 'Tax (VAT 20%)'), d(174, 115, '100.00'), d(120, 120, 'Total Amount GBP'), d(174, 120, '600.00'),
], 210, 297)).buyer?.name;

describe('"Bill-to Customer" labels the buyer', () => {
  it.each([['Bill-to Customer'], ['Bill To Customer:']])('%s', (label) => {
    expect(buyerOf(label)).toBe('Essex Water Testing Trust');
  });
});
