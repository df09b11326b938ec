/**
 * A second look at a Chinese invoice's 发票号码 and 发票代码 when OCR was unsure of a digit of them
 * (ocr-doubts.ts): the row that shows the value is cut from the page, as OCR straightened it, and read
 * again at 1.5 times its size. A 楷体 digit that the page-sized reading found ambiguous is then mostly
 * read with certainty. When the second reading shows the very same digits, each at MIN_CONFIDENCE or
 * above, the two readings settle the value and the doubt is dropped; any other second reading (another
 * digit, a digit still unsure, nothing) leaves it. One more recognition of a small crop per unsure field
 * (the page image fetched and decoded once for all).
 *
 * A Western invoice's number and party names get the same second look when OCR's certainty of a character
 * is their one doubt (OcrDoubts.uncertainOnly): a right letter's least sure step is often as low as a
 * wrong one's ("Walsh" with its h at 45), and the larger reading tells them apart as it does a 楷体 digit.
 * A name in doubt for another reason (run together, an address row, marks a language loses) keeps it.
 *
 * A till receipt's date read only by repairing its row ("14/64/18": a 0 read as a 6) gets one too
 * (tillDateReadAgain): the repair's doubt goes when the row read larger shows that date with no repair, or
 * with a separator put back only, its figures sure, or when the row prints the weekday the date falls on.
 *
 * A page OCR read turned (PaddleOCR reads a page fed sideways or upside down upright, and places its
 * text in the turned page) gets no second look: the row's box would be cut from another part of the
 * image, so the doubt stays. OCR says so (OcrResult.turn); a page whose text's size shows it lay
 * sideways is also left, whatever the engine said.
 */
import type { Image } from '@napi-rs/canvas';
import { InvoicectlError } from '../core/errors.js';
import type { PageText, TextItem } from '../core/text.js';
import { isChineseInvoice, pageLines, type SourcedInvoice } from '../invoice/index.js';
import { readReceiptDate, weekdayAgrees } from '../invoice/receipt/dates.js';
import { withoutCompanyForm } from '../invoice/western/parties.js';
import { lookalikesAs, MIN_CONFIDENCE } from './ocr-doubts.js';

/** How much larger the row is read the second time (also the short rows' pieces: ocr-short-rows.ts). */
export const SCALE = 1.5;
/** White kept around the row, in row heights: the recogniser needs a margin to find the line. */
export const MARGIN = 0.6;
/** The fields a second look can settle: runs of digits, read as a whole, with no sum to confirm them. */
const FIELDS = ['number', 'code'] as const;
/** A Western invoice's: its number and the parties' names, which no other figure confirms either. */
const WESTERN_FIELDS = ['number', 'seller.name', 'buyer.name'] as const;

/** What the second look needs of the OCR: a recognition of an image into positioned text. */
export interface Recognizer {
  pageText(image: Uint8Array, options: { dpi: number; page: number; signal?: AbortSignal }): Promise<PageText>;
}

/** A scanned page as OCR read it: its image, the resolution its text was placed at, its skew (degrees, clockwise). */
export interface ReadPage {
  image: () => Promise<Uint8Array>;
  dpi: number;
  skew?: number;
  /** Degrees (clockwise) OCR turned the page to read it upright (OcrResult.turn). */
  turn?: number;
}

/**
 * The canvas addon, loaded on the first second look: a digital PDF's extract never takes one, and loading
 * the native addon cost ~40 of the ~330 CPU-ms of a one-invoice process.
 */
const canvasAddon = () => import('@napi-rs/canvas');

/**
 * Drops the doubts on `number` and `code` of the OCR part that a second reading of their row settles.
 * `pages`: the OCR'd pages' text; `read(page)`: that page's image as OCR read it.
 */
