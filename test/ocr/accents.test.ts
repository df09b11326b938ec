/**
 * The accent re-read (src/ocr/paddle/restore-accents.ts): PaddleOCR's Chinese+English model reads "Bürotechnik" as
 * "Burotechnik"; tesseract's Latin models give the marks back, and only the marks.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { addAccents, readStack, stripMarks, withMarks } from '../../src/ocr/paddle/restore-accents.js';
import { boxLines } from '../../src/ocr/paddle/paddle-lines.js';
import { PaddleEngine } from '../../src/ocr/paddle/paddle-engine.js';
import type { RecognizedBox } from '../../src/ocr/types.js';
import { makeInvoicePdf, renderPng } from './helpers.js';

describe('stripMarks / withMarks', () => {
  it('compares words without their marks, and takes only a reading that adds marks', () => {
    expect(stripMarks('Malaucène Bürotechnik Söhne Façade')).toBe('Malaucene Burotechnik Sohne Facade');
    expect(withMarks('Burotechnik', 'Bürotechnik')).toBe(true);
    expect(withMarks('Burotechnik', 'Burotechnik')).toBe(false);
    expect(withMarks('Lubeek', 'Lübeck')).toBe(false); // a letter changed
    expect(withMarks('Café', 'Cafe')).toBe(false); // a mark taken away
    expect(withMarks('1O0', '1Ö0')).toBe(true);
    expect(withMarks('100', '1Ö0')).toBe(false); // a digit never becomes a letter
  });
});

describe('PaddleOCR with the accent re-read', () => {
  const engine = new PaddleEngine({ workers: 1 });
  afterAll(() => engine.dispose());

  async function read(lines: string[]) {
    const { png } = await renderPng(await makeInvoicePdf(lines.map((text) => ({ text }))), 200);
    const result = await engine.recognize(png);
    // Words and line text agree.
    for (const line of result.lines) expect(line.text).toBe(line.words.map((w) => w.text).join(' '));
    return result.text;
  }

  it('reads the marks PP-OCRv4 leaves out of a German page', async () => {
    const text = await read(['Bergmann Bürotechnik GmbH', 'Rechnung für Müller & Söhne KG', 'Rechnungsnummer 2024-0042 vom 15.03.2024']);
    expect(text).toContain('Bergmann Bürotechnik GmbH');
    expect(text).toContain('Müller & Söhne KG');
    expect(text).toContain('Rechnungsnummer 2024-0042 vom 15.03.2024');
  });

  it('and out of a French one', async () => {
    const text = await read(['Au bon moulin SARL', '1242 chemin de la colline, 84340 Malaucène', 'Facture à régler par virement', 'Café des Arts et Lumière']);
    expect(text).toContain('84340 Malaucène');
    expect(text).toContain('Café des Arts et Lumière');
    expect(text).toContain('1242 chemin de la colline');
  });
});

describe('addAccents', () => {
  /** "Lübeck" printed at 200 dpi, and a recognised box over it as PaddleOCR might have read it. */
  async function page() {
    const { png } = await renderPng(await makeInvoicePdf([{ text: 'Lübeck', size: 20 }]), 200);
    const image = await loadImage(Buffer.from(png));
    const canvas = createCanvas(image.width, image.height);
    canvas.getContext('2d').drawImage(image, 0, 0);
    return canvas;
  }
  // makeInvoicePdf draws the first line at x 60 pt, baseline 780 pt on A4: at 200 dpi, x 167 px and
  // baseline 172 px; 20 pt capitals are ~40 px high.
  const bbox = { x0: 150, y0: 115, x1: 450, y1: 195 };
  const read = (text: string, marked: number): RecognizedBox => ({
    bbox,
    chars: [...text].map((c, i) => ({ text: c, x0: 167 + 25 * i, x1: 167 + 25 * (i + 1), confidence: 0.99, marked: c === 'u' ? marked : 0 })),
  });

  it('adds the mark tesseract sees to a word PaddleOCR was unsure of', async () => {
    const canvas = await page();
    const boxes = [read('Lubeck', 0.01)];
    const [line] = await addAccents(boxLines(boxes), boxes, canvas);
    expect(line!.text).toBe('Lübeck');
    expect(line!.words.map((w) => w.text)).toEqual(['Lübeck']);
  });

  it("keeps PaddleOCR's word where tesseract reads other letters", async () => {
    const canvas = await page();
    const boxes = [read('Lubeek', 0.01)];
    const [line] = await addAccents(boxLines(boxes), boxes, canvas);
    expect(line!.text).toBe('Lubeek');
  });

  it('reads no word again where PaddleOCR gave no marked letter a chance', async () => {
    const canvas = await page();
    const boxes = [read('Lubeck', 0)];
    const [line] = await addAccents(boxLines(boxes), boxes, canvas);
    expect(line!.text).toBe('Lubeck');
  });

  it('reads many words as two stacks, the second by a helper when one is given, to the same result', async () => {
    const words = ['Lübeck', 'Müller', 'Bürger', 'Düsseldorf', 'Nürnberg', 'Würzburg', 'Tübingen', 'München'];
    const { png } = await renderPng(await makeInvoicePdf(words.map((text) => ({ text, size: 20 }))), 200);
    const image = await loadImage(Buffer.from(png));
    const canvas = createCanvas(image.width, image.height);
    canvas.getContext('2d').drawImage(image, 0, 0);
    // Line i's baseline is 780 - 28 i pt from the bottom of A4 (makeInvoicePdf); 20 pt letters ~28 px wide at 200 dpi.
    const boxes: RecognizedBox[] = words.map((word, i) => {
      const baseline = ((841.89 - 780 + 28 * i) * 200) / 72;
      const text = stripMarks(word);
      return {
        bbox: { x0: 150, y0: Math.round(baseline - 50), x1: 167 + 30 * text.length, y1: Math.round(baseline + 18) },
        chars: [...text].map((c, k) => ({ text: c, x0: 167 + 28 * k, x1: 167 + 28 * (k + 1), confidence: 0.99, marked: c === 'u' ? 0.01 : 0 })),
      };
    });
    const texts = (lines: { text: string }[]) => lines.map((l) => l.text);

    const alone = texts(await addAccents(boxLines(boxes), boxes, canvas));
    expect(alone.filter((t) => t.includes('ü')).length).toBeGreaterThanOrEqual(6);
    const stacks: Uint8Array[] = [];
    const helped = await addAccents(boxLines(boxes), boxes, canvas, async (stack, language) => {
      stacks.push(stack);
      return readStack(stack, language);
    });
    expect(stacks).toHaveLength(1);
    expect(texts(helped)).toEqual(alone);
    // A helper that finds no free thread: this thread reads both stacks.
    expect(texts(await addAccents(boxLines(boxes), boxes, canvas, async () => null))).toEqual(alone);
  });
});
