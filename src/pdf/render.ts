/**
 * Renders PDF pages to pixels with pdf.js and @napi-rs/canvas (vector text, CJK via the package's cmaps).
 */
import { createCanvas } from '@napi-rs/canvas';
import { openPdfjs, type PdfjsDocument } from './pdfjs.js';
import { InvoicectlError } from '../core/errors.js';

export interface RenderedPage {
  page: number;          // 1-based
  width: number;         // pixels
  height: number;        // pixels
  dpi: number;
  /** RGBA, row-major, width*height*4 bytes. */
  rgba: Uint8ClampedArray;
  /** Encodes the rendering; PNG is lossless, JPEG takes quality 0..100. */
  encode(format: 'png' | 'jpeg', quality?: number): Promise<Buffer>;
}

export interface RenderOptions {
  dpi?: number;          // default 150
  pages?: number[];      // 1-based; default every page
  password?: string;
  background?: string;   // CSS colour painted first; default white
}

/** Renders the requested pages one at a time, yielding each (keeps one canvas in memory at once). */
export async function* renderPdfPages(bytes: Uint8Array, options: RenderOptions = {}): AsyncGenerator<RenderedPage> {
  const doc = await openPdfjs(bytes, { password: options.password });
  try {
    const pages = options.pages ?? Array.from({ length: doc.numPages }, (_, i) => i + 1);
    for (const pageNumber of pages) {
      yield await renderOne(doc, pageNumber, options);
    }
  } finally {
    await doc.destroy();
  }
}

/** Renders one page (1-based). */
export async function renderPdfPage(bytes: Uint8Array, pageNumber: number, options: RenderOptions = {}): Promise<RenderedPage> {
  for await (const page of renderPdfPages(bytes, { ...options, pages: [pageNumber] })) return page;
  throw new InvoicectlError('INVALID_OPTION', `page ${pageNumber} does not exist`);
}

async function renderOne(doc: PdfjsDocument, pageNumber: number, options: RenderOptions): Promise<RenderedPage> {
  if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > doc.numPages) {
    throw new InvoicectlError('INVALID_OPTION', `page ${pageNumber} does not exist (the document has ${doc.numPages})`);
  }
  const dpi = options.dpi ?? 150;
  const page = await doc.getPage(pageNumber);
  try {
    const viewport = page.getViewport({ scale: dpi / 72 });
    const width = Math.max(1, Math.round(viewport.width));
    const height = Math.max(1, Math.round(viewport.height));
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = options.background ?? '#ffffff';
    ctx.fillRect(0, 0, width, height);
    await page.render({ canvas: canvas as never, canvasContext: ctx as never, viewport }).promise;
    const rgba = ctx.getImageData(0, 0, width, height).data;
    return {
      page: pageNumber,
      width,
      height,
      dpi,
      rgba,
      encode: async (format, quality = 90) =>
        format === 'png' ? canvas.encode('png') : canvas.encode('jpeg', quality),
    };
  } finally {
    page.cleanup();
  }
}
