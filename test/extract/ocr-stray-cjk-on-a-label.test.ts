/**
 * PaddleOCR's Chinese recogniser reads a speck or the blank at a label's end as a CJK character, unsure, glued to
 * the label's last word ("Invoice #易" before "MC-26-01187"): on a page printed in Latin letters it is noise, and
 * the label must still label its value. (A SaaS invoice's scan, its "PAID" line making it read as a till receipt,
 * so the number left unread was not even asked for: status ok without it.)
 */
import { describe, expect, it } from 'vitest';
import { ocrToPageText } from '../../src/ocr/to-page-text.js';
import type { OcrLine, OcrResult, OcrWord } from '../../src/ocr/types.js';
import { ocrReading } from './ocr-page.js';

/** A word at 200 dpi, each character read at `sure` unless `chars` says, 22 px a character unless `x1` says. */
const word = (text: string, x0: number, y0: number, sure = 99, chars?: number[], x1 = x0 + text.length * 22): OcrWord => {
  const charConfidence = chars ?? [...text].map(() => sure);
  return { text, confidence: Math.min(...charConfidence), bbox: { x0, y0, x1, y1: y0 + 40 }, charConfidence };
};
const line = (...words: OcrWord[]): OcrLine => {
  const bbox = { x0: Math.min(...words.map((w) => w.bbox.x0)), y0: words[0]!.bbox.y0, x1: Math.max(...words.map((w) => w.bbox.x1)), y1: words[0]!.bbox.y1 };
  return { text: words.map((w) => w.text).join(' '), confidence: Math.min(...words.map((w) => w.confidence)), bbox, baseline: { y0: bbox.y1, y1: bbox.y1 }, words };
};
/** One row's words, a phrase each, spaced as printed. */
const row = (y: number, ...phrases: [number, string][]): OcrLine[] => phrases.map(([x, text]) => {
  let at = x;
  return line(...text.split(' ').map((t) => { const w = word(t, at, y); at += t.length * 22 + 18; return w; }));
});

/**
 * A software company's invoice, paid by card, its info block's number label read with `label`'s last word; the
 * noise's box reaches into the value's, as the blank it was read from lies between them.
 */
function invoice(label: OcrWord): OcrResult {
  const lines = [
    ...row(140, [140, 'Northgate Analytics Ltd.'], [1300, 'INVOICE']),
    ...row(200, [140, '48 Queen Street East'], [1400, 'PAID']),
    ...row(250, [140, 'Ottawa, ON K1P 5L4']),
    ...row(300, [140, 'GST/HST No. 812345678 RT0001']),
    ...row(420, [140, 'Bill to']),
    [line(word('Invoice', 970, 420), label), line(word('NA-2026-0315', 1180, 420))],
    ...row(470, [140, 'Rideau Dental Group Inc.'], [970, 'Invoice date 2026-11-12']),
    ...row(520, [140, '210 Bank Street'], [970, 'Terms'], [1150, 'Due on receipt']),
    ...row(570, [140, 'Ottawa, ON K2P 1X3']),
    ...row(700, [140, 'Item'], [1250, 'Qty'], [1500, 'Amount']),
    ...row(760, [140, 'Analytics plan - November 2026'], [1270, '1'], [1450, '310.00']),
    ...row(880, [950, 'Subtotal'], [1440, '$310.00']),
    ...row(930, [950, 'HST (ON) 13%'], [1460, '$40.30']),
    ...row(980, [950, 'Total (CAD)'], [1440, '$350.30']),
    ...row(1030, [950, 'Paid (Visa, 2026-11-12)'], [1420, '-$350.30']),
    ...row(1080, [950, 'Balance due'], [1470, '$0.00']),
  ].flat();
  return { text: '', confidence: 95, lines, words: lines.flatMap((l) => l.words), width: 1653, height: 2339 };
}

const read = (label: OcrWord) => ocrReading(ocrToPageText(invoice(label), { dpi: 200 })).invoice;

describe('a CJK character read unsure at a label\'s end on a Latin page', () => {
  it('is left out: the label reads its number', () => {
    for (const noise of ['易', '口', '品']) {
      expect(read(word(`#${noise}`, 1100, 420, 95, [95, 14], 1185)).number, noise).toBe('NA-2026-0315');
    }
  });

  it('the label read clean reads the same (control)', () => {
    expect(read(word('#', 1100, 420, 95, undefined, 1125)).number).toBe('NA-2026-0315');
  });
});
