/**
 * The PDF text layer as positioned text (src/core/text.ts): millimetres, top-left origin, y down, so
 * invoice parsers treat PDF, OFD and OCR text alike. Also the PDF's embedded files (Factur-X XML).
 */
import type { PageText, TextItem } from '../core/text.js';
import { loadPdfjs, openPdfjs } from './pdfjs.js';

const PT_TO_MM = 25.4 / 72;

export interface PdfTextOptions {
  password?: string;
  maxPages?: number;
}

interface PdfjsTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/**
 * Text of each page. Item transforms are combined with the page's viewport transform (which handles
 * /Rotate, the crop box origin and the y flip), so x/y come out in the page as displayed.
 * y is the top of the glyph box: baseline minus font size.
 */
export async function pdfPageText(bytes: Uint8Array, options: PdfTextOptions = {}): Promise<PageText[]> {
  const pdfjs = await loadPdfjs();
  const doc = await openPdfjs(bytes, { password: options.password });
  try {
    const count = Math.min(doc.numPages, options.maxPages ?? Infinity);
    const pages: PageText[] = [];
    for (let n = 1; n <= count; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const raw of content.items as PdfjsTextItem[]) {
        if (typeof raw.str !== 'string' || !raw.str.trim()) continue;
        const t = pdfjs.Util.transform(viewport.transform, raw.transform);
        const fontSize = Math.hypot(t[2], t[3]) || raw.height;
        // Horizontal advance in page units; transform scale already applied by pdf.js except the viewport's.
        const width = raw.width * Math.hypot(viewport.transform[0], viewport.transform[1]) || raw.width;
        items.push({
          text: raw.str,
          x: t[4] * PT_TO_MM,
          y: (t[5] - fontSize) * PT_TO_MM,
          width: width * PT_TO_MM,
          height: fontSize * PT_TO_MM,
          page: n,
        });
      }
      pages.push({ page: n, width: viewport.width * PT_TO_MM, height: viewport.height * PT_TO_MM, items });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

/**
 * Files embedded in the PDF (the EmbeddedFiles name tree), e.g. Factur-X "factur-x.xml" or ZUGFeRD
 * "zugferd-invoice.xml". Empty when there are none.
 */
export async function pdfAttachments(bytes: Uint8Array, options: { password?: string } = {}): Promise<{ name: string; bytes: Uint8Array }[]> {
  const doc = await openPdfjs(bytes, options);
  try {
    const attachments = (await doc.getAttachments()) as Record<string, { filename?: string; content?: Uint8Array }> | null;
    if (!attachments) return [];
    return Object.entries(attachments)
      .filter(([, a]) => a?.content)
      .map(([key, a]) => ({ name: a.filename || key, bytes: a.content! }));
  } finally {
    await doc.destroy();
  }
}
