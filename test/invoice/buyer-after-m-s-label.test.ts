/**
 * A Singapore (or Indian, Malaysian) tax invoice cum delivery order addresses its customer as "M/S:" (Messrs.), the
 * name after the colon on the label's row, the address under it. The label was not one, and the row under it, the
 * street, was read as the buyer.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const item = (x: number, y: number, text: string, height = 3): TextItem => ({ text, x, y, height, width: text.length * height * 0.55, page: 1 });

const page = (label: string): PageText[] => [{ page: 1, width: 210, height: 297, items: [
  item(40, 12, 'SENG HUAT OFFICE AUTOMATION PTE LTD', 5),
  item(30, 18, '10 Ubi Crescent #05-31 Ubi Techpark Singapore 408564'),
  item(55, 22, 'Co. & GST Reg. No: 200311872D'),
  item(60, 30, 'TAX INVOICE CUM DELIVERY ORDER', 4),
  item(12, 38, `${label} TAMPINES VETERINARY CLINIC PTE. LTD.`), item(125, 38, 'INVOICE NO : SH/INV/25/0881'),
  item(12, 42, '201 Tampines Street 21'), item(125, 42, 'D/O NO  : SH/DO/25/0712'),
  item(12, 46, '#01-1143'), item(125, 46, 'DATE  : 14/10/2025'),
  item(12, 50, 'Singapore 520201'), item(125, 50, 'TERMS  : 30 DAYS'),
  item(12, 62, 'NO'), item(25, 62, 'DESCRIPTION'), item(130, 62, 'QTY'), item(175, 62, 'AMOUNT'),
  item(12, 67, '1'), item(25, 67, 'LASER PRINTER MONO A4 DUPLEX'), item(130, 67, '1'), item(175, 67, '389.00'),
  item(12, 71, '2'), item(25, 71, 'TONER CARTRIDGE BLACK'), item(130, 71, '2'), item(175, 71, '156.00'),
  item(140, 80, 'SUB-TOTAL'), item(175, 80, '545.00'),
  item(140, 84, 'GST 9%'), item(175, 84, '49.05'),
  item(140, 88, 'TOTAL S$'), item(175, 88, '594.05'),
]}];

describe('a customer addressed as "M/S:"', () => {
  it('reads the name after the label as the buyer', () => {
    expect(parseWesternInvoiceText(page('M/S:')).buyer.name).toBe('TAMPINES VETERINARY CLINIC PTE. LTD.');
  });
});
