/**
 * The second look at a till receipt's date that the receipt reader repaired ("Tkh: 63/10/2017": a 0 read as a
 * 6): its doubt goes only when the row read again shows the same date as printed, each figure sure. The
 * recogniser here answers as told; the crop is real pixels.
 */
import { loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { secondLook, type Recognizer } from '../../src/extract/ocr-second-look.js';
import { emptyInvoice, type SourcedInvoice } from '../../src/invoice/index.js';
import { readReceiptDate } from '../../src/invoice/receipt/dates.js';
import { pageWithBars } from '../helpers/images.js';

const DPI = 200;
const ROW = 'Tkh: 63/10/2017';
const REPAIR = readReceiptDate([ROW])!.doubt!;
const row: TextItem = { text: ROW, x: 5, y: 30, width: 30, height: 3, page: 1, confidence: 80 };
const pages: PageText[] = [{ page: 1, width: 80, height: 120, items: [{ ...row, text: 'KLINIK HAIWAN CAHAYA', y: 10 }, row, { ...row, text: 'Payment Due  142.52', y: 90 }] }];
const read = () => ({ image: async () => pageWithBars(80, 120, DPI, [[row.x, row.y, row.width, row.height]]), dpi: DPI });

function tillPart(guess = REPAIR, till = true): SourcedInvoice {
  const invoice = emptyInvoice('MYR');
  invoice.date = '2017-10-03';
  invoice.totalAmount = 142.52;
  return { source: 'ocr', invoice, doubtful: { unsure: ['date'], computed: [] }, guessed: { date: guess }, ...(till ? { tillReceipt: true } : {}) };
}

/** A recogniser that reads the crop as `text`, each character at `certainty(i)`; it notes the crops' sizes. */
function answering(text: string, certainty: (i: number) => number = () => 97) {
  const asked: number[] = [];
  const ocr: Recognizer = {
    async pageText(image, options) {
      asked.push((await loadImage(Buffer.from(image))).width);
      return { page: options.page, width: 50, height: 8, items: [{ text, x: 1, y: 1, width: 45, height: 4, page: options.page, confidence: 90, charConfidence: [...text].map((_, i) => certainty(i)) }] };
    },
  };
  return { ocr, asked };
}

describe('a second look at a till receipt\'s repaired date', () => {
  it('the repair is the reader\'s doubt: "63/10/2017" read as 3 October 2017', () => {
    expect(readReceiptDate([ROW])?.date).toBe('2017-10-03');
    expect(REPAIR).toMatch(/63\/10\/2017/);
  });

  it('drops the doubts when the row read again shows "03/10/2017", each figure sure', async () => {
    const parts = [tillPart()];
    const { ocr, asked } = answering('Tkh: 03/10/2017');
    await secondLook(parts, pages, read, ocr);
    expect(asked).toHaveLength(1);
    expect(parts[0]!.guessed?.date).toBeUndefined();
    expect(parts[0]!.doubtful!.unsure).not.toContain('date');
  });

  it('keeps them when the second reading needs a repair too, reads another date, or is unsure of a figure', async () => {
    for (const { ocr } of [answering('Tkh: 63/10/2017'), answering('Tkh: 08/10/2017'), answering('Tkh: 03/10/2017', (i) => (i === 5 ? 40 : 97))]) {
      const parts = [tillPart()];
      await secondLook(parts, pages, read, ocr);
      expect(parts[0]!.guessed?.date).toBe(REPAIR);
      expect(parts[0]!.doubtful!.unsure).toContain('date');
    }
  });

  it('leaves a doubt of another kind, and a page that is no till receipt, unread', async () => {
    for (const part of [tillPart('2 different dates printed'), tillPart(REPAIR, false)]) {
      const { ocr, asked } = answering('Tkh: 03/10/2017');
      await secondLook([part], pages, read, ocr);
      expect(asked).toHaveLength(0);
      expect(part.guessed?.date).toBeDefined();
    }
  });
});

describe('a second look at a till receipt\'s date that lost a separator', () => {
  const LOST = 'Date: 12/022018 17:21';
  const lostRow: TextItem = { ...row, text: LOST };
  const lostPages: PageText[] = [{ ...pages[0]!, items: [pages[0]!.items[0]!, lostRow, pages[0]!.items[2]!] }];
  const why = readReceiptDate([LOST])!.doubt!;
  const part = () => {
    const p = tillPart(why);
    p.invoice.date = '2018-02-12';
    return p;
  };

  it('"12/022018" is read as 12 February 2018, in doubt: a separator put back', () => {
    expect(readReceiptDate([LOST])).toMatchObject({ date: '2018-02-12', parted: true });
    expect(why).toMatch(/12\/022018/);
  });

  it('drops the doubts when the row read again shows the same eight figures, each sure', async () => {
    const p = part();
    await secondLook([p], lostPages, read, answering('Date: 12/022018 17:21').ocr);
    expect(p.guessed?.date).toBeUndefined();
    expect(p.doubtful!.unsure).not.toContain('date');
  });

  it('keeps them when a figure of the second reading is unsure, or it needs a 0 put back', async () => {
    for (const { ocr } of [answering('Date: 12/022018 17:21', (i) => (i === 9 ? 40 : 97)), answering('Date: 12/622018 17:21')]) {
      const p = part();
      await secondLook([p], lostPages, read, ocr);
      expect(p.guessed?.date).toBe(why);
      expect(p.doubtful!.unsure).toContain('date');
    }
  });
});
