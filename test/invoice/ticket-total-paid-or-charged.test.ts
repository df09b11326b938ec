/**
 * A ticket's invoice, paid by card when booked: the fare, the carrier's charges and the taxes over "Total paid",
 * "Total amount paid" or "Total charged EUR", VAT 0 on international transport. No other label names the gross:
 * the total was missing, and the net with it. Where a total is labelled as such, a "Total paid" under it is what
 * came off it and stays no gross.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const ticket = (lines: Array<[string, string]>, x = 20): Draw[] => [
  d(20, 15, 'SkyHarbour Airways DAC', 6),
  d(20, 23, 'Hangar 4, Dublin Airport, Co. Dublin K67 X2P4 · VAT No. IE 3412880QH'),
  d(20, 40, 'Invoice to'), d(120, 40, 'Invoice No.'), d(155, 40, 'SHA-IE-2026-884107'),
  d(20, 45, 'Northgate Consulting Ltd'), d(120, 45, 'Date of issue'), d(155, 45, '17 Nov 2026'),
  d(20, 50, '12 Fitzwilliam Square'), d(120, 50, 'Booking reference'), d(155, 50, 'K7QX2P'),
  d(20, 55, 'Dublin 2, D02 HX38'),
  d(x, 80, 'Description'), d(x + 110, 80, 'EUR'),
  ...lines.flatMap(([label, value], i) => [d(x, 87 + 6 * i, label), d(x + 120 - value.length * 1.65, 87 + 6 * i, value)]),
  d(20, 150, 'Form of payment: Visa xxxx 9921, 17 Nov 2026. This document is valid without signature.'),
];

const read = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));

describe('a ticket\'s total labelled as paid or charged', () => {
  it('is the gross, the net the gross less the nil VAT', () => {
    for (const [label, x] of [['Total paid', 20], ['Total amount paid', 100], ['Total charged EUR', 20], ['Total charged', 100]] as const) {
      const inv = read(ticket([
        ['Air fare', '412.00'],
        ['Carrier-imposed charges (YQ)', '96.00'],
        ['Government taxes, fees and charges', '78.45'],
        ['VAT (international transport, 0%)', '0.00'],
        [label, '586.45'],
      ], x));
      expect([inv.amount, inv.taxAmount, inv.totalAmount], label).toEqual([586.45, 0, 586.45]);
    }
  });

  it('control: under a labelled total, "Total paid" is a payment, not the gross', () => {
    const inv = read(ticket([
      ['Subtotal', '500.00'],
      ['VAT 23%', '115.00'],
      ['Invoice total', '615.00'],
      ['Total paid', '200.00'],
      ['Balance due', '415.00'],
    ]));
    expect(inv.totalAmount).toBe(615);
  });
});
