/**
 * A PDF, best source first: the invoice XML it embeds (Factur-X / ZUGFeRD / Chinese issuer XML), its
 * text layer by position, OCR of pages that have no text layer, and the QR code of a Chinese invoice.
 */
import { InvoicectlError, throwIfAborted } from '../core/errors.js';
import { looksBlank } from '../core/image/ink.js';
import type { PageText } from '../core/text.js';
import type { SourcedInvoice } from '../invoice/index.js';
import { pageJpegs, type PageJpeg } from '../pdf/page-jpeg.js';
import { pagePng, type RenderOptions } from '../pdf/render.js';
import type { ReadContext, Reading } from './context.js';
import { qrFromPdf, qrFromPixels, wantQr, wantQrAfterOcr } from './qr.js';
import { withAssociatedFiles } from '../pdf/lean-text.js';
import { guessedGlyphsCheck } from './guessed-glyphs.js';
import { readTextLayer } from './read-digital.js';
import { pagesLookChinese, textParts } from './text-parts.js';
import { textLayerDoubts } from './text-layer-doubts.js';
import { secondLook } from './ocr-second-look.js';
import { readMarks } from './ocr-marks.js';
import { readShortRowsAgain } from './ocr-short-rows.js';
import { readTextLayerAgain } from './text-layer-ocr.js';

type Pixels = { rgba: Uint8ClampedArray; width: number; height: number };
/** A scanned page: whether it is blank, and its pixels when they are needed (null: they do not decode). */
type Scan = { blank: boolean; pixels: () => Promise<Pixels | null> };

export async function readPdf(bytes: Uint8Array, ctx: ReadContext): Promise<Reading> {
  const layer = await ctx.pdfText(bytes, { password: ctx.password, maxPages: ctx.maxPages });
  const { pages } = layer;
  // pdf.js read this PDF (the lean reader, which reports its fonts, could not): its attachments miss the
  // /AF-only files. The lean reader's list has them already: opening the file again for them was ~1% of a
  // 50-file batch read on the calling thread.
  const attachments = layer.fonts ? layer.attachments : withAssociatedFiles(bytes, layer.attachments, ctx.password);
  const { parts: textLayerParts, scanned, checks } = readTextLayer({ pages: layer.pages, attachments }, ctx.templates);
  let parts = textLayerParts;
  // pdf.js read it (the lean reader reports its fonts): fonts the lean reader refused may map no glyph to a character.
  const guessed = layer.fonts ? null : guessedGlyphsCheck(bytes, parts, ctx.password);
  if (guessed) checks.push(guessed);

  let qr: SourcedInvoice | undefined;
  if (scanned.length) {
    if (!ctx.ocr) {
      if (!parts.length) throw new InvoicectlError('EXTRACTION_FAILED', 'the PDF has no text layer and OCR is switched off');
    } else {
      const ocr = ctx.ocr;
      const ocrPages: PageText[] = [];
      // Each OCR'd page's image, for a second look at an unsure 发票号码 / 发票代码 (ocr-second-look.ts): a
      // scanner's JPEG as it is, a photo as OCR read it (flattened), a rendered page rendered again (only when asked).
      const images = new Map<number, { image: () => Promise<Uint8Array>; dpi: number; text: PageText }>();
      /**
       * One scanned page: nothing when blank, else its OCR text, and the QR code from the same pixels. A
       * phone photo (of a multi-page invoice, a mail's photos made a PDF) is read as an image file's is
       * (imageForOcr); a scanner's page, whose paper fills the frame, is read as it is, with the skew the
       * photo test measured.
       */
      const readScan = async (page: number, scan: Scan, image: () => Promise<Uint8Array>, dpi: number) => {
        throwIfAborted(ctx.signal);
        // A blank page (a separator, the back of a scan) has nothing to read: OCR of 5,000 of them ran for minutes.
        if (scan.blank) return;
        const [pixels, encoded] = await Promise.all([scan.pixels(), image()]);
        // Loaded with the image decoders, for a scan only (scanOf).
        const read = pixels && (await import('./read-image.js')).imageForOcr({ ...pixels, encoded }, dpi);
        const text = await ocr.pageText(read ? read.encoded : encoded, { dpi: read ? read.dpi : dpi, page, signal: ctx.signal, skew: read?.skew });
        ocrPages.push(text);
        const again = read?.photo ? async () => read.encoded : jpegs?.[page - 1] ? image : () => renderedAgain(page, dpi);
        images.set(page, { image: again, dpi: read ? read.dpi : dpi, text });
        if (qr || !read || !wantQrAfterOcr(ctx.qr, ocr.settings.langs, text)) return;
        qr = await qrFromPixels(read.rgba, read.width, read.height, read.dpi);
      };
      // A scanner's page is one JPEG: OCR reads its bytes, and only the other pages are rendered.
      const jpegs = pageJpegs(bytes);
      const renderedAgain = async (page: number, dpi: number): Promise<Uint8Array> => {
        for await (const image of await renderPages(bytes, { dpi, pages: [page], password: ctx.password, signal: ctx.signal, pool: ctx.pdfjs?.() })) return pagePng(image);
        throw new InvoicectlError('EXTRACTION_FAILED', `page ${page} could not be rendered again`);
      };
      const toRender: number[] = [];
      for (const page of scanned) {
        const jpeg = jpegs?.[page - 1];
        const scan = jpeg ? await scanOf(jpeg, page, ctx) : null;
        if (jpeg && scan) await readScan(page, scan, async () => jpeg.jpeg, jpeg.dpi);
        else toRender.push(page);
      }
      if (toRender.length) {
        const dpi = ocr.settings.dpi;
        for await (const image of await renderPages(bytes, { dpi, pages: toRender, password: ctx.password, signal: ctx.signal, pool: ctx.pdfjs?.() })) {
          await readScan(image.page, { blank: looksBlank(image.rgba), pixels: async () => image }, () => pagePng(image), dpi);
        }
      }
      ocrPages.sort((a, b) => a.page - b.page);
      const readPage = (page: number) => {
        const scan = images.get(page);
        return scan && { image: scan.image, dpi: scan.dpi, ...ocr.frameOf(scan.text) };
      };
      await readShortRowsAgain(ocrPages, readPage, ocr, ctx.signal);
      const ocrParts = textParts(ocrPages, 'ocr', ctx.templates);
      // A QR code's number and code outrank OCR's (SOURCE_RANK): no second look for what it gives.
      if (!qr) await secondLook(ocrParts, ocrPages, readPage, ocr, ctx.signal);
      await readMarks(ocrParts, ocrPages, readPage, ocr, ctx.signal);
      parts.push(...ocrParts);
    }
  }

  // A Chinese text layer whose fonts may map glyphs to the wrong characters (text-layer-doubts.ts) wants
  // the QR code too, a third reading of its figures, and is read again by OCR, field by field.
  const suspect = textLayerDoubts(layer, parts);
  if (!qr && (wantQr(ctx.qr, pagesLookChinese(pages), false, parts) || (suspect && ctx.qr !== 'never'))) {
    qr = await qrFromPdf(bytes, { password: ctx.password, maxPixels: ctx.maxImagePixels, signal: ctx.signal, pool: ctx.pdfjs, doc: layer.doc });
  }
  const doubts = qr ? textLayerDoubts(layer, parts, qr) : suspect;
  if (doubts) {
    const textPages = pages.filter((p) => !scanned.includes(p.page));
    const again = await readTextLayerAgain(bytes, parts, doubts, textPages, ctx, qr);
    parts = again.parts;
    checks.push(again.check);
  }
  if (qr) parts.push(qr);
  return { parts, pages: pages.length, qr, ...(checks.length ? { checks } : {}) };
}

