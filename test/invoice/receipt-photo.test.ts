/**
 * A till receipt drawn, rendered to pixels and read through the real OCR and parsers: the total a
 * rounding adjustment leads to (the amount charged to the card), and a date printed against a slip
 * number, both of which the Western reader alone misses.
 */
import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { extract } from '../../src/api/extract.js';
import { renderPdfPage } from '../../src/pdf/render.js';

const LINES = [
  'KEDAI RUNCIT MAJU JAYA', 'NO. 12, JALAN BESAR', 'TAX INVOICE', '#19536005/05/2017  14:25', '',
  'BREAD            2 X 3.50     7.00', 'COFFEE POWDER            35.33', '',
  'TOTAL SALES INCL GST     42.33', 'ROUNDING ADJ              0.02', 'CREDIT CARD              42.35', 'APPROVAL CODE 083412',
];

async function receiptPng(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Courier);
  const page = doc.addPage([230, 40 + 14 * LINES.length]); // 80 mm wide, as till paper
  LINES.forEach((text, i) => page.drawText(text, { x: 10, y: page.getHeight() - 25 - 14 * i, size: 9, font }));
  const rendered = await renderPdfPage(await doc.save(), 1, { dpi: 300 });
  return new Uint8Array(await rendered.encode('png'));
}

describe('a drawn till receipt through OCR', () => {
  it('total 42.35 (42.33 and its rounding), date from "#19536005/05/2017", neither in doubt', async () => {
    const { results } = await extract({ inputs: [{ name: 'receipt.png', bytes: await receiptPng() }], ocr: { langs: 'eng' }, now: new Date('2026-11-21T00:00:00Z') });
    const [r] = results;
    expect(r!.invoice).toMatchObject({ totalAmount: 42.35, date: '2017-05-05', currency: null });
    const doubts = r!.checks.filter((c) => !c.ok).map((c) => `${c.id}: ${c.message ?? ''}`).join(' | ');
    expect(doubts).not.toMatch(/totalAmount|\bdate\b/);
  });
});
