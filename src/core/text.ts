/**
 * Positioned text, the shape every text source (PDF text layer, OFD TextObjects, OCR) produces, so the
 * invoice parsers work by geometry whatever the source.
 *
 * Coordinates are in millimetres from the page's top-left corner, y growing downwards (as OFD does).
 */
export interface TextItem {
  text: string;
  x: number;      // left edge
  y: number;      // top edge
  width: number;
  height: number; // font size / glyph box height
  page: number;   // 1-based
  /** OCR only: how sure the engine is of the item's least certain word, 0..100. */
  confidence?: number;
  /**
   * OCR only, when the engine gives it: how sure it is of each UTF-16 unit of `text`, 0..100 (a space it
   * put between words: 100), so a value can be judged by its own characters and not by a title word
   * sharing its item.
   */
  charConfidence?: number[];
  /**
   * PDF text layer only: drawn at a slant, neither upright nor a quarter turn: what is laid over a form
   * rather than filled into it (a watermark's rows, a stamp's words, a seal's ring of glyphs).
   */
  slanted?: boolean;
  /**
   * PDF text layer only: how far (degrees, clockwise as the page shows) a run's baseline turns off
   * level when it turns less than a slant does; absent when level. A page printed turned turns all its
   * runs alike.
   */
  turn?: number;
}

export interface PageText {
  page: number;    // 1-based
  width: number;   // mm
  height: number;  // mm
  items: TextItem[];
  /**
   * A PDF text layer every character of which was drawn visibly, as the lean reader found it: the
   * document's own text, never an OCR engine's layer laid invisibly over a scan. Label patterns then
   * read the labels as printed (src/invoice/western/ocr-tolerant-labels.ts, `readingPrint`).
   */
  visibleText?: boolean;
}

/**
 * The per-character certainty of `to`, a text made from `from` by taking out or collapsing whitespace
 * (trim, CJK spacing, runs of spaces): each character keeps the certainty of the one it came from; a
 * space that `from` did not have is sure (100).
 */
export function keptCertainty(from: string, certainty: readonly number[], to: string): number[] {
  const out: number[] = [];
  let j = 0;
  for (let k = 0; k < to.length; k++) {
    const c = to[k]!;
    let i = j;
    while (i < from.length && from[i] !== c) i++;
    if (i < from.length) {
      out.push(certainty[i] ?? 100);
      j = i + 1;
    } else {
      out.push(100);
    }
  }
  return out;
}
