/**
 * A tax summary of one row on a scan: its headers ("Taxa IVA", "Incidência", "Valor IVA", "Total") set closer
 * than the gap that splits an OCR line, read as one phrase, over a rate with its sign and the amounts, two of
 * which OCR boxed together ("14,23 76,10").
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { ocrToPageText } from '../../src/ocr/to-page-text.js';
import type { OcrLine, OcrResult } from '../../src/ocr/types.js';

/** A line of words 40 px high at `x` (pixels at 200 dpi), each word 20 px a character and a space 14 px, or where `at` puts them. */
function line(text: string, x: number, y: number, at?: Array<[number, number]>): OcrLine {
  let left = x;
  const words = text.split(' ').map((w, k) => {
    const [x0, x1] = at?.[k] ?? [left, left + 20 * w.length];
    left = x1 + 14;
    return { text: w, confidence: 95, bbox: { x0, y0: y, x1, y1: y + 40 } };
  });
  return { text, confidence: 95, bbox: { x0: words[0]!.bbox.x0, y0: y, x1: words.at(-1)!.bbox.x1, y1: y + 40 }, baseline: { y0: y + 32, y1: y + 32 }, words };
}

/** The headers' words as PaddleOCR places them over the columns of the figures. */
const HEADERS = line('Taxa IVA Incidencia Valor IVA Total', 831, 862, [[831, 910], [921, 985], [1010, 1240], [1270, 1380], [1392, 1450], [1480, 1583]]);

function scan(row: OcrLine[]): OcrResult {
  const lines = [
    line('Fatura-Recibo FR 2025/118447', 943, 137), line('Data de emissao: 12/11/2025', 1026, 218),
    line('Cliente', 154, 341), line('Pastelaria Flor do Sado, Lda.', 147, 365), line('Av. Luisa Todi 220', 151, 407), line('2900-452 Setubal', 149, 445),
    line('Descricao', 149, 586), line('Valor c/ IVA', 1302, 599),
    line('Pacote Empresas Fibra 500 Mb', 141, 629), line('39,90 €', 1388, 651), line('Tarifario Movel Empresa', 141, 724), line('36,20 €', 1386, 748),
    HEADERS, ...row,
    line('Total a pagar', 714, 989), line('76,10 €', 1371, 998),
  ];
  return { text: lines.map((l) => l.text).join('\n'), confidence: 95, words: lines.flatMap((l) => l.words), lines, width: 1654, height: 2339 };
}

const read = (row: OcrLine[]) => {
  const inv = parseWesternInvoiceText([ocrToPageText(scan(row), { dpi: 200 })]);
  return { amount: inv.amount, taxAmount: inv.taxAmount, totalAmount: inv.totalAmount };
};

describe('a one-row tax summary whose headers OCR read as one phrase', () => {
  it('reads the net and the tax under their headers, a rate with its sign a column as a figure is', () => {
    const row = [line('23%', 836, 915), line('61,87', 1110, 916), line('14,23 76,10', 1297, 917, [[1297, 1395], [1480, 1583]])];
    expect(read(row)).toEqual({ amount: 61.87, taxAmount: 14.23, totalAmount: 76.1 });
  });

  it('keeps the headers whole over a rate without its sign, a column the cut would miss', () => {
    const row = [line('23', 836, 915), line('61,87', 1110, 916), line('14,23 76,10', 1297, 917, [[1297, 1395], [1480, 1583]])];
    expect(ocrToPageText(scan(row), { dpi: 200 }).items.map((i) => i.text)).toContain('Taxa IVA Incidencia Valor IVA Total');
  });
});
