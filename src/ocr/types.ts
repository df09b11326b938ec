/**
 * What every OCR engine answers (tesseract.js's pool and PaddleOCR alike) and the shapes the PaddleOCR
 * steps pass between them: here, apart from the engines, so that no engine module imports another for
 * its types.
 */

export interface OcrBBox {
  x0: number; // left, pixels
  y0: number; // top, pixels
  x1: number; // right, pixels
  y1: number; // bottom, pixels
}

export interface OcrWord {
  text: string;
  confidence: number; // 0..100
  bbox: OcrBBox;
  /**
   * How sure the engine is of each UTF-16 unit of `text`, 0..100 (PaddleOCR only): a word's confidence is
   * its least sure character's, which may not be one of the characters a value is read from.
   */
  charConfidence?: number[];
}

export interface OcrLine {
  /** The words joined by spaces, spaces between CJK characters removed. */
  text: string;
  confidence: number; // 0..100
  bbox: OcrBBox;
  /** Baseline y (pixels from the top) at the line's left and right ends, estimated from the words. */
  baseline: { y0: number; y1: number };
  words: OcrWord[];
}

export interface OcrResult {
  /** The page text: one line per line, a blank line between paragraphs, CJK spacing normalised. */
  text: string;
  confidence: number; // mean word confidence, 0..100
  words: OcrWord[];
  lines: OcrLine[];
  width: number;  // image width, pixels
  height: number; // image height, pixels
  /**
   * Degrees (clockwise) the page's lines leaned, when it was straightened before reading: boxes and
   * baselines are then those of the image turned by −skew about its centre (searchable-pdf.ts turns them
   * back). Absent when the page was read as it is.
   */
  skew?: number;
  /**
   * Degrees (clockwise) the page was turned to be read upright, when it lay sideways or upside down:
   * boxes, baselines, `width` and `height` are then those of the turned image (the turn is applied
   * before `skew`'s straightening). Absent when the page was upright.
   */
  turn?: 90 | 180 | 270;
}

export interface GreyImage {
  width: number;
  height: number;
  /** The grey read, one byte per pixel, row-major: made on the first call (only a page shared with another thread needs it). */
  data(): Uint8Array;
  /** The image, drawn once, for cropping and resizing lines. */
  canvas: import('@napi-rs/canvas').Canvas;
}

/** A recognised run of text with one box per character (image pixels). */
export interface RecognizedBox {
  bbox: OcrBBox;
  /**
   * `gap`: blank space before the character, as a share of the text's height (see measureGaps).
   * `marked`: the highest probability the recogniser gave the same letter with a mark (see accents.ts).
   * `space`: the highest probability of the recogniser's space class between the character and the one
   * before (see decodeCtc).
   */
  chars: { text: string; x0: number; x1: number; confidence: number; gap?: number; marked?: number; space?: number }[];
}