export async function secondLook(parts: SourcedInvoice[], pages: readonly PageText[], read: (page: number) => ReadPage | undefined, ocr: Recognizer, signal?: AbortSignal): Promise<void> {
  for (const dated of parts.filter((p) => p.source === 'ocr' && p.guessed?.date)) {
    if (repairOnItsWeekday(dated, pages)) dateSettled(dated);
    else if (dated.tillReceipt) await tillDateReadAgain(dated, pages, read, ocr, signal);
  }
  const part = parts.find((p) => p.source === 'ocr' && p.doubtful?.unsure.length);
  if (!part?.doubtful) return;
  const fields = isChineseInvoice(part.invoice) ? FIELDS : WESTERN_FIELDS.filter((f) => part.doubtful!.uncertainOnly?.includes(f));
  const unsure = fields.filter((f) => part.doubtful!.unsure.includes(f));
  await readRowsAgain(part, fields, valueRows(pages, read), (row) => ocr.pageText(row.crop, { dpi: row.dpi, page: row.page, signal }),
    (field, value, items) => readsSurely(items, value) || (field.endsWith('.name') && formReadAlike(items, value)));
  // Another reading of the same page (its blocks taken otherwise) that gives the same value, in doubt for OCR's
  // certainty alone, was unsure of the same characters: the row's second reading settles it there too. Its doubts
  // join the result's (settle.ts), and would flag the value the second look settled.
  const settled: string[] = unsure.filter((f) => !part.doubtful?.unsure.includes(f));
  for (const other of parts) {
    if (other === part || other.source !== 'ocr' || !other.doubtful) continue;
    const same = (f: string) => settled.includes(f) && other.doubtful!.uncertainOnly?.includes(f) && !other.doubtful!.kept?.includes(f) && valueOf(other.invoice, f) === valueOf(part.invoice, f);
    other.doubtful = { ...other.doubtful, unsure: other.doubtful.unsure.filter((f) => !same(f)) };
  }
}

/**
 * A till receipt's date the receipt reader read only by repairing its row (receipt/dates.ts: a 0 read as a 6,
 * an 8 or a 9, a separator lost, the day run into the year) is in doubt: the blur that cost one figure may have
 * cost another. Its row read again larger settles it when that reading shows the same date as printed, needing
 * no repair but a separator put back (every figure there, none changed), each of the row's figures at
 * MIN_CONFIDENCE or above: the reader's doubt and OCR's are dropped.
 * A second reading that needs a repair too, reads another date or is unsure of a figure keeps them; so does a
 * doubt of another kind (which of two dates, the order of day and month), which no row's reading settles.
 */
async function tillDateReadAgain(part: SourcedInvoice, pages: readonly PageText[], read: (page: number) => ReadPage | undefined, ocr: Recognizer, signal?: AbortSignal): Promise<void> {
  const date = part.invoice.date;
  const why = part.guessed?.date;
  if (!date || !why) return;
  const repaired = pages.flatMap((p) => p.items).find((i) => {
    const own = readReceiptDate([i.text]);
    return own?.date === date && own.doubt === why;
  });
  if (!repaired) return;
  const items = await rowReadAgain(repaired.text, valueRows(pages, read), (row) => ocr.pageText(row.crop, { dpi: row.dpi, page: row.page, signal }));
  if (items?.some((i) => dateReadSurely(i, date))) dateSettled(part);
}

/**
 * Whether the receipt reader's repair of a date's row (the doubt the part names) prints the weekday the
 * repaired date falls on (weekdayAgrees: "Sabtu 05/08/201 7  08:20"): the calendar settles it with no second
 * reading, which repeats a misread figure as often as not. The row is the page's line, as the reader read it
 * (the time may be an item of its own).
 */
function repairOnItsWeekday(part: SourcedInvoice, pages: readonly PageText[]): boolean {
  const date = part.invoice.date;
  const why = part.guessed?.date;
  if (!date || !why) return false;
  return pageLines(pages).some((l) => {
    const own = readReceiptDate([l.text]);
    return own?.date === date && own.doubt === why && weekdayAgrees(l.text, date);
  });
}

/** The reader's doubt of the part's date and OCR's dropped: a second look settled it. */
function dateSettled(part: SourcedInvoice): void {
  const { date: _settled, ...guessed } = part.guessed!;
  part.guessed = guessed;
  if (part.doubtful) part.doubtful = { ...part.doubtful, unsure: part.doubtful.unsure.filter((f) => f !== 'date') };
}

/**
 * Whether an item reads as `date` with no repair, or with a separator put back only ("12/022018": its eight
 * figures all there, a separator lost), each of its figures sure (or the item, without per-character certainty).
 */
