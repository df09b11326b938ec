import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ocrToPageText } from '../../src/ocr/to-page-text.js';
import { pageLines } from '../../src/invoice/layout.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { normalizeCjkSpacing } from '../../src/ocr/cjk.js';
import { createOcrPool, type OcrPool } from '../../src/ocr/tesseract/pool.js';
import type { OcrLine, OcrResult, OcrWord } from '../../src/ocr/types.js';
import { ENGLISH_INVOICE, makeInvoicePdf, renderPng } from './helpers.js';

const PT_TO_MM = 25.4 / 72;

function word(text: string, x0: number, x1: number, y0 = 100, y1 = 130): OcrWord {
  return { text, confidence: 90, bbox: { x0, y0, x1, y1 } };
}

function line(words: OcrWord[]): OcrLine {
  const bbox = {
    x0: Math.min(...words.map((w) => w.bbox.x0)),
    y0: Math.min(...words.map((w) => w.bbox.y0)),
    x1: Math.max(...words.map((w) => w.bbox.x1)),
    y1: Math.max(...words.map((w) => w.bbox.y1)),
  };
  return { text: words.map((w) => w.text).join(' '), confidence: 90, bbox, baseline: { y0: bbox.y1, y1: bbox.y1 }, words };
}

function result(lines: OcrLine[]): OcrResult {
  return { text: '', confidence: 90, lines, words: lines.flatMap((l) => l.words), width: 1240, height: 1754 };
}

describe('normalizeCjkSpacing', () => {
  test('removes spaces only between two CJK characters', () => {
    expect(normalizeCjkSpacing('发 票 号 码 ： 12345')).toBe('发票号码： 12345');
    expect(normalizeCjkSpacing('价 税 合 计 （ 大 写 ）')).toBe('价税合计（大写）');
    expect(normalizeCjkSpacing('金额 100.00 元')).toBe('金额 100.00 元');
    expect(normalizeCjkSpacing('Total 2,076.00')).toBe('Total 2,076.00');
  });
});

describe('ocrToPageText (unit)', () => {
  test('converts pixels to millimetres at the given dpi, top-left origin', () => {
    const page = ocrToPageText(result([line([word('Total', 150, 250, 300, 330)])]), { dpi: 150, page: 2 });
    expect(page.page).toBe(2);
    expect(page.width).toBeCloseTo((1240 / 150) * 25.4, 5); // 209.97 mm, A4
    expect(page.height).toBeCloseTo((1754 / 150) * 25.4, 5);
    expect(page.items).toHaveLength(1);
    const item = page.items[0]!;
    expect(item.text).toBe('Total');
    expect(item.page).toBe(2);
    expect(item.x).toBeCloseTo(25.4, 6);                // 150px at 150 dpi = 1 inch
    expect(item.y).toBeCloseTo(50.8, 6);                // 300px
    expect(item.width).toBeCloseTo((100 / 150) * 25.4, 6);
    expect(item.height).toBeCloseTo((30 / 150) * 25.4, 6);
  });

  test('splits a line into phrases at wide gaps; keeps ordinary spaces', () => {
    // Line height 30px: a 20px gap is a space, a 400px gap separates label and value.
    const ocr = result([line([word('Invoice', 100, 200), word('No:', 220, 260), word('INV-1', 660, 760)])]);
    expect(ocrToPageText(ocr, { dpi: 300 }).items.map((i) => i.text)).toEqual(['Invoice No:', 'INV-1']);
    expect(ocrToPageText(ocr, { dpi: 300, level: 'line' }).items.map((i) => i.text)).toEqual(['Invoice No: INV-1']);
    expect(ocrToPageText(ocr, { dpi: 300, level: 'word' }).items.map((i) => i.text)).toEqual(['Invoice', 'No:', 'INV-1']);
  });

  test('joins per-glyph CJK words without spaces', () => {
    const ocr = result([line([word('发', 100, 130), word('票', 132, 162), word('号', 164, 194), word('码', 196, 226), word('12345', 236, 330)])]);
    expect(ocrToPageText(ocr, { dpi: 200 }).items.map((i) => i.text)).toEqual(['发票号码 12345']);
  });

  test('sorts items top to bottom, then left to right', () => {
    const ocr = result([
      line([word('second', 100, 200, 400, 430)]),
      line([word('right', 900, 1000, 100, 130)]),
      line([word('left', 100, 200, 100, 130)]),
    ]);
    expect(ocrToPageText(ocr, { dpi: 150 }).items.map((i) => i.text)).toEqual(['left', 'right', 'second']);
  });

  test('rejects a missing dpi', () => {
    expect(() => ocrToPageText(result([]), { dpi: 0 })).toThrow(/dpi/);
  });
});

