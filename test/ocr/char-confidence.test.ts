/**
 * The engine's certainty of each character, from the CTC decode to the text items and the cells the
 * invoice parsers read: a value is judged by its own characters, not by the word it shares a box with.
 */
import { describe, expect, test } from 'vitest';
import { keptCertainty, type TextItem } from '../../src/core/text.js';
import { groupLines } from '../../src/invoice/layout.js';
import { decodeCtc } from '../../src/ocr/paddle/paddle.js';
import { boxLines } from '../../src/ocr/paddle/paddle-lines.js';
import { ocrToPageText } from '../../src/ocr/to-page-text.js';
import type { OcrResult } from '../../src/ocr/types.js';

const dictionary = [...'HNRaceghilnrsu0123456789.（）：', ' '];
const cls = (c: string) => dictionary.indexOf(c) + 1;

/** Steps from [character or '_' for a blank, its probability]; the rest of each step goes half to the blank, half to another character. */
function steps(script: Array<[string, number]>): Float32Array {
  const classes = dictionary.length + 1;
  const probs = new Float32Array(script.length * classes);
  script.forEach(([c, p], t) => {
    const row = probs.subarray(t * classes, (t + 1) * classes);
    if (c === '_') row[0] = 1;
    else {
      row[cls(c)] = p;
      row[0] = (1 - p) / 2;
      row[cls(c === 'H' ? 'N' : 'H')] = (1 - p) / 2;
    }
  });
  return probs;
}

/** Each character read on one step at 0.97, then a blank step; `doubts` gives some their own probability. */
function script(text: string, doubts: Record<number, number> = {}): Array<[string, number]> {
  return [...text].flatMap((c, i): Array<[string, number]> => [[c, doubts[i] ?? 0.97], ['_', 1]]);
}

function decoded(text: string, doubts: Record<number, number> = {}) {
  const s = script(text, doubts);
  const chars = decodeCtc(steps(s), 0, s.length, dictionary.length + 1, { dictionary, markedClasses: new Map() }, 100, 4);
  // Letters close together in the pixels, as measureGaps gives them: one word.
  chars.forEach((c) => (c.gap = 0.05));
  return { bbox: { x0: 100, y0: 0, x1: 100 + 4 * s.length, y1: 20 }, chars };
}

describe('per-character certainty', () => {
  test('each character keeps its own through the words of a line', () => {
    // A title word read at 0.4, the number after it sure but for one digit at 0.55.
    const [line] = boxLines([decoded('Nr12345', { 0: 0.4, 4: 0.55 })]);
    const word = line!.words[0]!;
    expect(word.text).toBe('Nr12345');
    expect(word.confidence).toBeCloseTo(40);
    expect(word.charConfidence!.map(Math.round)).toEqual([40, 97, 97, 97, 55, 97, 97]);
  });

  test('a repeat the CTC merged keeps its least sure step', () => {
    // "99" read as one 9: the run's middle step at 0.52, where the blank between two 9s should have been.
    const s: Array<[string, number]> = [['9', 0.97], ['9', 0.52], ['9', 0.96], ['_', 1], ['8', 0.97], ['_', 1]];
    const chars = decodeCtc(steps(s), 0, s.length, dictionary.length + 1, { dictionary, markedClasses: new Map() }, 0, 4);
    expect(chars.map((c) => c.text).join('')).toBe('98');
    const [line] = boxLines([{ bbox: { x0: 0, y0: 0, x1: 24, y1: 20 }, chars }]);
    expect(line!.words[0]!.charConfidence!.map(Math.round)).toEqual([52, 97]);
  });

  test('items carry them, a space between words sure, CJK spacing and trimming kept in step', () => {
    const ocr: OcrResult = {
      text: '', confidence: 0, width: 1000, height: 1000,
      words: [],
      lines: [{
        text: '', confidence: 0, bbox: { x0: 0, y0: 0, x1: 400, y1: 30 }, baseline: { y0: 24, y1: 24 },
        words: [
          { text: '号码', confidence: 40, bbox: { x0: 0, y0: 0, x1: 40, y1: 30 }, charConfidence: [40, 90] },
          { text: '：', confidence: 80, bbox: { x0: 42, y0: 0, x1: 50, y1: 30 }, charConfidence: [80] },
          { text: 'No.12', confidence: 60, bbox: { x0: 60, y0: 0, x1: 120, y1: 30 }, charConfidence: [99, 98, 97, 60, 95] },
          { text: 'x', confidence: 70, bbox: { x0: 125, y0: 0, x1: 135, y1: 30 } },
        ],
      }],
    };
    const [item] = ocrToPageText(ocr, { dpi: 300 }).items;
    expect(item!.text).toBe('号码： No.12 x');
    expect(item!.confidence).toBe(40);
    expect(item!.charConfidence).toEqual([40, 90, 80, 100, 99, 98, 97, 60, 95, 100, 70]);
  });

  test('a seam read once keeps the certainties of the characters that stay', () => {
    const at = (text: string, x: number, width: number, charConfidence: number[]): TextItem =>
      ({ text, x, y: 35, width, height: 4.7, page: 1, confidence: Math.min(...charConfidence), charConfidence });
    // The second box starts one digit's width inside the first, with the digit the first ends with.
    const first = at('Nr. TX-471102', 17.3, 41.6, [40, 90, 90, 100, 95, 95, 95, 95, 95, 95, 95, 95, 95]);
    const second = at('2 vom 30.10.2018', 56.1, 49.5, [30, 100, 96, 96, 96, 100, 96, 96, 96, 96, 96, 96, 96, 96, 96, 55]);
    const [line] = groupLines([first, second]);
    const [segment] = line!.segments;
    expect(segment!.text).toBe('Nr. TX-471102 vom 30.10.2018');
    expect(segment!.charConfidence).toHaveLength(segment!.text.length);
    // The repeated 2 (30) is gone; the 2 kept is the first box's (95), the last digit of the date 55.
    expect(segment!.charConfidence!.slice(0, 14)).toEqual([40, 90, 90, 100, 95, 95, 95, 95, 95, 95, 95, 95, 95, 100]);
    expect(segment!.charConfidence!.at(-1)).toBe(55);
  });

  test('a text layer has none, and a cell of text layer runs none', () => {
    const run = (text: string, x: number): TextItem => ({ text, x, y: 35, width: 20, height: 4.7, page: 1 });
    const [line] = groupLines([run('Nr.', 10), run('12345', 31)]);
    expect(line!.segments[0]!.charConfidence).toBeUndefined();
  });

  test('taking whitespace out keeps each character with its own', () => {
    expect(keptCertainty('  a  b c ', [1, 2, 3, 4, 5, 6, 7, 8, 9], 'a b c')).toEqual([3, 4, 6, 7, 8]);
    expect(keptCertainty('ab', [1, 2], 'a b')).toEqual([1, 100, 2]);
    expect(keptCertainty('发 票', [10, 100, 30], '发票')).toEqual([10, 30]);
  });
});
