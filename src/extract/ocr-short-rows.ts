/**
 * A second look at the rows OCR read far short of their box: a long row of small print (a footer's
 * legal line, payment terms, the payee sentence) that PaddleOCR detected as one box over its lines,
 * 150 mm wide, and read as a letter or two ("AG" for "Atelier Graphique Lemaire SAS au capital de …").
 * On the supplier pages' scans one page in two has such a row, and with it goes what confirms or gives
 * the seller's legal name. The row is cut at blank columns into pieces of at most PIECE mm, each read
 * again on its own at 1.5 times its size: a piece that short is read whole, its lines apart. The
 * pieces' text, placed where the pieces stand on the page and a line the cuts divided joined again,
 * takes the row's place.
 *
 * Only pages read as they lie (straightened at most: a turned page's boxes are in another image) and not
 * Chinese ones, whose rows are dense with characters. One recognition of a small crop per piece.
 */
import type { Image } from '@napi-rs/canvas';
import { InvoicectlError } from '../core/errors.js';
import type { PageText, TextItem } from '../core/text.js';
import { MARGIN, SCALE, sameFrame, type ReadPage, type Recognizer } from './ocr-second-look.js';
import { pagesLookChinese } from './text-parts.js';

/** Rows narrower than this (mm) are read whole by OCR: a cell, a label, a figure. */
const MIN_WIDTH = 40;
/** A row holding fewer characters than this share of what its box holds was read short. */
const SHORT_SHARE = 1 / 4;
/** Widest piece (mm) a row is cut into: rows this wide were read whole on every scan looked at. */
const PIECE = 50;
/** How far (mm) from an even cut a blank column between two words is looked for. */
const CUT_ROOM = 10;
/** Grey levels below this are ink when looking for the blank columns between words. */
const INK = 140;

/**
 * Whether OCR read an item far short of its box: a character takes about half the text's height, and
 * the item holds fewer than SHORT_SHARE of the characters its width would.
 */
export function readShort(item: TextItem): boolean {
  const chars = item.text.replace(/\s/g, '').length;
  return item.width >= MIN_WIDTH && chars * (item.height / 2) < item.width * SHORT_SHARE;
}

/**
 * Replaces, on each page, the items read short (readShort) by a reading of their pieces. `read(page)`: the
 * page's image as OCR read it. A piece read as nothing, or a look that cannot be had, leaves the item.
 */
export async function readShortRowsAgain(pages: PageText[], read: (page: number) => ReadPage | undefined, ocr: Recognizer, signal?: AbortSignal): Promise<void> {
  if (pagesLookChinese(pages)) return;
  for (const [k, page] of pages.entries()) {
    const short = page.items.filter((i) => i.confidence !== undefined && readShort(i));
    const scan = short.length ? read(page.page) : undefined;
    if (!scan || scan.turn) continue;
    try {
      const { loadImage, createCanvas } = await import('@napi-rs/canvas');
      const image = await loadImage(Buffer.from(await scan.image()));
      if (!sameFrame(page, image, scan.dpi)) continue;
      const straight = straightened(image, scan.skew, createCanvas);
      const again = new Map<TextItem, TextItem[]>();
      const kept = page.items.filter((i) => !short.includes(i));
      for (const item of short) {
        // (A line of the box that OCR had read as an item of its own already, "account 072-901234-5.", is not added twice.)
        const pieces = (await readPieces(straight, item, scan.dpi, ocr, signal)).filter((p) => !kept.some((o) => o.text.trim() === p.text.trim() && overlap(o, p)));
        if (pieces.length) again.set(item, pieces);
      }
      if (again.size) pages[k] = { ...page, items: page.items.flatMap((i) => again.get(i) ?? [i]) };
    } catch (err) {
      // A look that cannot be had leaves the page as OCR read it; it never fails the document.
      if (err instanceof InvoicectlError && err.code === 'ABORTED') throw err;
    }
  }
}

/** Whether two items' boxes overlap. */
const overlap = (a: TextItem, b: TextItem) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

type Canvas = import('@napi-rs/canvas').Canvas;
type CreateCanvas = typeof import('@napi-rs/canvas').createCanvas;

/** The page turned by −skew about its centre, as OCR read it (its boxes are in that turned image). */
function straightened(image: Image, skew: number | undefined, createCanvas: CreateCanvas): Canvas {
  const canvas = createCanvas(image.width, image.height);
  const g = canvas.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, image.width, image.height);
  if (skew) {
    g.translate(image.width / 2, image.height / 2);
    g.rotate((-skew * Math.PI) / 180);
    g.translate(-image.width / 2, -image.height / 2);
  }
  g.drawImage(image, 0, 0);
  return canvas;
}

