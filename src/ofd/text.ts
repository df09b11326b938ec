/**
 * ofdPageText: every TextCode of every page as a positioned TextItem (mm, top-left origin), so the
 * invoice parsers work on OFD exactly as on a PDF text layer. Template text (the printed labels such as
 * 发票号码：) is included: parsers find values by their labels. Seal drawings are not page text.
 */
import type { PageText, TextItem } from '../core/text.js';
import { apply, multiply, objectMatrix } from './geometry.js';
import { estimateAdvance } from './objects.js';
import type { Matrix, OfdDocument, OfdObject, OfdTextObject } from './types.js';

/** Share of the font size above the baseline: where a glyph's top sits. */
const ASCENT = 0.88;

export function ofdPageText(doc: OfdDocument): PageText[] {
  return doc.pages.map((page) => {
    const items: TextItem[] = [];
    const origin: Matrix = [1, 0, 0, 1, -page.box.x, -page.box.y];
    collect(page.objects, origin, page.number, items);
    for (const annot of page.annotations) {
      if (annot.visible) collect(annot.objects, multiply([1, 0, 0, 1, annot.boundary.x, annot.boundary.y], origin), page.number, items);
    }
    return { page: page.number, width: page.box.width, height: page.box.height, items };
  });
}

function collect(objects: OfdObject[], parent: Matrix, page: number, out: TextItem[]): void {
  for (const obj of objects) if (obj.kind === 'text') textItems(obj, multiply(objectMatrix(obj.boundary, obj.ctm), parent), page, out);
}

/** One item per TextCode: the axis-aligned box around its glyph cells, mapped to the page. */
function textItems(obj: OfdTextObject, m: Matrix, page: number, out: TextItem[]): void {
  for (const code of obj.codes) {
    if (code.glyphs.length === 0 || code.text.trim() === '') continue;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const g of code.glyphs) {
      const w = estimateAdvance(g.char, obj.size, obj.font) * obj.hScale;
      const top = g.y - obj.size * ASCENT;
      const bottom = g.y + obj.size * (1 - ASCENT);
      for (const [px, py] of [apply(m, g.x, top), apply(m, g.x + w, top), apply(m, g.x, bottom), apply(m, g.x + w, bottom)]) {
        minX = Math.min(minX, px);
        maxX = Math.max(maxX, px);
        minY = Math.min(minY, py);
        maxY = Math.max(maxY, py);
      }
    }
    out.push({ text: code.text, x: round(minX), y: round(minY), width: round(maxX - minX), height: round(maxY - minY), page });
  }
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
