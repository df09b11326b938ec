/**
 * A scanned 数电 invoice whose party name has a character PaddleOCR's dictionary lacks (瀍 of 洛阳市瀍河区):
 * the recogniser reads it as nothing and its neighbours with full certainty. The rows below are as the
 * recogniser placed a 200 dpi scan's characters (centres in px, `gap` the blank before each as a share
 * of the text's height).
 */
import { describe, expect, it } from 'vitest';
import { doubtfulFields, MIN_CONFIDENCE } from '../../src/extract/ocr-doubts.js';
import { emptyInvoice } from '../../src/invoice/model.js';
import { ocrToPageText } from '../../src/ocr/to-page-text.js';
import { boxLines } from '../../src/ocr/paddle/paddle-lines.js';
import type { OcrResult, RecognizedBox } from '../../src/ocr/types.js';

/** A box of `text` whose characters stand at `centres`, with the blanks `gaps` before them. */
function box(text: string, centres: number[], gaps: number[], y0: number): RecognizedBox {
  const chars = [...text].map((ch, i) => ({ text: ch, x0: centres[i]! - 4, x1: centres[i]! + 4, confidence: 0.999, ...(i ? { gap: gaps[i - 1]! } : {}) }));
  return { bbox: { x0: centres[0]! - 11, y0, x1: centres[centres.length - 1]! + 18, y1: y0 + 45 }, chars };
}

// 名称：洛阳市[瀍]河区东方农业装备销售有限公司: 市 at 1023, 河 at 1068, where the row's pitch is ~23.
const SELLER = box('名称：洛阳市河区东方农业装备销售有限公司',
  [895, 925, 940, 970, 1000, 1023, 1068, 1098, 1120, 1143, 1173, 1196, 1226, 1248, 1271, 1293, 1323, 1346, 1368, 1398],
  [0.17, 0.27, 0.6, 0.13, 0.17, 0.13, 0.13, 0.17, 0.13, 0.17, 0.1, 0.13, 0.13, 0.13, 0.13, 0.17, 0.13, 0.17, 0.17], 284);
// The same row's neighbour with every character there: 名称：广州市天河区云帆信息技术有限公司.
const BUYER = box('名称：广州市天河区云帆信息技术有限公司',
  [133, 161, 181, 208, 236, 256, 284, 311, 331, 359, 386, 406, 434, 461, 482, 509, 536, 557, 584],
  [0.19, 0.25, 0.63, 0.13, 0.19, 0.13, 0.16, 0.13, 0.16, 0.13, 0.09, 0.09, 0.13, 0.13, 0.16, 0.16, 0.16, 0.19], 284);

const certainties = (b: RecognizedBox) => boxLines([b])[0]!.words.flatMap((w) => w.charConfidence!);

describe('a CJK character the recogniser read as nothing', () => {
  it('leaves the character after the place it stood unsure, the others as read', () => {
    const each = certainties(SELLER);
    expect(each.map((c, i) => (c < MIN_CONFIDENCE ? i : -1)).filter((i) => i >= 0)).toEqual([6]); // 河
    expect(certainties(BUYER).every((c) => c >= MIN_CONFIDENCE)).toBe(true);
  });

  it('keeps a letter-spaced label (a blank between its characters) and a short row as they are', () => {
    expect(certainties(box('开票人李静', [100, 160, 220, 250, 280], [1.2, 0.9, 0.15, 0.15], 0)).every((c) => c >= MIN_CONFIDENCE)).toBe(true);
    expect(certainties(box('名称张三', [100, 125, 170, 195], [0.15, 0.15, 0.15], 0)).every((c) => c >= MIN_CONFIDENCE)).toBe(true);
  });

  it('names the seller whose name lost it, and not the buyer', () => {
    const ocr: OcrResult = { text: '', confidence: 99, words: [], lines: boxLines([BUYER, SELLER]), width: 1654, height: 1102 };
    const inv = emptyInvoice('CNY');
    inv.seller.name = '洛阳市河区东方农业装备销售有限公司';
    inv.buyer.name = '广州市天河区云帆信息技术有限公司';
    inv.fieldSources = { 'seller.name': 'ocr', 'buyer.name': 'ocr' };
    expect(doubtfulFields(inv, [ocrToPageText(ocr, { dpi: 200 })]).unsure).toEqual(['seller.name']);
  });
});
