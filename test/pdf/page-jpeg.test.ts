import { PDFDocument, degrees, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pageJpegs } from '../../src/pdf/page-jpeg.js';
import { jpegOf, pngOf } from '../helpers/images.js';

/** An image-only page like a scanner's: the JPEG drawn over the whole page at `dpi`. */
async function scanPdf(jpeg: Uint8Array, dpi: number, dress?: (page: ReturnType<PDFDocument['addPage']>, doc: PDFDocument) => Promise<void> | void) {
  const doc = await PDFDocument.create();
  const image = await doc.embedJpg(jpeg);
  const page = doc.addPage([(image.width * 72) / dpi, (image.height * 72) / dpi]);
  page.drawImage(image, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
  await dress?.(page, doc);
  return doc.save();
}

describe('pageJpegs', () => {
  it("hands back a scanned page's own JPEG bytes and its resolution", async () => {
    const jpeg = jpegOf(400, 566);
    const pdf = await scanPdf(jpeg, 200);
    const [page] = pageJpegs(pdf)!;
    expect(page).not.toBeNull();
    expect(Buffer.from(page!.jpeg).equals(Buffer.from(jpeg))).toBe(true);
    expect(page!.dpi).toBeCloseTo(200, 1);
    expect([page!.width, page!.height]).toEqual([400, 566]);
  });

  it('answers per page: a scan beside a page with text', async () => {
    const pdf = await scanPdf(jpegOf(300, 300), 150, async (_, doc) => {
      const font = await doc.embedFont(StandardFonts.Helvetica);
      doc.addPage([300, 300]).drawText('Rechnung 42', { x: 20, y: 200, font, size: 12 });
    });
    const pages = pageJpegs(pdf)!;
    expect(pages).toHaveLength(2);
    expect(pages[0]?.dpi).toBeCloseTo(150, 1);
    expect(pages[1]).toBeNull();
  });

  it('refuses a page that shows more than the JPEG: text over it, a partial image, a turned page', async () => {
    const font = (doc: PDFDocument) => doc.embedFont(StandardFonts.Helvetica);
    const withText = await scanPdf(jpegOf(300, 300), 150, async (page, doc) => page.drawText('stamp', { x: 10, y: 10, font: await font(doc), size: 10 }));
    const turned = await scanPdf(jpegOf(300, 300), 150, (page) => page.setRotation(degrees(90)));
    const partial = await (async () => {
      const doc = await PDFDocument.create();
      const image = await doc.embedJpg(jpegOf(300, 300));
      doc.addPage([300, 300]).drawImage(image, { x: 0, y: 0, width: 150, height: 300 });
      return doc.save();
    })();
    for (const pdf of [withText, turned, partial]) expect(pageJpegs(pdf)).toEqual([null]);
  });

  it('refuses a PNG page (no JPEG to hand on) and reads nothing from a file that is no PDF', async () => {
    const doc = await PDFDocument.create();
    const image = await doc.embedPng(pngOf(200, 200));
    doc.addPage([200, 200]).drawImage(image, { x: 0, y: 0, width: 200, height: 200 });
    expect(pageJpegs(await doc.save())).toEqual([null]);
    expect(pageJpegs(new TextEncoder().encode('not a pdf'))).toBeNull();
  });
});
