/**
 * Builds test pages from a layout spec, as PageText (for the parsers) or as a real PDF drawn with pdf-lib
 * (to run the whole pdf.js path). Positions are millimetres from the top-left, like src/core/text.ts.
 */
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import type { PageText, TextItem } from '../../src/core/text.js';

export interface Draw {
  text: string;
  x: number;
  y: number;
  size?: number;    // glyph height in mm (default 3)
  glyphs?: number;  // draw one item per character, this many mm apart (spaced labels, glyph runs)
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

function charWidth(ch: string, size: number): number {
  return CJK.test(ch) ? size : size * 0.55;
}

function explode(d: Draw): Array<{ text: string; x: number; y: number; size: number }> {
  const size = d.size ?? 3;
  if (!d.glyphs) return [{ text: d.text, x: d.x, y: d.y, size }];
  return [...d.text].map((ch, i) => ({ text: ch, x: d.x + i * d.glyphs!, y: d.y, size }));
}

export function toPageText(draws: Draw[], width = 210, height = 140): PageText[] {
  const items: TextItem[] = draws.flatMap(explode).map((p) => ({
    text: p.text, x: p.x, y: p.y, height: p.size, page: 1,
    width: [...p.text].reduce((w, ch) => w + charWidth(ch, p.size), 0),
  }));
  return [{ page: 1, width, height, items }];
}

const MM = 72 / 25.4;
export const CJK_FONT = 'node_modules/@embedpdf/fonts-sc/fonts/NotoSansHans-Regular.otf';

export async function toPdf(draws: Draw[], width = 210, height = 140, cjk = true): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  let font: PDFFont;
  if (cjk) {
    doc.registerFontkit(fontkit);
    font = await doc.embedFont(readFileSync(CJK_FONT), { subset: true });
  } else {
    font = await doc.embedFont(StandardFonts.Helvetica);
  }
  const page = doc.addPage([width * MM, height * MM]);
  for (const p of draws.flatMap(explode)) {
    // pdf.js reports the item top as baseline − font size; draw the baseline there.
    page.drawText(p.text, { x: p.x * MM, y: (height - p.y - p.size) * MM, size: p.size * MM, font });
  }
  return doc.save();
}
