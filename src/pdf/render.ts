/**
 * Renders PDF pages to pixels (pdf.js + @napi-rs/canvas, vector text, CJK via the package's cmaps) on
 * the pdf.js threads; the pixels come back here, where encoding them needs only the canvas.
 */
import { InvoicectlError } from '../core/errors.js';
import { opaquePng } from '../core/image/fast-png.js';
import { sharedPdfjsPool, type PdfjsPool } from './pdfjs-pool.js';
import type { PageRegion } from './render-page.js';

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
  region?: PageRegion;   // only this part of each page, in points from its top-left corner
  /** Stops the rendering, the pdf.js thread included (a page whose image never finishes decoding). */
  signal?: AbortSignal;
  /** The pdf.js pool to render on: a runtime's (`runtime.pdfjs()`); without one, the process's own. */
  pool?: PdfjsPool;
}

/** Renders the requested pages one at a time, yielding each (one page's pixels in memory at once). */
export async function* renderPdfPages(bytes: Uint8Array, options: RenderOptions = {}): AsyncGenerator<RenderedPage> {
  const pool = options.pool ?? sharedPdfjsPool();
  const pages = options.pages ?? (await pool.pageSizes({ bytes, password: options.password }, options.signal)).map((_, i) => i + 1);
  for (const page of pages) {
    const pixels = await pool.renderPage({ bytes, page, dpi: options.dpi ?? 150, password: options.password, background: options.background, region: options.region }, options.signal);
    yield {
      ...pixels,
      encode: async (format, quality = 90) => {
        // The canvas binding (~25 ms to load) only when pixels are encoded: reading a QR code never does.
        const { createCanvas, ImageData } = await import('@napi-rs/canvas');
        const canvas = createCanvas(pixels.width, pixels.height);
        canvas.getContext('2d').putImageData(new ImageData(pixels.rgba, pixels.width, pixels.height), 0, 0);
        // Synchronously, on the calling thread: the binding's async encode runs on the libuv pool, where
        // two encodes at once have crashed the process (SIGSEGV; see ocr/paddle/restore-accents.ts).
        return format === 'png' ? canvas.encodeSync('png') : canvas.encodeSync('jpeg', quality);
      },
    };
  }
}

/** Renders one page (1-based). */
export async function renderPdfPage(bytes: Uint8Array, pageNumber: number, options: RenderOptions = {}): Promise<RenderedPage> {
  for await (const page of renderPdfPages(bytes, { ...options, pages: [pageNumber] })) return page;
  throw new InvoicectlError('INVALID_OPTION', `page ${pageNumber} does not exist`);
}

/**
 * A rendered page as OCR reads it: the same pixels as a quickly compressed PNG (fast-png.ts: ~35-120
 * CPU-ms a 200-dpi page against 320-720 for the canvas's encoder), the canvas's PNG for one not opaque.
 */
export function pagePng(image: RenderedPage): Promise<Uint8Array> {
  return Promise.resolve(opaquePng(image.rgba, image.width, image.height) ?? image.encode('png'));
}
