/**
 * Builds test pages from a layout spec, as PageText (for the parsers) or as a real PDF drawn with pdf-lib
 * (to run the whole pdf.js path). Positions are millimetres from the top-left, like src/core/text.ts.
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, setTextRenderingMode, StandardFonts, TextRenderingMode, type PDFFont } from 'pdf-lib';
import type { PageText, TextItem } from '../../src/core/text.js';

export interface Draw {
  text: string;
  x: number;
  y: number;
  size?: number;    // glyph height in mm (default 3)
  glyphs?: number;  // draw one item per character, this many mm apart (spaced labels, glyph runs)
  rotate?: number;  // toPdf only: the baseline turned this many degrees anticlockwise (stamps, watermarks)
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

function charWidth(ch: string, size: number): number {
  return CJK.test(ch) ? size : size * 0.55;
}

function explode(d: Draw): Array<{ text: string; x: number; y: number; size: number; rotate?: number }> {
  const size = d.size ?? 3;
  if (!d.glyphs) return [{ text: d.text, x: d.x, y: d.y, size, rotate: d.rotate }];
  return [...d.text].map((ch, i) => ({ text: ch, x: d.x + i * d.glyphs!, y: d.y, size, rotate: d.rotate }));
}

export function toPageText(draws: Draw[], width = 210, height = 140): PageText[] {
  const items: TextItem[] = draws.flatMap(explode).map((p) => ({
    text: p.text, x: p.x, y: p.y, height: p.size, page: 1,
    width: [...p.text].reduce((w, ch) => w + charWidth(ch, p.size), 0),
  }));
  return [{ page: 1, width, height, items }];
}

/** An invoice set as a business letter on A4: what a test varies of it; the rest is the defaults' page. */
export interface LetterPage {
  /** The letterhead's rows at the top left, the first in larger print. */
  letterhead?: string[];
  /** The buyer's block in the window, top to bottom. */
  window?: string[];
  /** [label, value] rows of the info block at the right. */
  info?: Array<[string, string]>;
  title?: string;
  /** Rows under the title, before the item table. */
  underTitle?: string[];
  /** [label, value] rows of the totals block. */
  totals?: Array<[string, string]>;
  /** More text, drawn as given. */
  extra?: Draw[];
}

/** The page a LetterPage leaves as it is: its parties, its one item line (description, amount) and totals. */
export interface LetterDefaults {
  letterhead: string[];
  window: string[];
  item: [string, string];
  totals: Array<[string, string]>;
}

/** A text drawn at (x, y) millimetres, at `size` points when given. */
export const d = (x: number, y: number, text: string, size?: number): Draw => ({ x, y, text, ...(size ? { size } : {}) });

/** The draws of a letter-style invoice page (A4, millimetres). */
export function letterPage(p: LetterPage, defaults: LetterDefaults): Draw[] {
  const draws: Draw[] = [];
  (p.letterhead ?? defaults.letterhead).forEach((row, i) => draws.push(d(22, 15 + 7 * i, row, i === 0 ? 6 : undefined)));
  (p.window ?? defaults.window).forEach((row, i) => draws.push(d(22, 48 + 4.5 * i, row)));
  (p.info ?? [['Invoice No.', '10457'], ['Invoice date', '10.02.2025']]).forEach(([label, value], i) => draws.push(d(120, 48 + 5 * i, label), d(160, 48 + 5 * i, value)));
  draws.push(d(22, 85, p.title ?? 'Invoice', 5));
  (p.underTitle ?? []).forEach((row, i) => draws.push(d(22, 92 + 4.5 * i, row)));
  draws.push(d(22, 105, 'Description'), d(130, 105, 'Qty'), d(175, 105, 'Amount'));
  draws.push(d(22, 111, defaults.item[0]), d(130, 111, '1'), d(175, 111, defaults.item[1]));
  (p.totals ?? defaults.totals).forEach(([label, value], i) => draws.push(d(120, 125 + 6 * i, label), d(170, 125 + 6 * i, value)));
  draws.push(...(p.extra ?? []));
  return draws;
}

const MM = 72 / 25.4;
export const CJK_FONT = 'node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf';

/** `invisible`: the text drawn in rendering mode 3, as an OCR engine lays its text layer over a scan. */
export async function toPdf(draws: Draw[], width = 210, height = 140, cjk = true, invisible = false): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  let font: PDFFont;
  if (cjk) {
    doc.registerFontkit(fontkit);
    font = await doc.embedFont(readFileSync(CJK_FONT), { subset: true });
  } else {
    font = await doc.embedFont(StandardFonts.Helvetica);
  }
  const page = doc.addPage([width * MM, height * MM]);
  if (invisible) page.pushOperators(setTextRenderingMode(TextRenderingMode.Invisible));
  for (const p of draws.flatMap(explode)) {
    // pdf.js reports the item top as baseline − font size; draw the baseline there.
    page.drawText(p.text, { x: p.x * MM, y: (height - p.y - p.size) * MM, size: p.size * MM, font, ...(p.rotate ? { rotate: degrees(p.rotate) } : {}) });
  }
  return doc.save();
}