/**
 * A page's JPEG, looked at: blank or not, and its pixels (for the QR code) decoded only when asked. Null
 * when its pixels are not what the page shows (a JPEG turned by its EXIF, which PDF viewers ignore, or
 * other dimensions than the PDF says) or do not decode: the page is then rendered.
 */
async function scanOf(jpeg: PageJpeg, page: number, ctx: ReadContext): Promise<Scan | null> {
  // The image decoders (canvas, EXIF, TIFF: ~0.25 s to load) only for a scan, not for a batch of digital PDFs.
  const { inspectJpeg } = await import('../core/image/raster.js');
  const { decodeContained } = await import('../core/image/image-decoder.js');
  const name = `the image of page ${page}`;
  const decoder = await ctx.imageDecoder?.();
  const limits = { maxPixels: ctx.maxImagePixels, signal: ctx.signal, decoder };
  const unlessAborted = (err: unknown) => {
    if (err instanceof InvoicectlError && err.code === 'ABORTED') throw err;
    return null;
  };
  const look = await inspectJpeg(jpeg.jpeg, name, limits).catch(unlessAborted);
  if (!look || look.turned || look.width !== jpeg.width || look.height !== jpeg.height) return null;
  // Checked and upright already (inspectJpeg): decoded again as it is, without its checks a second time.
  const pixels = () => decodeContained(jpeg.jpeg, name, { pixels: true, signal: ctx.signal, decoder })
    .then(({ rgba, width, height }) => (rgba ? { rgba, width, height } : null), unlessAborted);
  return { blank: look.blank, pixels };
}

/** The renderer (and its canvas) loads only for the documents that need pixels: a batch of digital PDFs never does. */
async function renderPages(bytes: Uint8Array, options: RenderOptions) {
  const { renderPdfPages } = await import('../pdf/render.js');
  return renderPdfPages(bytes, options);
}
