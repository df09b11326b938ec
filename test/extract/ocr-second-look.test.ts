/**
 * The second look at an unsure 发票号码 / 发票代码: the doubt goes only when a second reading of the row
 * shows the same digits with certainty. The recogniser here answers as told (the real one's readings of
 * 楷体 scans are measured in bench/cn-pages); the crop is real pixels.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { formReadAlike, readsSurely, rowImage, sameFrame, secondLook, type Recognizer } from '../../src/extract/ocr-second-look.js';
import { emptyInvoice, type SourcedInvoice } from '../../src/invoice/index.js';
import { pageWithBars } from '../helpers/images.js';

const NUMBER = '25442000000801122334';
const DPI = 200;
const px = (mm: number) => (mm * DPI) / 25.4;

/** The OCR'd row of the number, as the page-sized reading gave it: one digit at 41. */
const row: TextItem = { text: `发票号码：${NUMBER}`, x: 140, y: 12, width: 50, height: 3, page: 1, confidence: 41,
  charConfidence: [...`发票号码：${NUMBER}`].map((_, i) => (i === 12 ? 41 : 99)) };
const pages: PageText[] = [{ page: 1, width: 210, height: 140, items: [row] }];

/** A white page with a black bar where the row is. */
const pageImage = () => pageWithBars(210, 140, DPI, [[row.x, row.y, row.width, row.height]]);

function ocrPart(number = NUMBER, currency: string | null = 'CNY'): SourcedInvoice {
  const invoice = emptyInvoice(currency);
  invoice.number = number;
  return { source: 'ocr', invoice, doubtful: { unsure: ['number', 'seller.name'], computed: [] } };
}

/** A recogniser that reads the crop as `text` with these certainties, and notes what it was given. */
function answering(text: string, certainty: (i: number) => number) {
  const asked: Array<{ width: number; height: number; dpi: number }> = [];
  const ocr: Recognizer = {
    async pageText(image, options) {
      const img = await loadImage(Buffer.from(image));
      asked.push({ width: img.width, height: img.height, dpi: options.dpi });
      return { page: options.page, width: 80, height: 10, items: [{ text, x: 1, y: 1, width: 70, height: 4, page: options.page, confidence: 60, charConfidence: [...text].map((_, i) => certainty(i)) }] };
    },
  };
  return { ocr, asked };
}

const read = () => ({ image: async () => pageImage(), dpi: DPI });

