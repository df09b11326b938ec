import { describe, expect, test } from 'vitest';
import { boxLines } from '../../src/ocr/paddle/paddle-lines.js';
import type { RecognizedBox } from '../../src/ocr/types.js';

/**
 * A recognised box from characters and the blank space before each (as a share of the text height,
 * what measureGaps gives); x advances by a fixed pitch, as the recogniser's time steps do.
 */
function box(chars: Array<[string, number]>): RecognizedBox {
  const pitch = 12;
  return {
    bbox: { x0: 100, y0: 200, x1: 100 + pitch * chars.length, y1: 240 },
    chars: chars.map(([text, gap], i) => ({ text, gap, x0: 100 + i * pitch, x1: 100 + (i + 1) * pitch, confidence: 0.95 })),
  };
}
const spaced = (text: string, gap: (c: string, i: number) => number) => [...text].map((c, i): [string, number] => [c, i === 0 ? 0 : gap(c, i)]);

describe('PaddleOCR boxes → words', () => {
  test('a proportional font run together by the recogniser is cut where the pixels show a space', () => {
    // "Au bon moulin": word gaps 0.45 of the height, letters 0.05 apart.
    const chars = spaced('Aubonmoulin', (_c, i) => (i === 2 || i === 5 ? 0.45 : 0.05));
    expect(boxLines([box(chars)])[0]!.text).toBe('Au bon moulin');
  });

  test('a monospaced font keeps its words whole: narrow letters leave wide gaps, a space is a whole cell', () => {
    // Courier "Liefer- und Leistungsdatum" as measured on a scan: 0.15-0.37 inside words, 0.8 between.
    const gaps = [0.22, 0.37, 0.22, 0.19, 0.22, 0.15, 0, 0.15, 0.19, 0, 0.11, 0.26, 0.37, 0.26, 0.26, 0.19, 0.15, 0.19, 0.15, 0.15, 0.26, 0.26, 0.15];
    const text = 'Liefer- und Leistungsdatum';
    let k = 0;
    const chars = [...text].map((c, i): [string, number] => [c, i === 0 || c === ' ' || text[i - 1] === ' ' ? 0 : gaps[k++ % gaps.length]!]);
    expect(boxLines([box(chars)])[0]!.text).toBe('Liefer- und Leistungsdatum');
  });

  test('no break inside a number or before closing punctuation, however wide the blank around a dot', () => {
    // "vom 05.03.2018" and "USt.-Id.-Nr.:" with the gaps a small dot leaves on either side (0.3-0.36).
    const date = spaced('vom 05.03.2018', (c, i) => ('.'.includes(c) || '05.03.2018'[i - 5] === '.' ? 0.34 : 0.1));
    expect(boxLines([box(date)])[0]!.words.map((w) => w.text)).toEqual(['vom', '05.03.2018']);
    const label = spaced('USt.-Id.-Nr.:', (c) => (c === '.' || c === ':' ? 0.34 : 0.05));
    expect(boxLines([box(label)])[0]!.text).toBe('USt.-Id.-Nr.:');
  });
});
