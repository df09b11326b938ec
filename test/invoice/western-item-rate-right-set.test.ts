/**
 * An item table whose rate column's figures are set right, past the midpoint between its header and the amount's
 * ("VAT %" over "18", "Amount" over "528.00", as a Maltese catering bill prints them): the rate fell in the amount's
 * band and was read as its thousands ("18 528.00": 18528.00), and the items' sum no longer met the totals.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const d = (x: number, y: number, text: string): Draw => ({ x, y, text });

/** The bill, each item's rate drawn at `rateX`, the rate column's header `rateHeader`. */
const bill = (rateX: number, rateHeader = 'VAT %') => parseWesternInvoiceText(toPageText([
  d(24, 15, 'Il-Fortizza Catering Ltd'), d(24, 21, 'Triq il-Kbira, Mosta MST 1020, Malta  VAT No. MT 12345678'),
  d(24, 40, 'Customer:'), d(110, 40, 'Bill No: 004512'), d(24, 46, 'Harbour Yacht Services Ltd'), d(110, 46, 'Date: 22/05/2025'),
  d(24, 74, 'Item'), d(97, 74, 'Qty'), d(113, 74, 'Price'), d(135, 74, rateHeader), d(161, 74, 'Amount'),
  d(24, 81, 'Buffet lunch menu B'), d(106, 81, '24'), d(121, 81, '22.00'), d(rateX, 81, '18'), d(177, 81, '528.00'),
  d(24, 88, 'Soft drinks & water'), d(106, 88, '48'), d(124, 88, '2.50'), d(rateX, 88, '18'), d(177, 88, '120.00'),
  d(24, 95, 'Delivery & set-up'), d(108, 95, '1'), d(121, 95, '60.00'), d(rateX, 95, '18'), d(180, 95, '60.00'),
  d(120, 110, 'Total excl. VAT'), d(170, 110, '€600.00'), d(120, 116, 'VAT 18%'), d(170, 116, '€108.00'),
  d(120, 122, 'Total incl. VAT'), d(170, 122, '€708.00'),
], 210, 297));

describe('a rate set right in its column', () => {
  it('is the line\'s rate, not the thousands of its amount', () => {
    for (const x of [154, 150, 145]) {
      const inv = bill(x);
      expect(inv.items.map((i) => i.amount), `rate at ${x}`).toEqual([528, 120, 60]);
      expect(inv.items.map((i) => i.taxRate), `rate at ${x}`).toEqual([0.18, 0.18, 0.18]);
    }
  });
});
