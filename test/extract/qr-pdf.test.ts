/**
 * The QR code of a PDF read without rendering the page (its image XObject: Flate, JBIG2 or JPEG; or its
 * vector squares drawn again): the same fields as the whole page rendered and decoded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { qrFromPdf, looksLikeCode } from '../../src/extract/qr.js';
import { parseInvoiceQr } from '../../src/invoice/index.js';
import { ofdToPdf } from '../../src/ofd/to-pdf.js';
import { decodeQr, decodeQrImage } from '../../src/ocr/qr.js';
import { loadImageDecoders, pageImages } from '../../src/pdf/page-images.js';
import { renderPdfPage } from '../../src/pdf/render.js';
import { createPdfTextPool } from '../../src/pdf/text-pool.js';
import { SHARED } from '../helpers/cli.js';

const MAX_PIXELS = 50_000_000;
const CN_PDF = path.join(SHARED, 'corpus', 'cn-pdf');
const realChinesePdfs = readdirSync(CN_PDF).filter((n) => n.endsWith('.pdf')).sort().map((n) => path.join(CN_PDF, n));
const ITINERARY = path.join(SHARED, 'fixtures/real/cn/ofdrw__xbrl-001_air_itinerary_einvoice_preview.pdf');

/** The reference: page 1 rendered whole at 200 dpi and searched, as the QR code was always read. */
async function renderedPayload(bytes: Uint8Array): Promise<string | null> {
  const page = await renderPdfPage(bytes, 1, { dpi: 200 });
  return decodeQr(page.rgba, page.width, page.height, 200);
}

