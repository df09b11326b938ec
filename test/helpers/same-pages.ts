import { expect } from 'vitest';
import type { PdfPageText } from '../../src/pdf/text.js';

/** Equal text and geometry to a thousandth of a millimetre: the lean reader's pages against pdf.js's. */
export function expectSamePages(lean: PdfPageText[], pdfjs: PdfPageText[]): void {
  expect(lean.map((p) => [p.page, p.width.toFixed(3), p.height.toFixed(3)])).toEqual(pdfjs.map((p) => [p.page, p.width.toFixed(3), p.height.toFixed(3)]));
  const round = (p: PdfPageText) => p.items.map((i) => `${i.text} @${i.x.toFixed(3)},${i.y.toFixed(3)} ${i.width.toFixed(3)}x${i.height.toFixed(3)}`);
  lean.forEach((page, k) => expect(round(page)).toEqual(round(pdfjs[k])));
}
