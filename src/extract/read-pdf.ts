/**
 * A PDF, best source first: the invoice XML it embeds (Factur-X / ZUGFeRD / Chinese issuer XML), its
 * text layer by position, OCR of pages that have no text layer, and the QR code of a Chinese invoice.
 */
import { InvoicectlError, throwIfAborted } from '../core/errors.js';
import type { PageText } from '../core/text.js';
import type { SourcedInvoice } from '../invoice/index.js';
import { pageJpegs, type PageJpeg } from '../pdf/page-jpeg.js';
import type { RenderOptions } from '../pdf/render.js';
import type { ReadContext, Reading } from './context.js';
import { qrFromPixels, wantQr, wantQrAfterOcr } from './qr.js';
import { readTextLayer } from './read-digital.js';
import { pagesLookChinese, textParts } from './text-parts.js';

/** QR codes decode reliably from 100 dpi up; 200 leaves a margin for small codes. */
const QR_DPI = 200;

type Pixels = { rgba: Uint8ClampedArray; width: number; height: number };

export async function readPdf(bytes: Uint8Array, ctx: ReadContext): Promise<Reading> {
  const layer = await ctx.pdfText(bytes, { password: ctx.password, maxPages: ctx.maxPages });
  const { pages } = layer;
  const { parts, scanned } = readTextLayer(layer, ctx.templates);

  let qr: SourcedInvoice | undefined;
  if (scanned.length) {
    if (!ctx.ocr) {
      if (!parts.length) throw new InvoicectlError('EXTRACTION_FAILED', 'the PDF has no text layer and OCR is switched off');
    } else {
      const ocr = ctx.ocr;
      const ocrPages: PageText[] = [];
      /** One scanned page: nothing when blank, else its OCR text, and the QR code from the same pixels. */
      const readScan = async (page: number, pixels: Pixels, image: () => Promise<Uint8Array>, dpi: number) => {
        throwIfAborted(ctx.signal);
        // A blank page (a separator, the back of a scan) has nothing to read: OCR of 5,000 of them ran for minutes.
        if (isBlank(pixels.rgba)) return;
        const text = await ocr.pageText(await image(), { dpi, page, signal: ctx.signal });
        ocrPages.push(text);
        if (!qr && wantQrAfterOcr(ctx.qr, ocr.settings.langs, text)) qr = await qrFromPixels(pixels.rgba, pixels.width, pixels.height, dpi);
      };
      // A scanner's page is one JPEG: OCR reads its bytes, and only the other pages are rendered.
      const jpegs = pageJpegs(bytes);
      const toRender: number[] = [];
      for (const page of scanned) {
        const jpeg = jpegs?.[page - 1];
        const raster = jpeg ? await scanPixels(jpeg, page, ctx) : null;
        if (jpeg && raster) await readScan(page, raster, async () => jpeg.jpeg, jpeg.dpi);
        else toRender.push(page);
      }
      if (toRender.length) {
        const dpi = ocr.settings.dpi;
        for await (const image of await renderPages(bytes, { dpi, pages: toRender, password: ctx.password })) {
          await readScan(image.page, image, () => image.encode('png'), dpi);
        }
      }
      ocrPages.sort((a, b) => a.page - b.page);
      parts.push(...textParts(ocrPages, 'ocr', ctx.templates));
    }
  }

  if (!qr && wantQr(ctx.qr, pagesLookChinese(pages), false, parts)) {
    for await (const image of await renderPages(bytes, { dpi: QR_DPI, pages: [1], password: ctx.password })) {
      qr = await qrFromPixels(image.rgba, image.width, image.height, QR_DPI);
    }
  }
  if (qr) parts.push(qr);
  return { parts, pages: pages.length, qr };
}

/**
 * The pixels of a page's JPEG, for the blank test and the QR code; null when they are not what the page
 * shows (a JPEG turned by its EXIF, which PDF viewers ignore, or other dimensions than the PDF says) or
 * do not decode: the page is then rendered.
 */
async function scanPixels(jpeg: PageJpeg, page: number, ctx: ReadContext): Promise<Pixels | null> {
  // The image decoders (canvas, EXIF, TIFF: ~0.25 s to load) only for a scan, not for a batch of digital PDFs.
  const { decodeRaster } = await import('../core/raster.js');
  try {
    const [raster] = await decodeRaster(jpeg.jpeg, `the image of page ${page}`, { maxPixels: ctx.maxImagePixels, signal: ctx.signal });
    return raster.encoded === jpeg.jpeg && raster.width === jpeg.width && raster.height === jpeg.height ? raster : null;
  } catch (err) {
    if (err instanceof InvoicectlError && err.code === 'ABORTED') throw err;
    return null;
  }
}

/** The renderer (and its canvas) loads only for the documents that need pixels: a batch of digital PDFs never does. */
async function renderPages(bytes: Uint8Array, options: RenderOptions) {
  const { renderPdfPages } = await import('../pdf/render.js');
  return renderPdfPages(bytes, options);
}

/** No ink: fewer than 1 in 2,000 sampled pixels is darker than light grey. */
function isBlank(rgba: Uint8ClampedArray): boolean {
  const step = 4 * 7; // every 7th pixel is plenty for text, which spans many pixels
  let dark = 0;
  let seen = 0;
  for (let i = 0; i < rgba.length; i += step) {
    seen++;
    if (rgba[i] + rgba[i + 1] + rgba[i + 2] < 3 * 200) dark++;
  }
  return dark * 2000 < seen;
}