function dateReadSurely(item: TextItem, date: string): boolean {
  const own = readReceiptDate([item.text]);
  if (own?.date !== date || (own.doubt !== undefined && !own.parted) || item.confidence === undefined) return false;
  const each = item.charConfidence?.length === item.text.length ? item.charConfidence : undefined;
  return each ? [...item.text].every((c, k) => !/\d/.test(c) || each[k]! >= MIN_CONFIDENCE) : item.confidence >= MIN_CONFIDENCE;
}

/**
 * Whether a second reading shows a name's own words surely (readsSurely), then its company form with a figure
 * for a look-alike letter: "Hotel Zdrojowy Sp. z 0.0." for "Hotel Zdrojowy Sp. z o.o.", read larger. A form is
 * one of a few words, which the first reading's certainty leaves aside (ocr-doubts.ts) and the second's look-alike
 * figures do not make another; the words before it are what the doubt was of. A name without a form, a reading
 * with another letter in the form or more after it: no.
 */
export function formReadAlike(items: readonly TextItem[], value: string): boolean {
  const words = withoutCompanyForm(value).trimEnd();
  if (!/\p{L}{2}/u.test(words) || words === value.trim()) return false;
  const form = lookalikesAs(value.trim().slice(words.length));
  return items.some((item) => {
    const at = item.text.indexOf(words);
    if (at < 0 || item.confidence === undefined) return false;
    const end = at + words.length;
    if (lookalikesAs(item.text.slice(end)) !== form) return false;
    return readsSurely([{ ...item, text: item.text.slice(0, end), ...(item.charConfidence?.length === item.text.length ? { charConfidence: item.charConfidence.slice(0, end) } : {}) }], words);
  });
}

/** The value of a field a row's second reading can settle: the number, the code or a party's name. */
const valueOf = (invoice: SourcedInvoice['invoice'], field: string) => (field === 'seller.name' ? invoice.seller.name : field === 'buyer.name' ? invoice.buyer.name : field === 'number' || field === 'code' ? invoice[field] : null);

/**
 * Reads the row of each of the part's `fields` still in doubt again (`reading`, of the row `rows` cuts) and
 * drops the doubts of those `settles` says that reading settles. A reading that cannot be had (no row to cut,
 * an engine that fails, a language not installed) leaves the doubt; it never fails the document.
 */
export async function readRowsAgain(part: SourcedInvoice, fields: readonly string[], rows: (value: string) => Promise<ValueRow | undefined>, reading: (row: ValueRow) => Promise<PageText>, settles: (field: string, value: string, items: readonly TextItem[]) => boolean): Promise<void> {
  const settled: string[] = [];
  for (const field of fields) {
    const value = valueOf(part.invoice, field);
    if (!value || !part.doubtful?.unsure.includes(field)) continue;
    const items = await rowReadAgain(value, rows, reading);
    // (A doubt of the name's shape is no reading's to settle: OcrDoubts.kept.)
    if (items && settles(field, value, items) && !part.doubtful?.kept?.includes(field)) settled.push(field);
  }
  if (settled.length && part.doubtful) part.doubtful = { ...part.doubtful, unsure: part.doubtful.unsure.filter((f) => !settled.includes(f)) };
}

/**
 * The items of a second reading (`reading`) of the row that shows `value` (cut by `rows`), or undefined when
 * none can be had (no row to cut, an engine that fails, a language not installed): only an abort is thrown.
 */
export async function rowReadAgain(value: string, rows: (value: string) => Promise<ValueRow | undefined>, reading: (row: ValueRow) => Promise<PageText>): Promise<readonly TextItem[] | undefined> {
  try {
    const row = await rows(value);
    return row && (await reading(row)).items;
  } catch (err) {
    if (err instanceof InvoicectlError && err.code === 'ABORTED') throw err;
    return undefined;
  }
}

/** A value's row cut from its page (rowImage), with the resolution the crop is at. */
export interface ValueRow {
  crop: Uint8Array;
  dpi: number;
  page: number;
}

/**
 * The row of the first OCR'd item that shows a value (spaces aside; in other case, or with look-alike letters
 * and figures, when none shows it so), cut from its page as OCR read it;
 * undefined when no item shows it or its page cannot be cut (no image, turned, another frame). The
 * fields of a page are mostly on one page: its image (rendered again, for a PDF) fetched and decoded once.
 */
