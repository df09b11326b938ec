/** One PDF page to RGBA pixels with pdf.js and @napi-rs/canvas (runs where pdf.js runs: pdfjs-tasks.ts). */
import { createCanvas } from '@napi-rs/canvas';
import { InvoicectlError } from '../core/errors.js';
import type { PdfjsDocument } from './pdfjs.js';

/** A part of a page, in points from its top-left corner (as drawn, after any /Rotate). */
export interface PageRegion {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The page, or only `region` of it: pdf.js still runs the page's operators, but pixels outside the
 * canvas are never painted, and the pixels handed back are only the region's.
 */
export async function renderOne(doc: PdfjsDocument, pageNumber: number, dpi: number, background = '#ffffff', region?: PageRegion) {
  if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > doc.numPages) {
    throw new InvoicectlError('INVALID_OPTION', `page ${pageNumber} does not exist (the document has ${doc.numPages})`);
  }
  const page = await doc.getPage(pageNumber);
  try {
    const scale = dpi / 72;
    const viewport = region ? page.getViewport({ scale, offsetX: -region.x * scale, offsetY: -region.y * scale }) : page.getViewport({ scale });
    const width = Math.max(1, Math.round(region ? region.width * scale : viewport.width));
    const height = Math.max(1, Math.round(region ? region.height * scale : viewport.height));
    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, width, height);
    await page.render({ canvas: canvas as never, canvasContext: ctx as never, viewport }).promise;
    return { page: pageNumber, width, height, dpi, rgba: ctx.getImageData(0, 0, width, height).data };
  } finally {
    page.cleanup();
  }
}
