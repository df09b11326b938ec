/**
 * A letterhead set flush right whose name wraps over two rows ("Calder Valley Print &" over "Packaging Ltd"),
 * as a scan reads it: OCR boxes each row round the glyphs it read, so the two rows of one print come out a
 * descender's depth apart in height.
 */
import { describe, expect, it } from 'vitest';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

/** An OCR'd row `height` mm high, ending at the page's right text edge (190 mm). */
const right = (y: number, text: string, height = 5.7) => ocrItem(190 - text.length * 3.1, y, text, height, 95, text.length * 3.1);
const row = (x: number, y: number, text: string) => ocrItem(x, y, text, 5.7, 95, text.length * 2.4);

/** A UK sales invoice scanned, its letterhead's second row boxed `second` mm high (the first 5.7 mm). */
const page = (second: number) => a4([
  right(17, 'Calder Valley Print &'), right(23, 'Packaging Ltd', second), right(29, 'Mytholmroyd Mills, Mytholmroyd', 6.3),
  right(34, 'West Yorkshire HX7 5JH'), right(39, 'Tel 01422 880 512'), right(44, 'VAT Reg No 412 7730 85'),
  row(18, 50, 'Moorland Gin Distillery Ltd'), row(18, 56, 'Accounts Payable'), row(18, 61, 'Unit 3, Hebden Bridge Business Park'), row(18, 66, 'HX7 6AL'),
  row(17, 78, 'SALES INVOICE'), row(120, 78, 'Invoice No: 24117'), row(120, 84, 'Invoice Date: 12/11/2025'),
  row(17, 100, 'Description'), row(165, 100, 'Amount'), row(17, 107, 'Gift boxes, printed'), row(165, 107, '1,200.00'),
  row(120, 130, 'Total excl. VAT'), row(165, 130, '1,200.00'), row(120, 136, 'VAT 20%'), row(167, 136, '240.00'),
  row(120, 142, 'Total incl. VAT'), row(165, 142, '1,440.00'),
]);

describe('a flush-right letterhead wrapped over two rows, on a scan', () => {
  it('is read whole when OCR boxed its rows a descender apart in height', () => {
    expect(ocrReading(page(6.2)).invoice.seller.name).toBe('Calder Valley Print & Packaging Ltd');
  });

  it('as when boxed alike; rows of another print stay apart', () => {
    expect(ocrReading(page(5.7)).invoice.seller.name).toBe('Calder Valley Print & Packaging Ltd');
    expect(ocrReading(page(8.5)).invoice.seller.name).not.toBe('Calder Valley Print & Packaging Ltd');
  });
});
