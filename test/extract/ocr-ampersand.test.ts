/**
 * A party's name whose ampersand OCR read with the space on one side lost ("BRADSHAW &HEYES"): written as a
 * name prints it, "&" between two spaces; one between two letters ("H&M") as read.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string) => ocrItem(x, y, text, 4, 95);

/** A UK invoice scanned, its letterhead read as `head`, its customer's block as `customer`. */
function page(head: string, customer: string): PageText {
  const items = [
    row(15, 14, head), row(15, 19, 'Unit 12, Canal Street, Oldham OL9 6DJ'), row(15, 24, 'VAT Reg No. GB 331 4455 20'),
    row(15, 40, 'INVOICE TO:'), row(15, 45, customer), row(15, 50, '14 Mill Lane'), row(15, 55, 'Rochdale OL11 2AB'),
    row(130, 40, 'Invoice No:'), row(160, 40, 'BH-20417'), row(130, 45, 'Date:'), row(160, 45, '12/11/2025'),
    row(15, 80, 'Description'), row(170, 80, 'Amount'),
    row(15, 88, 'Hydraulic fittings, assorted'), row(170, 88, '420.00'),
    row(120, 110, 'Goods total'), row(170, 110, '420.00'),
    row(120, 116, 'VAT 20%'), row(170, 116, '84.00'),
    row(120, 122, 'Invoice total £'), row(170, 122, '504.00'),
  ];
  return a4(items);
}

const parties = (head: string, customer: string) => {
  const { seller, buyer } = ocrReading(page(head, customer)).invoice;
  return [seller.name, buyer.name];
};

describe('an ampersand read with one space lost', () => {
  it('is written between two spaces, in either party and on either side', () => {
    expect(parties('BRADSHAW &HEYES (ENGINEERING SUPPLIES) LTD', 'Pratt& Sons Ltd')).toEqual(['BRADSHAW & HEYES (ENGINEERING SUPPLIES) LTD', 'Pratt & Sons Ltd']);
  });

  it('spaces a limited partnership form run together at it', () => {
    expect(parties('Hanse Etikettendruck GmbH&Co. KG', 'Pratt & Sons Ltd')[0]).toBe('Hanse Etikettendruck GmbH & Co. KG');
  });

  it('leaves names as printed: spaced, or between two letters', () => {
    expect(parties('BRADSHAW & HEYES (ENGINEERING SUPPLIES) LTD', 'B&Q Trade Ltd')).toEqual(['BRADSHAW & HEYES (ENGINEERING SUPPLIES) LTD', 'B&Q Trade Ltd']);
  });
});