export function valueRows(pages: readonly PageText[], read: (page: number) => ReadPage | undefined): (value: string) => Promise<ValueRow | undefined> {
  const decoded = new Map<number, Promise<Image>>();
  const decode = (n: number, scan: ReadPage) => {
    let image = decoded.get(n);
    if (!image) decoded.set(n, (image = Promise.all([scan.image(), canvasAddon()]).then(([bytes, { loadImage }]) => loadImage(Buffer.from(bytes)))));
    return image;
  };
  return async (value) => {
    for (const page of pages) {
      // (Or in other case: a form OCR read with a small letter drawn like its capital, "As" for "AS", written as printed.)
      const item = page.items.find((i) => i.text.replace(/\s/g, '').includes(value.replace(/\s/g, '')))
        ?? page.items.find((i) => i.text.replace(/\s/g, '').toLowerCase().includes(value.replace(/\s/g, '').toLowerCase()))
        ?? page.items.find((i) => lookalikesAs(i.text).includes(lookalikesAs(value))) ?? wrappedOver(page.items, value);
      const scan = item && read(page.page);
      if (!item || !scan) continue;
      // A turned page's boxes are in the turned image: a crop of the page as it is shows another part.
      if (scan.turn) return undefined;
      const image = await decode(page.page, scan);
      if (!sameFrame(page, image, scan.dpi)) return undefined;
      return { crop: await rowImage(image, item, scan), dpi: scan.dpi * SCALE, page: page.page };
    }
    return undefined;
  };
}

/**
 * A value OCR boxed as two rows, the second right under the first at its left edge, that together are the
 * value (spaces aside): a name wrapped in a narrow block ("Restaurante O Cantinho do" over "Avô, Lda."), its
 * label perhaps before it on the first row ("Furnizor: Livada Bucovinei" over "S.R.L."). The box of both
 * rows, to cut them as one; undefined when no two rows are the value.
 */
function wrappedOver(items: readonly TextItem[], value: string): TextItem | undefined {
  // (Marks, case and look-alike figures aside: the name is written as its form is printed, which its rows may not
  // show, "TİCARET A.S." for "… A.Ş.", "Sp. Z" over "0.0." for "Sp. z o.o.": text-parts.ts.)
  const bare = (text: string) => lookalikesAs(text.normalize('NFD').replace(/\p{M}/gu, ''));
  const key = bare(value);
  for (const a of items) {
    if (a.confidence === undefined || bare(a.text) === key) continue;
    // The first row is the value's start, or ends with it after its label (several letters of the value's own).
    const b = items.find((i) => {
      const head = key.slice(0, key.length - bare(i.text).length);
      return i !== a && i.page === a.page && i.confidence !== undefined && i.y > a.y && i.y - a.y <= 1.6 * a.height && Math.abs(i.x - a.x) <= 3
        && bare(i.text).length > 0 && key.endsWith(bare(i.text)) && (bare(a.text) === head || (head.length >= WRAPPED_HEAD && bare(a.text).endsWith(head)));
    });
    if (!b) continue;
    const x = Math.min(a.x, b.x);
    return { ...a, text: `${a.text} ${b.text}`, x, width: Math.max(a.x + a.width, b.x + b.width) - x, height: b.y + b.height - a.y };
  }
  return undefined;
}
/** The fewest letters of a value a labelled row must end with to open it: fewer would be the label's. */
const WRAPPED_HEAD = 4;

/**
 * Whether an item shows `value` as a run of digits of its own (no digit just before or after), each of
 * its characters at MIN_CONFIDENCE or above, or one of a letter printed twice: the recogniser must find
 * a blank between the two, and the step that gives one of them is as unsure at every scale ("Greenhill"
 * with an l at 46, at 41 read again larger); the second reading still shows it doubled, as the first
 * did. An item without per-character certainty goes by its own.
 */
