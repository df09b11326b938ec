/**
 * A till receipt's date the receipt reader repaired, on a row that also prints its weekday ("Sabtu
 * 05/08/201 7" with the time an item of its own; "Ahad 22/67/2018"): the calendar settles the repair when the
 * repaired date falls on that weekday, with no second reading; a weekday the date does not fall on (a day or
 * a year misread as well) keeps the doubt, and so does a row that names two weekdays.
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { secondLook, type Recognizer } from '../../src/extract/ocr-second-look.js';
import { emptyInvoice, type SourcedInvoice } from '../../src/invoice/index.js';
import { readReceiptDate, weekdayAgrees } from '../../src/invoice/receipt/dates.js';

const item = (text: string, x: number, y: number): TextItem => ({ text, x, y, width: text.length * 1.6, height: 3, page: 1, confidence: 80 });
/** A page whose date row is `items`, between the shop's name and the total; no image (a second reading would fail). */
const page = (...row: TextItem[]): PageText[] => [{ page: 1, width: 80, height: 120, items: [item('KEDAI BARANG SEMBAHYANG HENG', 5, 10), ...row, item('Jumlah  50.50', 5, 90)] }];
const noImage = () => undefined;
/** A recogniser that must not be asked: the weekday settles the date alone. */
const asked: number[] = [];
const ocr: Recognizer = { async pageText() { asked.push(1); throw new Error('no second reading expected'); } };

function part(date: string, why: string, till = false): SourcedInvoice {
  const invoice = emptyInvoice('MYR');
  invoice.date = date;
  invoice.totalAmount = 50.5;
  return { source: 'ocr', invoice, doubtful: { unsure: ['date'], computed: [] }, guessed: { date: why }, ...(till ? { tillReceipt: true } : {}) };
}

describe('a repaired date on a row that prints its weekday', () => {
  it('weekdayAgrees: the weekday named alone, in English or Malay, the date falls on', () => {
    expect(weekdayAgrees('Sabtu 05/08/201 7  08: 20', '2017-08-05')).toBe(true);
    expect(weekdayAgrees('05 NAR-2019 (TUE)  11:40', '2019-03-05')).toBe(true);
    expect(weekdayAgrees('Ahad 22/67/2018', '2018-07-22')).toBe(true);
    // A day misread as well (28 for 24): the 24th is no Sunday.
    expect(weekdayAgrees('Ahad 24/67/2018', '2018-07-24')).toBe(false);
    // Two weekdays, or none.
    expect(weekdayAgrees('Sat-Sun 05/08/2017', '2017-08-05')).toBe(false);
    expect(weekdayAgrees('05/08/2017', '2017-08-05')).toBe(false);
  });

  it('settles the repair when the date falls on the weekday printed, the time an item of its own', async () => {
    const row = [item('Sabtu 05/08/201 7', 5, 30), item('08: 20', 50, 30)];
    const why = readReceiptDate(['Sabtu 05/08/201 7  08: 20'])!.doubt!;
    const p = part('2017-08-05', why);
    await secondLook([p], page(...row), noImage, ocr);
    expect(p.invoice.date).toBe('2017-08-05');
    expect(p.guessed?.date).toBeUndefined();
    expect(p.doubtful!.unsure).not.toContain('date');
    expect(asked).toHaveLength(0);
  });

  it('keeps the doubt when the weekday disagrees with the repaired date', async () => {
    const text = 'Ahad 24/67/2018  17:26';
    const why = readReceiptDate([text])!.doubt!;
    const p = part('2018-07-24', why, true);
    await secondLook([p], page(item(text, 5, 30)), noImage, ocr);
    expect(p.guessed?.date).toBe(why);
    expect(p.doubtful!.unsure).toContain('date');
  });

  it('keeps a doubt of another kind, which a weekday does not settle', async () => {
    const p = part('2017-08-05', '2 different dates printed');
    await secondLook([p], page(item('Sabtu 05/08/2017  08:20', 5, 30)), noImage, ocr);
    expect(p.guessed?.date).toBe('2 different dates printed');
  });
});
