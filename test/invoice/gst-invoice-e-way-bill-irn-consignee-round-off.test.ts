/**
 * An Indian GST invoice as accounting packages print it: the e-invoice's registration over the head ("IRN : <hash>",
 * "Ack No. : …") beside the e-way bill's number, the seller's name in capitals without a company form, the
 * consignee's block ("Consignee (Ship to)", a branch) above the buyer's ("Buyer (Bill to)"), items, then the taxes
 * as ledger rows under an unlabelled subtotal and a round-off that takes the paise off the total. The e-way bill's
 * number was the invoice's, the IRN row the seller, the consignee the buyer, and the net the total less the tax.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { roundingIn } from '../../src/invoice/receipt/totals.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const item = (x: number, y: number, text: string, height = 3): TextItem => ({ text, x, y, height, width: text.length * height * 0.5, page: 1 });

const page = (opts: { roundOff?: string } = {}): PageText[] => [{ page: 1, width: 210, height: 297, items: [
  item(95, 10, 'Tax Invoice', 4),
  item(12, 16, 'IRN : 0b9e44c1d7a2f58e36c0a9d1b4e7f20c85d3a6b9e1f4c7d0a2b5e8f1c4d7a0b3', 2.4),
  item(12, 19.5, 'Ack No. : 162519876543210', 2.4), item(130, 19.5, 'e-Way Bill No. : 7310 2284 5519', 2.4),
  item(12, 23, 'Ack Date : 09-Oct-25', 2.4),
  item(12, 30, 'GANGA AGRO EQUIPMENT WORKS'), item(110, 30, 'Invoice No.'), item(160, 30, 'Dated'),
  item(12, 34, 'Industrial Area Phase II, Ludhiana - 141003'), item(110, 34, 'GAEW/0457/25-26'), item(160, 34, '09-Oct-25'),
  item(12, 38, 'GSTIN/UIN: 03AAGFG5512K1Z7'), item(110, 38, 'Mode/Terms of Payment'),
  item(12, 42, 'State Name : Punjab, Code : 03'), item(110, 42, '45 Days'),
  item(12, 52, 'Consignee (Ship to)'), item(110, 52, "Buyer's Order No."),
  item(12, 56, 'Doaba Farm Services Private Limited - Jalandhar Depot'), item(110, 56, 'DFS/PO/1188'),
  item(12, 60, 'GT Road, Jalandhar - 144001'),
  item(12, 64, 'GSTIN/UIN : 03AACCD7781M1ZP'),
  item(12, 74, 'Buyer (Bill to)'), item(110, 74, 'Terms of Delivery'),
  item(12, 78, 'Doaba Farm Services Private Limited'), item(110, 78, 'Ex works'),
  item(12, 82, 'SCO 14, Sector 17, Chandigarh - 160017'),
  item(12, 86, 'GSTIN/UIN : 04AACCD7781M1ZN'),
  item(12, 96, 'Sl'), item(20, 96, 'Description of Goods'), item(90, 96, 'HSN/SAC'), item(115, 96, 'Quantity'), item(140, 96, 'Rate'), item(175, 96, 'Amount'),
  item(12, 101, '1'), item(20, 101, 'Rotavator blade L-type'), item(90, 101, '8432'), item(115, 101, '400 Nos'), item(140, 101, '118.40'), item(175, 101, '47,360.00'),
  item(12, 105, '2'), item(20, 105, 'Tractor seat cushion'), item(90, 105, '9401'), item(115, 105, '25 Nos'), item(140, 105, '865.60'), item(175, 105, '21,640.00'),
  item(175, 110, '69,000.00'),
  item(40, 115, 'OUTPUT CGST @ 6%'), item(175, 115, '2,841.60'),
  item(40, 119, 'OUTPUT SGST @ 6%'), item(175, 119, '2,841.60'),
  item(40, 123, 'OUTPUT CGST @ 9%'), item(175, 123, '1,947.60'),
  item(40, 127, 'OUTPUT SGST @ 9%'), item(175, 127, '1,947.60'),
  item(40, 131, opts.roundOff ?? 'Less : ROUND OFF'), item(175, 131, '(-)0.40'),
  item(40, 140, 'Total'), item(172, 140, '₹ 78,578.00'),
  item(12, 146, 'Amount Chargeable (in words)'),
  item(12, 150, 'INR Seventy Eight Thousand Five Hundred Seventy Eight Only'),
]}];

describe('an Indian GST invoice with its e-invoice registration and e-way bill', () => {
  const inv = parseWesternInvoiceText(page());

  it('reads the invoice number, not the e-way bill\'s', () => {
    expect(inv.number).toBe('GAEW/0457/25-26');
  });

  it('reads the buyer\'s block, not the consignee\'s', () => {
    expect(inv.buyer.name).toBe('Doaba Farm Services Private Limited');
  });

  it('takes no IRN row, nor the consignee\'s company, for the seller', () => {
    expect(inv.seller.name ?? '').not.toMatch(/IRN|Ack|Doaba/);
  });

  it('reads the net as the printed subtotal the round-off moves the total from', () => {
    expect(inv.taxAmount).toBe(9578.4);
    expect(inv.totalAmount).toBe(78578);
    expect(inv.amount).toBe(69000);
  });

  it('reads a round-off the row takes off as negative', () => {
    expect(roundingIn(['Less : ROUND OFF  (-)0.40', 'Total  78,578.00'], 0.5)).toBe(-0.4);
    expect(roundingIn(['ROUND OFF  0.30', 'Total  78,561.00'], 0.5)).toBe(0.3);
  });
});