export function readsSurely(items: readonly TextItem[], value: string): boolean {
  for (const item of [...items, ...wrappedRuns(items, value)]) {
    if (item.confidence === undefined) continue;
    const each = item.charConfidence?.length === item.text.length ? item.charConfidence : undefined;
    for (let at = item.text.indexOf(value); at >= 0; at = item.text.indexOf(value, at + 1)) {
      if (/\d/.test(item.text[at - 1] ?? '') || /\d/.test(item.text[at + value.length] ?? '')) continue;
      const sure = each ? each.slice(at, at + value.length).every((c, k) => c >= MIN_CONFIDENCE || doubledLetter(value, k)) : item.confidence >= MIN_CONFIDENCE;
      if (sure) return true;
    }
  }
  return false;
}

/**
 * A name the page wraps over two rows ("Northern Plains Community" over "Foundation"), which the second reading
 * gives as two items, one after the other: the two as one text, joined by a space (as sure as the less sure
 * of its neighbours), when the value runs across the join, whole words of the two. Only items one after the other in
 * the reading, the second under the first; only values of words (a run of digits is never joined).
 */
function wrappedRuns(items: readonly TextItem[], value: string): TextItem[] {
  if (!/\p{L}/u.test(value) || !value.includes(' ')) return [];
  const out: TextItem[] = [];
  for (let k = 0; k + 1 < items.length; k++) {
    const a = items[k]!, b = items[k + 1]!;
    if (a.confidence === undefined || b.confidence === undefined || b.y < a.y + a.height / 2) continue;
    const text = `${a.text.trimEnd()} ${b.text.trimStart()}`;
    const at = text.indexOf(value);
    const join = a.text.trimEnd().length;
    if (at < 0 || at >= join || at + value.length <= join + 1 || /\p{L}/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[at + value.length] ?? '')) continue;
    const lead = b.text.length - b.text.trimStart().length;
    const ea = a.charConfidence?.length === a.text.length ? a.charConfidence : undefined;
    const eb = b.charConfidence?.length === b.text.length ? b.charConfidence : undefined;
    const { charConfidence: _, ...joined } = a;
    out.push({ ...joined, text, confidence: Math.min(a.confidence, b.confidence), ...(ea && eb ? { charConfidence: [...ea.slice(0, join), Math.min(ea[join - 1]!, eb[lead]!), ...eb.slice(lead)] } : {}) });
  }
  return out;
}

/** Whether the character at `k` is a letter printed twice, with the one before or after it. */
const doubledLetter = (value: string, k: number) => /\p{L}/u.test(value[k]!) && (value[k] === value[k - 1] || value[k] === value[k + 1]);

/**
 * Whether OCR placed the page's text on the image as it is (straightened at most): the text's page, in
 * pixels at `dpi`, is the image's size. A page it read turned sideways has width and height swapped.
 */
export function sameFrame(page: Pick<PageText, 'width' | 'height'>, image: { width: number; height: number }, dpi: number): boolean {
  const px = (mm: number) => (mm * dpi) / 25.4;
  return Math.abs(px(page.width) - image.width) <= 1 && Math.abs(px(page.height) - image.height) <= 1;
}

/**
 * The item's row cut from the page image, SCALE times its size, as a PNG: the page turned by −skew about
 * its centre first, as OCR read it (its boxes are in that turned image), with MARGIN row heights of
 * white around the row.
 */
export async function rowImage(page: Image, item: TextItem, scan: Pick<ReadPage, 'dpi' | 'skew'>): Promise<Uint8Array> {
  const { createCanvas } = await canvasAddon();
  const px = (mm: number) => (mm * scan.dpi) / 25.4;
  const margin = px(item.height) * MARGIN;
  const x0 = px(item.x) - margin, y0 = px(item.y) - margin;
  const width = px(item.width) + 2 * margin, height = px(item.height) + 2 * margin;
  const canvas = createCanvas(Math.max(1, Math.round(width * SCALE)), Math.max(1, Math.round(height * SCALE)));
  const g = canvas.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.scale(SCALE, SCALE);
  g.translate(-x0, -y0);
  if (scan.skew) {
    g.translate(page.width / 2, page.height / 2);
    g.rotate((-scan.skew * Math.PI) / 180);
    g.translate(-page.width / 2, -page.height / 2);
  }
  g.drawImage(page, 0, 0);
  return new Uint8Array(canvas.toBuffer('image/png'));
}