describe('CJK read unsure on a page in Latin letters', () => {
  // PaddleOCR's boxes as it read a UK invoice's info block at 200 dpi: a box of its own between the label and the value.
  const box = (text: string, x0: number, x1: number, confidence: number, y0 = 331) => ({ ...line([{ ...word(text, x0, x1, y0, y0 + 45), confidence }]), confidence });
  const latin = [box('Oakfield Joinery Ltd', 165, 669, 98, 122), box('Unit 9 Brook Lane Industrial Estate, Ludlow SY8 1HP', 157, 1047, 97, 169), box('Invoice to', 165, 354, 99)];
  const texts = (stray: OcrLine, others = latin) => ocrToPageText(result([...others, box('Invoice no.', 929, 1102, 99), stray, box('OJ-2025-0447', 1152, 1394, 98)]), { dpi: 200 }).items.map((i) => i.text);

  test('is the blank between two cells read as characters: left out', () => {
    expect(texts(box('盗餐', 1109, 1150, 7))).toEqual(['Oakfield Joinery Ltd', 'Unit 9 Brook Lane Industrial Estate, Ludlow SY8 1HP', 'Invoice to', 'Invoice no.', 'OJ-2025-0447']);
    expect(texts(box('饭', 1109, 1150, 14))).not.toContain('饭');
    // Without the box the row reads as the text layer's: the label, then its value.
    const pages = [ocrToPageText(result([...latin, box('Invoice no.', 929, 1102, 99), box('盗餐', 1109, 1150, 7), box('OJ-2025-0447', 1152, 1394, 98)]), { dpi: 200 })];
    expect(pageLines(pages).map((l) => l.text)).toContain('Invoice to  Invoice no.  OJ-2025-0447');
    expect(parseWesternInvoiceText(pages).number).toBe('OJ-2025-0447');
  });

  test('is kept when read sure, or on a page in CJK', () => {
    expect(texts(box('盗餐', 1109, 1150, 93))).toContain('盗餐');
    const chinese = ['发票号码：04412345', '购买方名称：杭州云票科技有限公司', '价税合计（大写）壹佰陆拾圆整'].map((t, i) => box(t, 165, 900, 98, 122 + 60 * i));
    expect(texts(box('有', 1109, 1150, 26), chinese)).toContain('有');
  });
});

describe('ocrToPageText (real OCR)', () => {
  let pool: OcrPool;
  beforeAll(() => { pool = createOcrPool({ langs: 'eng', concurrency: 1 }); });
  afterAll(() => pool.dispose());

  test('places labels and amounts where the PDF drew them', async () => {
    const { png, dpi } = await renderPng(await makeInvoicePdf(ENGLISH_INVOICE), 150);
    const page = ocrToPageText(await pool.recognize(png, { dpi }), { dpi });
    expect(page.width).toBeCloseTo(210, 0);
    expect(page.height).toBeCloseTo(297, 0);

    const invoiceNo = page.items.find((i) => i.text.includes('INV-2024-0042'));
    expect(invoiceNo).toBeDefined();
    // Drawn at x = 60pt, baseline 780 - 28 = 752pt from the bottom, 14pt Helvetica.
    // Within a millimetre (the glyph's side bearing puts the ink slightly right of the pen position).
    expect(Math.abs(invoiceNo!.x - 60 * PT_TO_MM)).toBeLessThan(1);
    const baselineFromTop = (841.89 - 752) * PT_TO_MM;
    expect(invoiceNo!.y).toBeGreaterThan(baselineFromTop - 14 * PT_TO_MM);
    expect(invoiceNo!.y).toBeLessThan(baselineFromTop);

    // "Total" and its amount: separate phrases on one row, amount to the right.
    const total = page.items.find((i) => i.text === 'Total');
    const amount = page.items.find((i) => i.text === '2,076.00');
    expect(total).toBeDefined();
    expect(amount).toBeDefined();
    expect(Math.abs(total!.y - amount!.y)).toBeLessThan(1);
    expect(amount!.x).toBeGreaterThan(total!.x + total!.width);
  });
});

