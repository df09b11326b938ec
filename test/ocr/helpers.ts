/** Builds small invoice-like PDFs with pdf-lib and renders them to PNG, so OCR tests know the truth. */
import type { Canvas } from '@napi-rs/canvas';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { prng } from '../../fixtures/prng.mjs';
import { renderPdfPage } from '../../src/pdf/render.js';
import { embedCjkFont } from '../../src/pdf/fonts.js';

export interface TestLine {
  text: string;
  x?: number;    // points from the left; default 60
  size?: number; // default 14
  cjk?: boolean; // draw with the Noto Sans SC font
}

/** One A4 page; lines are laid out top-down 28pt apart unless they carry their own x. */
export async function makeInvoicePdf(lines: TestLine[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const helvetica = await doc.embedFont(StandardFonts.Helvetica);
  const needsCjk = lines.some((l) => l.cjk);
  const cjk = needsCjk ? await embedCjkFont(doc) : undefined;
  const page = doc.addPage([595.28, 841.89]);
  let y = 780;
  for (const line of lines) {
    page.drawText(line.text, { x: line.x ?? 60, y, size: line.size ?? 14, font: line.cjk ? cjk! : helvetica, color: rgb(0, 0, 0) });
    y -= 28;
  }
  return doc.save();
}

export async function renderPng(pdf: Uint8Array, dpi = 150): Promise<{ png: Uint8Array; width: number; height: number; dpi: number }> {
  const page = await renderPdfPage(pdf, 1, { dpi });
  return { png: new Uint8Array(await page.encode('png')), width: page.width, height: page.height, dpi };
}

export const ENGLISH_INVOICE: TestLine[] = [
  { text: 'INVOICE', size: 24 },
  { text: 'Invoice No: INV-2024-0042' },
  { text: 'Date: 2024-03-15' },
  { text: 'Bill To: Acme Corporation' },
  { text: 'Consulting services        1,250.00' },
  { text: 'Hosting (12 months)          480.00' },
  { text: 'Subtotal                   1,730.00' },
  { text: 'Tax 20%                      346.00' },
  { text: 'Total                      2,076.00' },
];

/** A variant per index, so the pool test can check each image got its own result. */
export function numberedInvoice(n: number): TestLine[] {
  return [
    { text: 'INVOICE', size: 24 },
    { text: `Invoice No: INV-7${String(n).padStart(3, '0')}` },
    { text: `Total ${100 + n}.50 EUR` },
  ];
}

/** A page drawn on `canvas` as a scanner gives it: grey noise drawn from `seed`, then JPEG at quality 80. */
export function scannedJpeg(canvas: Canvas, seed: number): Uint8Array {
  const g = canvas.getContext('2d');
  const pixels = g.getImageData(0, 0, canvas.width, canvas.height);
  const next = prng(seed);
  for (let i = 0; i < pixels.data.length; i += 4) {
    const n = (next() - 0.5) * 24;
    for (let c = 0; c < 3; c++) pixels.data[i + c] = Math.max(0, Math.min(255, pixels.data[i + c]! + n));
  }
  g.putImageData(pixels, 0, 0);
  return new Uint8Array(canvas.toBuffer('image/jpeg', 80));
}
