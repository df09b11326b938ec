/**
 * The OCR's reading of the very glyphs a text-layer value was drawn with. Both are positioned text in
 * millimetres from the page's top-left corner, so an OCR line can be matched to the text-layer glyphs it
 * covers; when it has one character per glyph (as a wrong font map changes them, one for one), the
 * value's glyphs give the OCR characters that read them. This reads a field again without the OCR's
 * parser, which may take a stamp's character or a label's end into a name.
 */
import type { PageText, TextItem } from '../core/text.js';

/** Where a value was drawn: its item on the text layer and its characters' range there. */
export interface Drawn {
  page: number;
  item: TextItem;
  first: number;
  length: number;
}

/** The first text-layer item that holds `value`, and where in it. */
export function drawnAt(pages: readonly PageText[], value: string): Drawn | null {
  for (const page of pages) {
    for (const item of page.items) {
      const at = item.text.indexOf(value);
      if (at >= 0) return { page: page.page, item, first: [...item.text.slice(0, at)].length, length: [...value].length };
    }
  }
  return null;
}

/**
 * The OCR characters read from the value's glyphs, or null when no OCR line matches them one for one:
 * each OCR line on the value's row is set against the text-layer glyphs under it (left to right, spaces
 * left out); where the counts agree, the characters at the value's glyphs are the value as the OCR saw it.
 */
export function ocrOf(textPages: readonly PageText[], ocrPages: readonly PageText[], drawn: Drawn): string | null {
  const textPage = textPages.find((p) => p.page === drawn.page);
  const ocrPage = ocrPages.find((p) => p.page === drawn.page);
  if (!textPage || !ocrPage) return null;
  const row = drawn.item;
  for (const line of ocrPage.items) {
    if (!sameRow(line, row) || line.x > row.x + row.width || line.x + line.width < row.x) continue;
    const glyphs = textPage.items.filter((item) => sameRow(item, line))
      .flatMap((item) => placed(item).map((g, index) => ({ ...g, item, index })))
      .filter((g) => !/\s/.test(g.ch) && g.x >= line.x && g.x <= line.x + line.width)
      .sort((a, b) => a.x - b.x);
    const read = [...line.text].filter((ch) => !/\s/.test(ch));
    const offset = alignment(glyphs.map((g) => g.ch), read);
    if (offset === null) continue;
    const value = glyphs.flatMap((g, i) => (g.item === row && g.index >= drawn.first && g.index < drawn.first + drawn.length ? [read[i + offset]] : []));
    if (value.length === drawn.length) return value.join('');
  }
  return null;
}

/** OCR characters a line may have beyond the text layer's glyphs under it: a stamp's, a border's. */
const MAX_EXTRA = 2;

/**
 * Where the glyphs start in the OCR line's characters: 0 when they are as many; with a character or two
 * more (a stamp's, at either end), the offset at which the most glyphs read the same (the labels, whose
 * map is right), when one offset does best. Null: no one-for-one reading.
 */
function alignment(glyphs: readonly string[], read: readonly string[]): number | null {
  const extra = read.length - glyphs.length;
  if (extra === 0) return 0;
  if (extra < 0 || extra > MAX_EXTRA) return null;
  const agree = (offset: number) => glyphs.filter((ch, i) => ch.normalize('NFKC') === read[i + offset].normalize('NFKC')).length;
  const scores = Array.from({ length: extra + 1 }, (_, offset) => agree(offset));
  const best = Math.max(...scores);
  return best > 0 && scores.filter((s) => s === best).length === 1 ? scores.indexOf(best) : null;
}

/** Whether b's vertical centre lies within a's row (a third of its height of slack: OCR boxes hug the ink, text boxes the font size). */
function sameRow(a: TextItem, b: TextItem): boolean {
  const centre = b.y + b.height / 2;
  const slack = a.height / 3;
  return centre >= a.y - slack && centre <= a.y + a.height + slack;
}

/** Each character of a text-layer item with its estimated centre: full-width characters (hanzi, CJK punctuation) twice as wide as the others. */
function placed(item: TextItem): Array<{ ch: string; x: number }> {
  const chars = [...item.text];
  const weights: number[] = chars.map((ch) => (FULL_WIDTH.test(ch) ? 2 : 1));
  const unit = item.width / weights.reduce((a, b) => a + b, 0);
  let x = item.x;
  return chars.map((ch, i) => {
    x += weights[i] * unit;
    return { ch, x: x - (weights[i] * unit) / 2 };
  });
}

const FULL_WIDTH = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
