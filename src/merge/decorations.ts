/** What is drawn on a sheet besides the invoices: labels, page numbers, cut lines, the summary table. */
import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { fitText } from '../pdf/fonts.js';
import type { Margins, Rect, Size } from './geometry.js';
import { LABEL_SIZE, SUMMARY_HEADER, SUMMARY_LINE } from './layout.js';

const GREY = rgb(0.35, 0.35, 0.35);
export { LABEL_BAND, LABEL_SIZE, summaryRowsPerSheet } from './layout.js';

export function drawLabel(page: PDFPage, font: PDFFont, text: string, cell: Rect): void {
  const shown = fitText(font, text, LABEL_SIZE, cell.width);
  page.drawText(shown, { x: cell.x, y: cell.y + cell.height - LABEL_SIZE, size: LABEL_SIZE, font, color: GREY });
}

export function drawPageNumber(page: PDFPage, font: PDFFont, n: number, total: number, sheet: Size, margins: Margins): void {
  const text = `${n} / ${total}`;
  const size = 8;
  const width = font.widthOfTextAtSize(text, size);
  // Centred in the bottom margin, or just inside the sheet edge when the margin is thin.
  const y = Math.max(4, margins.bottom / 2 - size / 2);
  page.drawText(text, { x: (sheet.width - width) / 2, y, size, font, color: GREY });
}

/** Dashed lines through the middle of each gap between rows and columns, edge to edge. */
export function drawCutLines(page: PDFPage, cells: Rect[], sheet: Size): void {
  const style = { thickness: 0.5, color: rgb(0.6, 0.6, 0.6), dashArray: [3, 3] };
  const xs = uniqueSorted(cells.map((c) => c.x));
  const ys = uniqueSorted(cells.map((c) => c.y));
  for (let i = 1; i < xs.length; i++) {
    const left = cells.find((c) => Math.abs(c.x - xs[i - 1]) < 0.01)!;
    const x = (left.x + left.width + xs[i]) / 2;
    page.drawLine({ start: { x, y: 0 }, end: { x, y: sheet.height }, ...style });
  }
  for (let i = 1; i < ys.length; i++) {
    const lower = cells.find((c) => Math.abs(c.y - ys[i - 1]) < 0.01)!;
    const y = (lower.y + lower.height + ys[i]) / 2;
    page.drawLine({ start: { x: 0, y }, end: { x: sheet.width, y }, ...style });
  }
}

function uniqueSorted(values: number[]): number[] {
  return [...new Set(values.map((v) => Math.round(v * 100) / 100))].sort((a, b) => a - b);
}

export interface SummaryRow {
  index: number;
  file: string;
  pages: string;
  label: string;
  placed: string;
}

const SUMMARY_SIZE = 8;

/** One sheet of the summary table: where every input went, so nothing is missed or paid twice. */
export function drawSummary(page: PDFPage, font: PDFFont, title: string, rows: SummaryRow[], sheet: Size, margins: Margins): void {
  const left = margins.left;
  const width = sheet.width - margins.left - margins.right;
  let y = sheet.height - margins.top - 14;
  page.drawText(fitText(font, title, 12, width), { x: left, y, size: 12, font });
  y -= SUMMARY_HEADER - 14;
  // Column widths as fractions of the printable width: #, file, pages, label, placed.
  const cols = [0.06, 0.5, 0.08, 0.16, 0.2].map((f) => f * width);
  const xs = cols.map((_, i) => left + cols.slice(0, i).reduce((a, b) => a + b, 0));
  const header = ['#', 'File', 'Pages', 'Label', 'Sheet / cell'];
  header.forEach((h, i) => page.drawText(h, { x: xs[i], y, size: SUMMARY_SIZE, font, color: GREY }));
  page.drawLine({ start: { x: left, y: y - 3 }, end: { x: left + width, y: y - 3 }, thickness: 0.5, color: GREY });
  for (const row of rows) {
    y -= SUMMARY_LINE;
    const cells = [String(row.index), row.file, row.pages, row.label, row.placed];
    cells.forEach((text, i) => page.drawText(fitText(font, text, SUMMARY_SIZE, cols[i] - 4), { x: xs[i], y, size: SUMMARY_SIZE, font }));
  }
}
