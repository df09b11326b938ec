/**
 * The accent re-read only adds marks to what PaddleOCR read: when tesseract cannot read (its language
 * data missing, a worker that will not start), the page keeps PaddleOCR's words rather than failing,
 * and the broken pool is not asked again.
 */
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it, vi } from 'vitest';
import type { RecognizedBox } from '../../src/ocr/types.js';

let asked = 0;
vi.mock('../../src/ocr/tesseract/pool.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/ocr/tesseract/pool.js')>()),
  createOcrPool: () => ({
    recognize: async () => {
      asked++;
      throw new Error('the OCR engine could not start: @tesseract.js-data/deu is not installed');
    },
    dispose: async () => {},
  }),
}));

const { addAccents } = await import('../../src/ocr/paddle/restore-accents.js');
const { boxLines } = await import('../../src/ocr/paddle/paddle-lines.js');

describe('addAccents when tesseract fails', () => {
  const bbox = { x0: 150, y0: 115, x1: 450, y1: 195 };
  const boxes: RecognizedBox[] = [
    { bbox, chars: [...'Lubeck'].map((c, i) => ({ text: c, x0: 167 + 25 * i, x1: 192 + 25 * i, confidence: 0.99, marked: c === 'u' ? 0.01 : 0 })) },
  ];

  it("keeps PaddleOCR's words, and does not ask the failed pool again", async () => {
    const page = createCanvas(1654, 2339);
    const first = await addAccents(boxLines(boxes), boxes, page);
    expect(first.map((l) => l.text)).toEqual(['Lubeck']);
    expect(first[0]!.words.map((w) => w.text)).toEqual(['Lubeck']);
    const second = await addAccents(boxLines(boxes), boxes, page);
    expect(second.map((l) => l.text)).toEqual(['Lubeck']);
    expect(asked).toBe(1);
  });
});
