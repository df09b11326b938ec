/**
 * Everything invoicectl asks of pdf.js, as plain-data functions: they run on the threads of
 * pdfjs-pool.ts (pdf.js's legacy build installs core-js polyfills that replace process-wide state —
 * JSON.parse/stringify, Array.prototype.push, `self`, `navigator` — which must stay out of the main
 * thread a server shares), or in-process where there are no compiled threads (tests from sources).
 */
import { DEFAULT_MAX_IMAGE_PIXELS, parsePageRanges } from '../core/page-ranges.js';
import { checkJbig2Images } from './jbig2-images.js';
import { tryLeanText } from './lean-text.js';
import { openPdfjs } from './pdfjs.js';
import { pdfPageText, pdfTextAndAttachments, type PdfTextOptions } from './text.js';
import type { PageRegion } from './render-page.js';

export interface PageTextRequest {
  bytes: Uint8Array;
  password?: string;
  maxPages?: number;
  fonts?: boolean;
  /** Page ranges as the user wrote them ("1-3,5"), checked against the real page count. */
  pages?: string;
}

/** Text and embedded files: the lean reader first (unless the caller already tried it), pdf.js for what it refuses. */
export async function textAndAttachments({ bytes, options, leanTried }: { bytes: Uint8Array; options: Pick<PdfTextOptions, 'password' | 'maxPages'>; leanTried?: boolean }) {
  return (leanTried ? undefined : tryLeanText(bytes, options)) ?? pdfTextAndAttachments(bytes, options);
}

export function pageText(request: PageTextRequest) {
  return pdfPageText(request.bytes, {
    password: request.password,
    maxPages: request.maxPages,
    fonts: request.fonts,
    selectPages: (count) => (request.pages ? parsePageRanges(request.pages, count) : Array.from({ length: count }, (_, i) => i + 1)),
  });
}

/** Per page: does pdf.js find any non-blank text? */
export async function pagesWithText({ bytes, password }: { bytes: Uint8Array; password?: string }): Promise<boolean[]> {
  const doc = await openPdfjs(bytes, { password, textOnly: true });
  try {
    const result: boolean[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      result.push(content.items.some((item) => 'str' in item && item.str.trim() !== ''));
      page.cleanup();
    }
    return result;
  } finally {
    await doc.destroy();
  }
}

/** How many pages the document has (pdf.js reads the page tree's count, not the pages). */
export async function pageCount({ bytes, password }: { bytes: Uint8Array; password?: string }): Promise<number> {
  const doc = await openPdfjs(bytes, { password, textOnly: true });
  try {
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

/** Page sizes in points (as displayed: /Rotate applied). */
export async function pageSizes({ bytes, password }: { bytes: Uint8Array; password?: string }): Promise<{ width: number; height: number }[]> {
  const doc = await openPdfjs(bytes, { password, textOnly: true });
  try {
    const sizes: { width: number; height: number }[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const { width, height } = page.getViewport({ scale: 1 });
      sizes.push({ width, height });
      page.cleanup();
    }
    return sizes;
  } finally {
    await doc.destroy();
  }
}

export interface RenderRequest {
  bytes: Uint8Array;
  page: number;
  dpi: number;
  password?: string;
  background?: string;
  /** Only this part of the page, in points from its top-left corner (see renderOne). */
  region?: PageRegion;
}

/** One page (or a region of it) as RGBA pixels. */
export async function renderPage(request: RenderRequest): Promise<{ page: number; width: number; height: number; dpi: number; rgba: Uint8ClampedArray }> {
  // The canvas binding loads with the first rendering: threads that only read text never pay for it.
  const { renderOne } = await import('./render-page.js');
  checkJbig2Images(request.bytes, DEFAULT_MAX_IMAGE_PIXELS);
  const doc = await openPdfjs(request.bytes, { password: request.password });
  try {
    return await renderOne(doc, request.page, request.dpi, request.background, request.region);
  } finally {
    await doc.destroy();
  }
}