/** The item's row read again in pieces: their items, placed on the page (mm). */
async function readPieces(page: Canvas, item: TextItem, dpi: number, ocr: Recognizer, signal?: AbortSignal): Promise<TextItem[]> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const px = (mm: number) => Math.round((mm * dpi) / 25.4);
  const x0 = Math.max(0, px(item.x)), y0 = Math.max(0, px(item.y));
  const w = Math.min(px(item.width), page.width - x0), h = Math.min(px(item.height), page.height - y0);
  if (w <= 0 || h <= 0) return [];
  const blank = blankColumns(page.getContext('2d').getImageData(x0, y0, w, h).data, w, h);
  const cuts = cutsAt(blank, Math.ceil(item.width / PIECE), px(CUT_ROOM));
  const margin = Math.round(h * MARGIN);
  const pieces: TextItem[][] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const from = cuts[k]!, width = cuts[k + 1]! - from;
    const crop = createCanvas(Math.round((width + 2 * margin) * SCALE), Math.round((h + 2 * margin) * SCALE));
    const g = crop.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, crop.width, crop.height);
    g.scale(SCALE, SCALE);
    g.drawImage(page, x0 + from, y0, width, h, margin, margin, width, h);
    // Read at SCALE times the resolution, the crop's items are in mm of the page, from the crop's corner.
    const read = await ocr.pageText(new Uint8Array(crop.toBuffer('image/png')), { dpi: dpi * SCALE, page: item.page, signal });
    const left = ((x0 + from - margin) * 25.4) / dpi, top = ((y0 - margin) * 25.4) / dpi;
    pieces.push(read.items.map((i) => ({ ...i, x: i.x + left, y: i.y + top, page: item.page })));
  }
  // A line the cuts divided is joined again, as one row of the page: across a blank column with a space
  // between its words ("made payable to \"Straits Aircon" and "Engineering Pte. Ltd.\""), through ink without.
  const cutAt = (k: number) => item.x + (cuts[k]! * 25.4) / dpi;
  const out = [...pieces[0] ?? []];
  for (let k = 1; k < pieces.length; k++) {
    const spaced = blank[cuts[k]!] === true;
    for (const next of pieces[k]!) {
      const before = out.find((o) => Math.abs(o.x + o.width - cutAt(k)) <= JOIN && Math.abs(next.x - cutAt(k)) <= JOIN && Math.abs(o.y - next.y) < Math.max(o.height, next.height) / 2);
      if (before) out[out.indexOf(before)] = joined(before, next, spaced);
      else out.push(next);
    }
  }
  return out;
}

/** How near (mm) a cut a piece's line must end, and the next one's start, to be one line the cut divided. */
const JOIN = 3;

/** Certainty of each of an item's characters: its own, else the item's for each. */
const eachCertainty = (i: TextItem) => (i.charConfidence?.length === i.text.length ? i.charConfidence : Array<number>(i.text.length).fill(i.confidence ?? 100));

/**
 * Two items of one line, the second after the first, as one item (a space between them: at 100, as OCR
 * gives one). A cut through ink split the glyph there, and each piece read its half as a character
 * ("Brandstätter (" and "GmbH", a G's left curve read as a bracket; "5630 1" and "3ad" for a B): the two
 * characters at the seam are one glyph or two, which OCR cannot say, so they are at no certainty.
 */
function joined(a: TextItem, b: TextItem, spaced: boolean): TextItem {
  const gap = spaced ? ' ' : '';
  const each = [...eachCertainty(a), ...(spaced ? [100] : []), ...eachCertainty(b)];
  if (!spaced && a.text.length && b.text.length) each[a.text.length - 1] = each[a.text.length] = 0;
  return { ...a, text: `${a.text}${gap}${b.text}`, width: b.x + b.width - a.x, y: Math.min(a.y, b.y), height: Math.max(a.height, b.height),
    confidence: Math.min(a.confidence ?? 100, b.confidence ?? 100), charConfidence: each };
}

/** Whether each column of a crop's pixels (RGBA, grey) has no ink. */
function blankColumns(rgba: Uint8ClampedArray, w: number, h: number): boolean[] {
  const blank = new Array<boolean>(w).fill(true);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) if (rgba[(y * w + x) * 4]! < INK) blank[x] = false;
  return blank;
}

/**
 * Where to cut a row into `pieces`: near each even cut, the middle of the widest run of blank columns
 * within `room` pixels (a space between words), else the even cut itself. The row's ends included.
 */
export function cutsAt(blank: readonly boolean[], pieces: number, room: number): number[] {
  const w = blank.length;
  const cuts = [0];
  for (let k = 1; k < pieces; k++) {
    const even = Math.round((k * w) / pieces);
    let best = even, widest = 0;
    for (let x = Math.max(cuts.at(-1)! + 1, even - room); x < Math.min(w, even + room); x++) {
      let run = 0;
      while (x + run < w && blank[x + run]) run++;
      if (run > widest) [widest, best] = [run, x + (run >> 1)];
      x += run;
    }
    cuts.push(best);
  }
  cuts.push(w);
  return cuts;
}