describe('the QR code of a Chinese invoice PDF', () => {
  test.each(realChinesePdfs.map((f) => [path.basename(f), f]))('%s: decoded from its image XObject, equal to the rendered page', async (_name, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const layout = pageImages(bytes, 1, MAX_PIXELS)!;
    const code = layout.images.find((im) => looksLikeCode(im.width, im.height, im.pixelWidth, im.pixelHeight) && im.rgba());
    expect(code, 'a square image XObject the lean reader decodes').toBeDefined();
    const fromImage = decodeQrImage(code!.rgba()!, code!.pixelWidth, code!.pixelHeight);
    const rendered = await renderedPayload(bytes);
    expect(rendered).not.toBeNull();
    expect(fromImage).toBe(rendered);
    const read = await qrFromPdf(bytes, { maxPixels: MAX_PIXELS });
    expect(read?.invoice).toEqual(parseInvoiceQr(rendered!));
    // The text pool hands on the document it read the text from; read from it, the code is the same.
    const pool = createPdfTextPool(1, 1);
    const layer = await pool.read(bytes, {});
    await pool.destroy();
    expect(layer.doc).toBeDefined();
    expect((await qrFromPdf(bytes, { maxPixels: MAX_PIXELS, doc: layer.doc }))?.invoice).toEqual(read!.invoice);
    // The fields the QR code carries are there (a 数电 invoice has no code: its number is 20 digits).
    expect(read!.invoice.number).toMatch(/^\d{8}$|^\d{20}$/);
    expect(read!.invoice.date).toMatch(/^20\d\d-\d\d-\d\d$/);
  });

  test('a code drawn as filled squares (a rotated page) is read from its rectangles, equal to the rendered page', async () => {
    const bytes = new Uint8Array(readFileSync(ITINERARY));
    const layout = pageImages(bytes, 1, MAX_PIXELS)!;
    // The page is /Rotate 90: the code is found in the top-right corner of the page as shown.
    expect(layout.width).toBeGreaterThan(layout.height);
    expect(layout.vectorCode!.x).toBeGreaterThan(layout.width / 2);
    const read = await qrFromPdf(bytes, { maxPixels: MAX_PIXELS });
    expect(read?.invoice).toEqual(parseInvoiceQr((await renderedPayload(bytes))!));
    expect(read?.invoice.number).toBe('9223372036854775807');
  });

  test('the same squares drawn on a generated invoice, elsewhere and at another size, read the same', async () => {
    const source = pageImages(new Uint8Array(readFileSync(ITINERARY)), 1, MAX_PIXELS)!.vectorCode!;
    const doc = await PDFDocument.create();
    const page = doc.addPage([595.28, 841.89]);
    page.drawText('Invoice', { x: 300, y: 780, size: 20 });
    const scale = 1.5;
    for (const r of source.rects) {
      page.drawRectangle({ x: 40 + (r.x - source.x) * scale, y: 800 - (r.y - source.y + r.height) * scale, width: r.width * scale, height: r.height * scale, color: rgb(0, 0, 0) });
    }
    const bytes = await doc.save();
    const layout = pageImages(bytes, 1, MAX_PIXELS)!;
    expect(layout.vectorCode!.x).toBeCloseTo(40, 0);
    expect(layout.vectorCode!.y).toBeCloseTo(841.89 - 800, 0);
    const read = await qrFromPdf(bytes, { maxPixels: MAX_PIXELS });
    expect(read?.invoice.number).toBe('9223372036854775807');
    expect(read?.invoice).toEqual(parseInvoiceQr((await renderedPayload(bytes))!));
  });

  test('a JBIG2 code image (an OFD invoice converted to PDF) is decoded with the image decoders, equal to the rendered page', async () => {
    const ofd = path.join(SHARED, 'fixtures/real/ofd/ofdrw__zhejiang_vat_normal_1.ofd');
    const bytes = await ofdToPdf(new Uint8Array(readFileSync(ofd)));
    const layout = pageImages(bytes, 1, MAX_PIXELS)!;
    const code = layout.images.find((im) => looksLikeCode(im.width, im.height, im.pixelWidth, im.pixelHeight))!;
    expect(code.needsDecoders).toBe(true);
    expect(code.rgba()).toBeNull();
    const rendered = await renderedPayload(bytes);
    expect(decodeQrImage(code.rgba(await loadImageDecoders())!, code.pixelWidth, code.pixelHeight)).toBe(rendered);
    const read = await qrFromPdf(bytes, { maxPixels: MAX_PIXELS });
    expect(read?.invoice).toEqual(parseInvoiceQr(rendered!));
    expect(read?.invoice.number).toBe('83089647');
  });

  test('a JPEG code image on a generated invoice is decoded with the image decoders', async () => {
    // The real itinerary's code, rendered and saved as a JPEG, placed top-left on a new page.
    const source = new Uint8Array(readFileSync(ITINERARY));
    const code = pageImages(source, 1, MAX_PIXELS)!.vectorCode!;
    const { renderPdfPages } = await import('../../src/pdf/render.js');
    let jpeg: Buffer | undefined;
    for await (const im of renderPdfPages(source, { dpi: 200, pages: [1], region: { x: code.x - 5, y: code.y - 5, width: code.width + 10, height: code.height + 10 } })) jpeg = await im.encode('jpeg', 90);
    const doc = await PDFDocument.create();
    const page = doc.addPage([595.28, 841.89]);
    page.drawImage(await doc.embedJpg(jpeg!), { x: 30, y: 841.89 - 30 - 80, width: 80, height: 80 });
    const bytes = await doc.save();
    const image = pageImages(bytes, 1, MAX_PIXELS)!.images[0];
    expect([image.needsDecoders, Math.round(image.x), Math.round(image.y), Math.round(image.width)]).toEqual([true, 30, 30, 80]);
    const read = await qrFromPdf(bytes, { maxPixels: MAX_PIXELS });
    expect(read?.invoice.number).toBe('9223372036854775807');
    expect(read?.invoice).toEqual(parseInvoiceQr((await renderedPayload(bytes))!));
  });

  test('a rendered region is the same pixels as that part of the whole page', async () => {
    const bytes = new Uint8Array(readFileSync(realChinesePdfs[0]));
    const whole = await renderPdfPage(bytes, 1, { dpi: 144 });
    const { renderPdfPages } = await import('../../src/pdf/render.js');
    const region = { x: 10, y: 5, width: 100, height: 80 };
    for await (const part of renderPdfPages(bytes, { dpi: 144, pages: [1], region })) {
      expect([part.width, part.height]).toEqual([200, 160]);
      let differ = 0;
      for (let y = 0; y < part.height; y++) {
        for (let x = 0; x < part.width; x++) {
          const a = ((y + 10) * whole.width + (x + 20)) * 4;
          const b = (y * part.width + x) * 4;
          if (Math.abs(whole.rgba[a] - part.rgba[b]) > 8) differ++;
        }
      }
      expect(differ / (part.width * part.height)).toBeLessThan(0.01);
      // The region holds the code: not blank.
      expect(part.rgba.some((v, i) => i % 4 === 0 && v < 100)).toBe(true);
    }
  });

  test('an image over the pixel limit is placed but never decoded; a file the lean reader cannot read gives no layout', () => {
    const bytes = new Uint8Array(readFileSync(realChinesePdfs[0]));
    const layout = pageImages(bytes, 1, 100)!;
    expect(layout.images.length).toBeGreaterThan(0);
    expect(layout.images.every((im) => im.rgba() === null)).toBe(true);
    expect(pageImages(new TextEncoder().encode('not a pdf'), 1, MAX_PIXELS)).toBeUndefined();
  });
});
