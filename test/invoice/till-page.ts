/**
 * A till receipt as OCR gives its lines, for the receipt tests: one text item per line, 5 mm apart; "  " splits
 * a line into a label and its figure at the right (into columns, when more than two), and `settled` reads it
 * through the scans' path and settles it as `extract` does.
 */
import type { PageText } from '../../src/core/text.js';
import { settle } from '../../src/extract/settle.js';
import { textParts } from '../../src/extract/text-parts.js';

function tillPage(lines: string[]): PageText[] {
  const items = lines.flatMap((line, i) => line.split('  ').map((text, k, all) => ({
    text, x: all.length > 2 ? 5 + 19 * k : k === 0 ? 5 : 60 - 10 * (all.length - 1 - k), y: 10 + 5 * i, width: text.length * 1.6, height: 3, page: 1, confidence: 95,
  })));
  return [{ page: 1, width: 80, height: 5 * lines.length + 20, items }];
}

export function settledTill(lines: string[]) {
  return settle({ parts: textParts(tillPage(lines), 'ocr', []), pages: 1 }, new Date('2026-11-29'));
}
