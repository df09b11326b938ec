/**
 * A broker's or a forwarder's invoice with a tear-off remittance stub: the company's name in capitals wraps in its
 * letterhead cell ("TIDEMARK FREIGHT" over "FORWARDING, INC."), and wraps again in the stub's narrow box under "Make
 * checks payable to" ("TIDEMARK FREIGHT FORWARDING," over "INC."). The second row alone, the one with the company
 * form, was the seller.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const item = (x: number, y: number, text: string, height = 3): TextItem => ({ text, x, y, height, width: text.length * height * 0.5, page: 1 });

const page = (stub: [string, string]): PageText[] => [{ page: 1, width: 216, height: 279, items: [
  item(13, 12, 'TIDEMARK FREIGHT', 5.3), item(160, 12, 'INVOICE', 5.6),
  item(13, 18, 'FORWARDING, INC.', 5.3), item(140, 19, 'INVOICE NO.', 2.3), item(175, 19, 'INVOICE DATE', 2.3),
  item(13, 24, 'Ocean and air freight · NVOCC'), item(140, 23, 'TFF-40771'), item(175, 23, '10/02/2025'),
  item(13, 28, '880 Harbor Way, Suite 12'),
  item(13, 32, 'Seattle, WA 98134'),
  item(13, 42, 'BILL TO:'),
  item(13, 46, 'CASCADIA KAYAK OUTFITTERS LLC'),
  item(13, 50, '410 Marine Drive'),
  item(13, 54, 'Bellingham, WA 98225'),
  item(13, 66, 'Code'), item(35, 66, 'Description'), item(175, 66, 'Amount'),
  item(13, 71, 'OFRT'), item(35, 71, 'Ocean freight Busan–Seattle, 1 x 20GP'), item(175, 71, '2,150.00'),
  item(13, 75, 'DOC'), item(35, 75, 'Documentation fee'), item(175, 75, '65.00'),
  item(13, 79, 'DRAY'), item(35, 79, 'Drayage to Bellingham'), item(175, 79, '540.00'),
  item(130, 88, 'Sales tax'), item(175, 88, '0.00'),
  item(130, 93, 'TOTAL DUE (USD)'), item(172, 93, '$2,755.00'),
  item(60, 150, '✂ PLEASE DETACH AND RETURN THIS PORTION WITH YOUR PAYMENT ✂', 2.2),
  item(13, 158, 'REMITTANCE'), item(110, 158, 'INVOICE NO.', 2.3), item(150, 158, 'AMOUNT DUE', 2.3),
  item(110, 162, 'TFF-40771'), item(150, 162, '$2,755.00'),
  item(13, 166, 'CASCADIA KAYAK OUTFITTERS LLC'),
  item(110, 172, 'Make checks payable to / mail to:'),
  item(110, 176, stub[0]),
  item(110, 180, stub[1]),
  item(110, 184, 'P.O. BOX 3310'),
  item(110, 188, 'SEATTLE, WA 98124-3310'),
]}];

describe('a letterhead name wrapped over two rows, wrapped again on the remittance stub', () => {
  it('reads the whole name', () => {
    expect(parseWesternInvoiceText(page(['TIDEMARK FREIGHT FORWARDING,', 'INC.'])).seller.name).toBe('TIDEMARK FREIGHT FORWARDING, INC.');
  });

  it('as when the stub writes it on one row', () => {
    expect(parseWesternInvoiceText(page(['TIDEMARK FREIGHT FORWARDING, INC.', ''])).seller.name).toBe('TIDEMARK FREIGHT FORWARDING, INC.');
  });
});
