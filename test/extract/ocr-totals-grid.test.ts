/**
 * A one-row totals grid on a scan: its headers ("Net Amount €", "VAT 19%", "Total Amount") set closer than
 * the gap that splits an OCR line, read as one phrase over the figures OCR boxed one by one.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { ocrToPageText } from '../../src/ocr/to-page-text.js';
import type { OcrLine, OcrResult } from '../../src/ocr/types.js';

/** A line of words 46 px high at `x` (pixels at 200 dpi), each word 25 px a character and a space 8 px, or where `at` puts them. */
function line(text: string, x: number, y: number, at?: Array<[number, number]>): OcrLine {
  let left = x;
  const words = text.split(' ').map((w, k) => {
    const [x0, x1] = at?.[k] ?? [left, left + 25 * w.length];
    left = x1 + 8;
    return { text: w, confidence: 95, bbox: { x0, y0: y, x1, y1: y + 46 } };
  });
  return { text, confidence: 95, bbox: { x0: words[0]!.bbox.x0, y0: y, x1: words.at(-1)!.bbox.x1, y1: y + 46 }, baseline: { y0: y + 36, y1: y + 36 }, words };
}

/** The headers' words as PaddleOCR places them, spread over its line's box. */
const HEADERS = (): OcrLine => line('Net Amount € VAT 19% Total Amount', 134, 1015, [[134, 211], [218, 364], [372, 395], [433, 502], [517, 586], [663, 755], [763, 957]]);

function scan(headers: OcrLine, figures = ['1,064.00', '202.16', '1,266.16']): OcrResult {
  const lines = [
    line('Troodos Office Solutions Ltd', 1032, 132), line('INVOICE', 143, 138),
    line('Invoice to', 139, 456), line('Invoice No.', 991, 462), line('INV-25/07731', 1272, 465),
    line('Akamas Dental Clinic Ltd', 139, 496), line('Date', 990, 517), line('20/11/2025', 1273, 515),
    line('14 Apostolou Pavlou Ave', 139, 536), line('8046 Paphos', 136, 574),
    line('Description', 137, 741), line('Amount €', 1288, 742),
    line('Toner cartridge, black', 137, 792), line('1,064.00', 1375, 794),
    headers,
    ...[line('1,064.00', 241, 1070), line('202.16', 503, 1071), line('1,266.16', 787, 1072)].filter((l) => figures.includes(l.text)),
  ];
  return { text: lines.map((l) => l.text).join('\n'), confidence: 95, words: lines.flatMap((l) => l.words), lines, width: 1654, height: 2339 };
}

const read = (headers: OcrLine) => {
  const inv = parseWesternInvoiceText([ocrToPageText(scan(headers), { dpi: 200 })]);
  return { amount: inv.amount, taxAmount: inv.taxAmount, totalAmount: inv.totalAmount };
};

describe('a one-row totals grid whose headers OCR read as one phrase', () => {
  it('reads the net and the tax under their headers, cut where the blanks between the figures are', () => {
    expect(read(HEADERS())).toEqual({ amount: 1064, taxAmount: 202.16, totalAmount: 1266.16 });
  });

  it('leaves the phrase as the gaps between its words cut it over one figure', () => {
    const page = ocrToPageText(scan(HEADERS(), ['1,266.16']), { dpi: 200 });
    expect(page.items.map((i) => i.text)).toContain('Net Amount € VAT 19%');
  });
});

describe('a table of items under its headers', () => {
  it('keeps its header as read: two rows of figures are no one-row grid', () => {
    const result = scan(HEADERS());
    const second = [line('2,000.00', 241, 1116), line('380.00', 503, 1117), line('2,380.00', 787, 1118)];
    const page = ocrToPageText({ ...result, lines: [...result.lines, ...second] }, { dpi: 200 });
    expect(page.items.map((i) => i.text)).toContain('Net Amount € VAT 19%');
  });
});

describe('a grid whose row of figures holds a rate among its amounts', () => {
  it('keeps its headers as read: the cut would miss the rate\'s column', () => {
    const result = scan(HEADERS(), []);
    const row = [line('1,064.00', 160, 1070), line('19', 400, 1070), line('202.16', 460, 1071), line('1,266.16', 787, 1072)];
    const page = ocrToPageText({ ...result, lines: [...result.lines, ...row] }, { dpi: 200 });
    expect(page.items.map((i) => i.text)).toContain('Net Amount € VAT 19%');
  });
});