describe('ocr-second-look', () => {
  it('drops the number\'s doubt when the row read again shows the same digits, each sure', async () => {
    const parts = [ocrPart()];
    const { ocr, asked } = answering(`发票号码：${NUMBER}`, () => 97);
    await secondLook(parts, pages, read, ocr);
    expect(parts[0]!.doubtful!.unsure).toEqual(['seller.name']);
    // One crop, read at 1.5 times the page's resolution.
    expect(asked.map((a) => a.dpi)).toEqual([DPI * 1.5]);
  });

  it('keeps the doubt when the second reading has another digit', async () => {
    const parts = [ocrPart()];
    await secondLook(parts, pages, read, answering(`发票号码：${NUMBER.replace(/3(?=34$)/, '8')}`, () => 97).ocr);
    expect(parts[0]!.doubtful!.unsure).toEqual(['number', 'seller.name']);
  });

  it('keeps the doubt when a digit is still unsure the second time', async () => {
    const parts = [ocrPart()];
    await secondLook(parts, pages, read, answering(`发票号码：${NUMBER}`, (i) => (i === 20 ? 40 : 97)).ocr);
    expect(parts[0]!.doubtful!.unsure).toContain('number');
  });

  it('takes a letter printed twice as read when only its second is unsure, and no other letter or digit', () => {
    const reading = (text: string, unsure: number) => [{ ...row, text, confidence: 41, charConfidence: [...text].map((c, i) => (i === unsure ? 41 : 97)) }];
    expect(readsSurely(reading('Greenhill Fresh Produce Ltd', 8), 'Greenhill Fresh Produce Ltd')).toBe(true);
    expect(readsSurely(reading('Greenhill Fresh Produce Ltd', 7), 'Greenhill Fresh Produce Ltd')).toBe(true);
    expect(readsSurely(reading('Greenhill Fresh Produce Ltd', 6), 'Greenhill Fresh Produce Ltd')).toBe(false);
    expect(readsSurely(reading('Greenhill Fresh Produce Ltd', 1), 'Greenhill Fresh Produce Ltd')).toBe(false);
    expect(readsSurely(reading(NUMBER, NUMBER.indexOf('33') + 1), NUMBER)).toBe(false);
  });

  it('reads a name wrapped over two rows from the two items the second reading gives, one under the other', () => {
    const NAME = 'Northern Plains Community Foundation';
    const item = (text: string, y: number, unsure = -1): TextItem => ({ ...row, text, y, confidence: 60, charConfidence: [...text].map((_, i) => (i === unsure ? 37 : 96)) });
    expect(readsSurely([item('Northern Plains Community', 12), item('Foundation', 16), item('Attn: Grants Administration', 20)], NAME)).toBe(true);
    // A letter still unsure, another word under it, the two side by side on one row, or the rows the other way round: no.
    expect(readsSurely([item('Northern Plains Community', 12, 24), item('Foundation', 16)], NAME)).toBe(false);
    expect(readsSurely([item('Northern Plains Community', 12), item('Foundations', 16)], NAME)).toBe(false);
    expect(readsSurely([item('Northern Plains Community', 12), item('Foundation', 12)], NAME)).toBe(false);
    expect(readsSurely([item('Foundation', 12), item('Northern Plains Community', 16)], NAME)).toBe(false);
    // Digits are never joined across rows.
    expect(readsSurely([item('2544200000', 12), item('0801122334', 16)], '2544200000 0801122334')).toBe(false);
  });

  it('does not take a longer run of digits for the value', () => {
    expect(readsSurely([{ ...row, text: `${NUMBER}9`, confidence: 99, charConfidence: [...`${NUMBER}9`].map(() => 99) }], NUMBER)).toBe(false);
  });

  it("settles a Western invoice's name whose one doubt is OCR's certainty of a letter, by a sure second reading alone", async () => {
    const NAME = 'Kerrigan & Walsh Architects';
    const western = () => {
      const part = ocrPart('INV-0007', 'EUR');
      part.invoice.buyer.name = NAME;
      part.doubtful = { unsure: ['number', 'buyer.name'], uncertainOnly: ['buyer.name'], computed: [] };
      return part;
    };
    const nameRow: TextItem = { ...row, text: NAME, charConfidence: [...NAME].map((c, i) => (i === 15 ? 45 : 99)) };
    const page = [{ ...pages[0]!, items: [nameRow] }];
    const sure = [western()];
    const { ocr, asked } = answering(NAME, () => 96);
    await secondLook(sure, page, read, ocr);
    // The number, in doubt for another reason, is not read again.
    expect(asked).toHaveLength(1);
    expect(sure[0]!.doubtful!.unsure).toEqual(['number']);
    // Another letter the second time, or the letter still unsure: the doubt stays.
    for (const [text, certainty] of [[NAME.replace('Walsh', 'Walsb'), () => 96], [NAME, (i: number) => (i === 15 ? 40 : 96)]] as const) {
      const parts = [western()];
      await secondLook(parts, page, read, answering(text, certainty).ocr);
      expect(parts[0]!.doubtful!.unsure, text).toEqual(['number', 'buyer.name']);
    }
  });

  it("settles the value in another reading of the page that gives it, in doubt for OCR's certainty alone", async () => {
    const NO = 'NW-2025-1440982';
    const western = (number = NO, uncertainOnly = ['number']) => {
      const part = ocrPart(number, 'GBP');
      part.doubtful = { unsure: ['number', 'seller.name'], uncertainOnly, computed: [] };
      return part;
    };
    const numberRow: TextItem = { ...row, text: `Invoice ${NO}`, charConfidence: [...`Invoice ${NO}`].map((c, i) => (i === 13 ? 47 : 99)) };
    const page = [{ ...pages[0]!, items: [numberRow] }];
    // The page read twice, its blocks taken otherwise (a buyer not read the second time): both readings give the number.
    const parts = [western(), western(), western('NW-2025-1440989'), western(NO, [])];
    const { ocr, asked } = answering(`Invoice ${NO}`, () => 96);
    await secondLook(parts, page, read, ocr);
    expect(asked).toHaveLength(1);
    expect(parts.map((p) => p.doubtful!.unsure)).toEqual([['seller.name'], ['seller.name'],
      // Another value, or the same in doubt for another reason too: the doubt stays.
      ['number', 'seller.name'], ['number', 'seller.name']]);
    // A second reading that does not settle the first reading's number leaves the other's too.
    const unsettled = [western(), western()];
    await secondLook(unsettled, page, read, answering(`Invoice ${NO}`, (i) => (i === 13 ? 40 : 96)).ocr);
    expect(unsettled.map((p) => p.doubtful!.unsure)).toEqual([['number', 'seller.name'], ['number', 'seller.name']]);
  });

  it("settles a name whose second reading gives its company form with a figure for a look-alike letter", async () => {
    const NAME = 'Hotel Zdrojowy Sp. z o.o.';
    const western = () => {
      const part = ocrPart('H/1187/11/2025', 'PLN');
      part.invoice.seller.name = NAME;
      part.doubtful = { unsure: ['seller.name'], uncertainOnly: ['seller.name'], computed: [] };
      return part;
    };
    const nameRow: TextItem = { ...row, text: NAME, charConfidence: [...NAME].map((c, i) => (i === 8 ? 42 : 99)) };
    const page = [{ ...pages[0]!, items: [nameRow] }];
    const parts = [western()];
    await secondLook(parts, page, read, answering('Hotel Zdrojowy Sp. z 0.0.', () => 96).ocr);
    expect(parts[0]!.doubtful!.unsure).toEqual([]);
    // Another letter in the form or in the words, a word still unsure, more after the form, or no form: the doubt stays.
    for (const [text, certainty] of [['Hotel Zdrojowy Sp. z o.a.', () => 96], ['Hotel Zdrojawy Sp. z 0.0.', () => 96], ['Hotel Zdrojowy Sp. z 0.0.', (i: number) => (i === 8 ? 40 : 96)],
      ['Hotel Zdrojowy Sp. z 0.0. Sp.k.', () => 96]] as const) {
      const again = [western()];
      await secondLook(again, page, read, answering(text, certainty).ocr);
      expect(again[0]!.doubtful!.unsure, text).toEqual(['seller.name']);
    }
    expect(formReadAlike([{ ...nameRow, text: 'Hotel Zdrojowy 8is', charConfidence: [...'Hotel Zdrojowy 8is'].map(() => 96) }], 'Hotel Zdrojowy Bis')).toBe(false);
  });

  it('leaves a Western invoice\'s doubts alone, without reading again, when none is for certainty alone', async () => {
    const parts = [ocrPart('RE-2024-0815', 'EUR')];
    parts[0]!.invoice.currency = 'EUR';
    const { ocr, asked } = answering('RE-2024-0815', () => 99);
    await secondLook(parts, [{ ...pages[0]!, items: [{ ...row, text: 'Rechnung Nr. RE-2024-0815' }] }], read, ocr);
    expect(asked).toEqual([]);
    expect(parts[0]!.doubtful!.unsure).toEqual(['number', 'seller.name']);
  });

  it('keeps the doubt when the page cannot be had again', async () => {
    const parts = [ocrPart()];
    await secondLook(parts, pages, () => ({ image: async () => { throw new Error('gone'); }, dpi: DPI }), answering(NUMBER, () => 99).ocr);
    expect(parts[0]!.doubtful!.unsure).toContain('number');
  });

  it('fetches and decodes a page once for an unsure number and code on it', async () => {
    const CODE = '044002300111';
    const parts = [ocrPart()];
    parts[0]!.invoice.code = CODE;
    parts[0]!.doubtful!.unsure.push('code');
    const codeRow: TextItem = { ...row, text: `发票代码：${CODE}`, y: 20, charConfidence: [...`发票代码：${CODE}`].map(() => 99) };
    let fetched = 0;
    const { ocr, asked } = answering(`${NUMBER} ${CODE}`, () => 97);
    await secondLook(parts, [{ ...pages[0]!, items: [row, codeRow] }], () => ({ image: async () => (fetched++, pageImage()), dpi: DPI }), ocr);
    expect(asked).toHaveLength(2);
    expect(fetched).toBe(1);
    expect(parts[0]!.doubtful!.unsure).toEqual(['seller.name']);
  });

  it('gives no second look to a page OCR read turned sideways, leaving the doubt', async () => {
    // The page lay sideways: OCR turned it upright, so its text's page is 140 wide and 210 tall, and the
    // row's box is in that turned page, not on the image as it is.
    const turned: PageText[] = [{ page: 1, width: 140, height: 210, items: [{ ...row, x: 80, y: 150 }] }];
    const parts = [ocrPart()];
    const { ocr, asked } = answering(`发票号码：${NUMBER}`, () => 99);
    await secondLook(parts, turned, read, ocr);
    expect(asked).toEqual([]);
    expect(parts[0]!.doubtful!.unsure).toEqual(['number', 'seller.name']);
  });

  it('gives no second look to a page OCR read upside down, whose size is the image\'s', async () => {
    const parts = [ocrPart()];
    let fetched = 0;
    const { ocr, asked } = answering(`发票号码：${NUMBER}`, () => 99);
    await secondLook(parts, pages, () => ({ image: async () => (fetched++, pageImage()), dpi: DPI, turn: 180 }), ocr);
    expect(asked).toEqual([]);
    expect(fetched).toBe(0);
    expect(parts[0]!.doubtful!.unsure).toEqual(['number', 'seller.name']);
  });

  it('tells a page read as it is from one read sideways by its size', () => {
    const image = { width: Math.round(px(210)), height: Math.round(px(140)) };
    expect(sameFrame({ width: 210, height: 140 }, image, DPI)).toBe(true);
    expect(sameFrame({ width: 140, height: 210 }, image, DPI)).toBe(false);
    expect(sameFrame({ width: 210, height: 140 }, image, DPI * 2)).toBe(false);
  });

  it('cuts the row with a margin of white, 1.5 times its size', async () => {
    const crop = await loadImage(Buffer.from(await rowImage(await loadImage(Buffer.from(pageImage())), row, { dpi: DPI })));
    const margin = px(row.height) * 0.6;
    expect(crop.width).toBe(Math.round((px(row.width) + 2 * margin) * 1.5));
    expect(crop.height).toBe(Math.round((px(row.height) + 2 * margin) * 1.5));
    const g = createCanvas(crop.width, crop.height).getContext('2d');
    g.drawImage(crop, 0, 0);
    const at = (x: number, y: number) => g.getImageData(Math.floor(x), Math.floor(y), 1, 1).data[0];
    expect(at(crop.width / 2, crop.height / 2)).toBeLessThan(60); // the row's ink
    expect(at(2, 2)).toBeGreaterThan(200); // the margin
  });
});
