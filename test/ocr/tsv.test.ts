import { describe, expect, test } from 'vitest';
import { parseTesseractTsv } from '../../src/ocr/tesseract/tsv.js';
import { readImageHeader } from '../../src/core/image/image-header.js';
import { renderPdfPage } from '../../src/pdf/render.js';
import { makeInvoicePdf } from './helpers.js';

// Shaped like `tesseract img.png - tsv` output (tab-separated; level 4 = line, 5 = word).
const TSV = [
  'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
  '1\t1\t0\t0\t0\t0\t0\t0\t1240\t1754\t-1\t',
  '2\t1\t1\t0\t0\t0\t120\t90\t400\t80\t-1\t',
  '3\t1\t1\t1\t0\t0\t120\t90\t400\t80\t-1\t',
  '4\t1\t1\t1\t1\t0\t120\t90\t350\t30\t-1\t',
  '5\t1\t1\t1\t1\t1\t120\t90\t90\t24\t95.5\tInvoice',
  '5\t1\t1\t1\t1\t2\t220\t91\t40\t23\t90\tNo:',
  '5\t1\t1\t1\t1\t3\t270\t90\t200\t24\t88\tINV-0042',
  '5\t1\t1\t1\t1\t4\t480\t90\t10\t24\t0\t ',
  '4\t1\t1\t1\t2\t0\t120\t130\t200\t40\t-1\t',
  '5\t1\t1\t1\t2\t1\t120\t130\t30\t30\t91\t发',
  '5\t1\t1\t1\t2\t2\t152\t130\t30\t30\t92\t票',
  '5\t1\t1\t1\t2\t3\t200\t130\t30\t40\t60\tgy',
  '2\t1\t2\t0\t0\t0\t120\t300\t300\t30\t-1\t',
  '3\t1\t2\t1\t0\t0\t120\t300\t300\t30\t-1\t',
  '4\t1\t2\t1\t1\t0\t120\t300\t300\t30\t-1\t',
  '5\t1\t2\t1\t1\t1\t120\t300\t80\t30\t80\tTotal',
  '',
].join('\n');

describe('parseTesseractTsv', () => {
  test('lines, words, boxes, confidences and page text', () => {
    const r = parseTesseractTsv(TSV, 1240, 1754);
    expect(r.width).toBe(1240);
    expect(r.height).toBe(1754);
    expect(r.lines.map((l) => l.text)).toEqual(['Invoice No: INV-0042', '发票 gy', 'Total']);
    expect(r.words.map((w) => w.text)).toEqual(['Invoice', 'No:', 'INV-0042', '发', '票', 'gy', 'Total']);
    expect(r.words[2]!.bbox).toEqual({ x0: 270, y0: 90, x1: 470, y1: 114 });
    expect(r.words[0]!.confidence).toBe(95.5);
    expect(r.lines[0]!.bbox).toEqual({ x0: 120, y0: 90, x1: 470, y1: 120 });
    expect(r.lines[0]!.confidence).toBeCloseTo((95.5 + 90 + 88) / 3, 6);
    // Blank line between paragraphs (block 1 / block 2), as tesseract's own text output has.
    expect(r.text).toBe('Invoice No: INV-0042\n发票 gy\n\nTotal\n');
    expect(r.confidence).toBeCloseTo((95.5 + 90 + 88 + 91 + 92 + 60 + 80) / 7, 6);
  });

  test('the baseline ignores a descending word', () => {
    const r = parseTesseractTsv(TSV, 1240, 1754);
    // Bottoms 160, 160, 170 ("gy" descends): the median is 160 (all three words are in the left half
    // of the 200px line box, so the right end falls back to the whole-line median).
    expect(r.lines[1]!.baseline).toEqual({ y0: 160, y1: 160 });
  });

  test('empty output', () => {
    expect(parseTesseractTsv('', 10, 10)).toEqual({ text: '', confidence: 0, words: [], lines: [], width: 10, height: 10 });
  });
});

describe('readImageHeader', () => {
  test('PNG and JPEG sizes from their headers; anything else is null', async () => {
    const page = await renderPdfPage(await makeInvoicePdf([{ text: 'x' }]), 1, { dpi: 72 });
    expect(readImageHeader(new Uint8Array(await page.encode('png')))).toMatchObject({ kind: 'png', width: page.width, height: page.height });
    expect(readImageHeader(new Uint8Array(await page.encode('jpeg')))).toMatchObject({ kind: 'jpg', width: page.width, height: page.height });
    expect(readImageHeader(new TextEncoder().encode('GIF89a....'))).toBeUndefined();
    expect(readImageHeader(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toBeUndefined();
  });
});
