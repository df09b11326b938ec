/**
 * A bill whose letterhead is a brand without a company form ("moorland power") and whose customer's block,
 * a company's name over its address, is set high beside the bill's grid of account and bill numbers. The
 * company behind the brand is named in a sentence of the foot that follows another on its row ("Gas
 * emergency: … . Moorland Power is a trading name of Moorland Energy Supply Limited,"): that company is the
 * seller, not the customer's, and the customer's block is the buyer's.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));

const bill = (footer: string) => parse([
  d(18, 15, 'moorland power', 7), d(163, 15, 'Your electricity bill', 4),
  d(18, 30, 'Harrowgate Joinery Ltd', 4.5), d(112, 30, 'Account number'), d(164, 31, '700 118 204'),
  d(18, 35.5, '3 Mill Lane'), d(112, 35.5, 'Bill number'), d(164, 36.5, '4410277310'),
  d(18, 40.5, 'Skipton'), d(112, 40.5, 'Bill date'), d(153, 41.5, '12 November 2026'),
  d(18, 45.5, 'BD23 1AB'), d(112, 49, 'Billing period'), d(137, 49, '1 Oct 2026 – 31 Oct 2026'),
  d(18, 120, 'Electricity used'), d(160, 120, '£412.50'), d(18, 126, 'Standing charge'), d(160, 126, '£18.60'),
  d(18, 132, 'Total before VAT'), d(160, 132, '£431.10'), d(18, 138, 'VAT @ 20%'), d(160, 138, '£86.22'),
  d(18, 144, 'Total of this bill'), d(160, 144, '£517.32'),
  d(18, 280, footer, 2.6),
  d(18, 284, 'registered in England no. 08812345, registered office 9 Quay Street, Leeds LS1 4AB. VAT no. GB 318 4471 20.', 2.6),
]);

describe('a brand the foot says is a company\'s trading name', () => {
  it('gives the company as the seller and the high block as the buyer', () => {
    const inv = bill('Power cut: call 105 (your network operator). Moorland Power is a trading name of Moorland Energy Supply Limited,');
    expect(inv.seller.name).toBe('Moorland Energy Supply Limited');
    expect(inv.buyer.name).toBe('Harrowgate Joinery Ltd');
  });
});
