/**
 * OCR'd pages for the tests of what `extract` makes of a scan: items as OCR gives them (each with its certainty,
 * which is what tells the readers a scan from a text layer), set on an A4 page and read as `extract` reads them.
 */
import type { PageText, TextItem } from '../../src/core/text.js';
import { textParts } from '../../src/extract/text-parts.js';

/** An OCR'd item of `height` mm and the given certainty, two mm a character wide unless `width` is given. */
export const ocrItem = (x: number, y: number, text: string, height: number, confidence: number, width = text.length * 2): TextItem =>
  ({ text, x, y, width, height, page: 1, confidence });

/** An OCR'd item by its box's left and right edges, as OCR draws a box: `height` mm and the given certainty. */
export const ocrBox = (x: number, x2: number, y: number, text: string, height = 5, confidence = 96): TextItem => ocrItem(x, y, text, height, confidence, x2 - x);

/** An A4 page of these items. */
export const a4 = (items: TextItem[]): PageText => ({ page: 1, width: 210, height: 297, items });

/** The OCR reading `extract` makes of the pages: its invoice, with the fields it doubts. */
export const ocrReading = (...pages: PageText[]) => textParts(pages, 'ocr', []).find((p) => p.source === 'ocr')!;
