/**
 * A long row of small print that OCR read as a letter or two ("AG" for a footer's legal line) is read
 * again in pieces cut between its words. The recogniser here answers as told, noting the crops it is
 * given (the real one's readings are measured in bench/supplier-pages); the crops are real pixels.
 */
import { loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { cutsAt, readShort, readShortRowsAgain } from '../../src/extract/ocr-short-rows.js';
import type { Recognizer } from '../../src/extract/ocr-second-look.js';
import { pageWithBars } from '../helpers/images.js';

const DPI = 200;

/** A footer's row: three runs of words (mm from the left edge) with blank spaces between them, 150 mm in all. */
const WORDS: Array<[number, number]> = [[20, 66], [69, 118], [121, 170]];
const footer: TextItem = { text: 'AG', x: 20, y: 250, width: 150, height: 8, page: 1, confidence: 38 };
const figure: TextItem = { text: '1 584,00 €', x: 168, y: 149, width: 27, height: 5.7, page: 1, confidence: 91 };

const pageImage = () => pageWithBars(210, 297, DPI, WORDS.map(([from, to]): [number, number, number, number] => [from, footer.y + 2, to - from, 3]));

/** A recogniser that reads each crop as the next of `texts`, at the crop's margin, and notes the crops' widths (mm). */
function answering(texts: string[]) {
  const widths: number[] = [];
  const ocr: Recognizer = {
    async pageText(image, options) {
      const img = await loadImage(Buffer.from(image));
      const mm = (p: number) => (p * 25.4) / options.dpi;
      widths.push(mm(img.width));
      const text = texts[widths.length - 1]!;
      return { page: options.page, width: mm(img.width), height: mm(img.height), items: [{ text, x: 4.8, y: 4.8, width: mm(img.width) - 9.6, height: 3, page: options.page, confidence: 80 }] };
    },
  };
  return { ocr, widths };
}

const pages = (): PageText[] => [{ page: 1, width: 210, height: 297, items: [figure, footer] }];

describe('ocr-short-rows', () => {
  it('takes a wide row read as a letter or two for one read short; not a cell, a figure or a row read whole', () => {
    expect(readShort(footer)).toBe(true);
    expect(readShort({ ...footer, text: 'Atelier Graphique Lemaire SAS au capital de 10 000 € – SIRET 812 345 678 00021 – RCS Lyon' })).toBe(false);
    expect(readShort(figure)).toBe(false);
    expect(readShort({ ...footer, width: 30 })).toBe(false);
  });

  it('cuts a row in the blank columns nearest even cuts, at even cuts when there are none', () => {
    const blank = Array.from({ length: 100 }, (_, x) => x >= 40 && x < 44);
    expect(cutsAt(blank, 2, 15)).toEqual([0, 42, 100]);
    expect(cutsAt(new Array<boolean>(100).fill(false), 2, 15)).toEqual([0, 50, 100]);
  });

  it('replaces the row by its pieces read again, one line the cuts divided joined again, placed where it stands', async () => {
    const read = pages();
    const { ocr, widths } = answering(['Atelier Graphique Lemaire SAS', 'au capital de 10 000 €', 'SIRET 812 345 678 00021']);
    await readShortRowsAgain(read, () => ({ image: async () => pageImage(), dpi: DPI }), ocr);
    // Three pieces of at most 50 mm, cut in the spaces between the words, each read at 1.5 times its size:
    // one line again, a space where each cut was.
    expect(widths).toHaveLength(3);
    expect(read[0]!.items.map((i) => i.text)).toEqual(['1 584,00 €', 'Atelier Graphique Lemaire SAS au capital de 10 000 € SIRET 812 345 678 00021']);
    const row = read[0]!.items[1]!;
    expect(row.x).toBeCloseTo(20, 0);
    expect(row.x + row.width).toBeCloseTo(170, 0);
    expect(row.y).toBeCloseTo(250, 0);
  });

  it('puts the two characters of a glyph cut through ink at no certainty, the line joined without a space', async () => {
    // One run of ink over the whole row: no blank column to cut in, so the cuts split glyphs.
    const inked = () => pageWithBars(210, 297, DPI, [[20, footer.y + 2, 150, 3]]);
    const read = pages();
    const { ocr } = answering(['Hotel Tauernblick Brandstätter (', 'GmbH · Kurgartenstraße 9', '5630 Bad Hofgastein']);
    await readShortRowsAgain(read, () => ({ image: async () => inked(), dpi: DPI }), ocr);
    const row = read[0]!.items[1]!;
    expect(row.text).toBe('Hotel Tauernblick Brandstätter (GmbH · Kurgartenstraße 95630 Bad Hofgastein');
    const seams = row.charConfidence!.flatMap((c, i) => (c === 0 ? [row.text[i]] : []));
    expect(seams).toEqual(['(', 'G', '9', '5']);
    expect(row.charConfidence!.filter((c) => c !== 0).every((c) => c === 80)).toBe(true);
  });

  it('keeps apart the lines of pieces that do not meet at a cut', async () => {
    const read = pages();
    const apart: Recognizer = {
      async pageText(image, options) {
        const img = await loadImage(Buffer.from(image));
        const mm = (p: number) => (p * 25.4) / options.dpi;
        return { page: options.page, width: mm(img.width), height: mm(img.height), items: [{ text: 'word', x: 10, y: 4.8, width: 8, height: 3, page: options.page, confidence: 80 }] };
      },
    };
    await readShortRowsAgain(read, () => ({ image: async () => pageImage(), dpi: DPI }), apart);
    expect(read[0]!.items.map((i) => i.text)).toEqual(['1 584,00 €', 'word', 'word', 'word']);
    // A line OCR had read as an item of its own already is not added twice.
    const twice = [{ page: 1, width: 210, height: 297, items: [figure, footer, { ...figure, text: 'word', x: 25, y: 251, width: 8, height: 3 }] }];
    await readShortRowsAgain(twice, () => ({ image: async () => pageImage(), dpi: DPI }), apart);
    expect(twice[0]!.items.map((i) => i.text)).toEqual(['1 584,00 €', 'word', 'word', 'word']);
  });

  it('leaves a page OCR read turned, and a row whose pieces read as nothing', async () => {
    const turned = pages();
    const { ocr, widths } = answering(['Atelier Graphique Lemaire SAS']);
    await readShortRowsAgain(turned, () => ({ image: async () => pageImage(), dpi: DPI, turn: 180 }), ocr);
    expect(widths).toEqual([]);
    expect(turned[0]!.items).toEqual([figure, footer]);
    const empty = pages();
    const nothing: Recognizer = { pageText: async (_, o) => ({ page: o.page, width: 50, height: 10, items: [] }) };
    await readShortRowsAgain(empty, () => ({ image: async () => pageImage(), dpi: DPI }), nothing);
    expect(empty[0]!.items).toEqual([figure, footer]);
  });
});