describe('company forms OCR read in the wrong case', () => {
  test('are written as the parsers know them, the certainties kept in step', () => {
    const words = [word('Gruber', 100, 200), word('Installationen', 210, 400), word('Gmbh', 410, 480)];
    words[2]!.charConfidence = [90, 80, 70, 60];
    const page = ocrToPageText(result([line(words), line([word('Tuinhuis', 100, 220, 200, 230), word('Online', 230, 320, 200, 230), word('B.v.', 330, 380, 200, 230)])]), { dpi: 200 });
    expect(page.items.map((i) => i.text)).toEqual(['Gruber Installationen GmbH', 'Tuinhuis Online B.V.']);
    expect(page.items[0]!.charConfidence?.length).toBe('Gruber Installationen GmbH'.length);
  });

  test('the Danish ApS read with its capital S small', () => {
    const page = ocrToPageText(result([line([word('Fjordbyens', 100, 260), word('Bud', 270, 330), word('Aps', 340, 400)]), line([word('Hansen', 100, 200, 200, 230), word('&', 210, 225, 200, 230), word('Søn', 235, 300, 200, 230), word('Aps,', 310, 380, 200, 230)])]), { dpi: 200 });
    expect(page.items.map((i) => i.text)).toEqual(['Fjordbyens Bud ApS', 'Hansen & Søn ApS,']);
  });

  test('leave capitals, other words and addresses alone', () => {
    const texts = ['FUNKWERK GMBH', 'Papierflieger-Vertriebs-GmbH', '308,500 kg', 'info@muster-gmbh.de', 'Kanzlei Weber mbH', 'Nordlys APS', 'see /aps'];
    const page = ocrToPageText(result(texts.map((t, i) => line(t.split(' ').map((w, k) => word(w, 100 + 200 * k, 280 + 200 * k, 100 + 50 * i, 130 + 50 * i))))), { dpi: 200 });
    expect(page.items.map((i) => i.text)).toEqual(texts);
  });
});

describe("the certainty of a tesseract reading's words", () => {
  test("keeps each word's own, so a speck read as a word of its own leaves the name beside it sure", async () => {
    const { markedReading } = await import('../../src/extract/ocr-marks.js');
    // A row read again with Portuguese's model: a speck at the crop's edge read "." at 0, the name at 95-97.
    const read = [word('.', 30, 38), word('Hotel', 60, 160), word('Miradouro', 170, 360), word('do', 370, 410), word('Porto,', 420, 540), word('S.A.', 550, 640)];
    read.forEach((w, k) => { w.confidence = [0, 96, 97, 96, 95, 95][k]!; });
    const page = ocrToPageText(result([line(read)]), { dpi: 300 });
    expect(page.items.map((i) => i.text)).toEqual(['. Hotel Miradouro do Porto, S.A.']);
    expect(page.items[0]!.confidence).toBe(0);
    expect(page.items[0]!.charConfidence?.slice(0, 3)).toEqual([0, 100, 96]);
    expect(markedReading(page.items, 'Hotel Miradouro do Porto, S.A.')).toBe('Hotel Miradouro do Porto, S.A.');
    // A word of the name itself read unsure leaves it unsettled.
    read[1]!.confidence = 30;
    expect(markedReading(ocrToPageText(result([line(read)]), { dpi: 300 }).items, 'Hotel Miradouro do Porto, S.A.')).toBeUndefined();
    // Words all read alike: the item's certainty alone, as before.
    const even = ocrToPageText(result([line([word('Hotel', 60, 160), word('Miradouro', 170, 360)])]), { dpi: 300 });
    expect(even.items[0]!.charConfidence).toBeUndefined();
  });
});
