import { PDFDocument } from 'pdf-lib';
import { assertPageLimit, damageReason, InvoicectlError } from '../core/errors.js';

/** Opens a PDF for writing/imposing with pdf-lib, with failures mapped onto stable codes. */
export async function loadPdfDocument(bytes: Uint8Array, name: string, maxPages?: number): Promise<PDFDocument> {
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (err) {
    const e = err as Error;
    if (e?.name === 'EncryptedPDFError' || /encrypt/i.test(e?.message ?? '')) {
      throw new InvoicectlError('PDF_ENCRYPTED', `${name} is encrypted; decrypt it first (e.g. qpdf --decrypt)`);
    }
    throw new InvoicectlError('PDF_CORRUPT', `${name} is not a readable PDF: ${damageReason(err)}`, undefined, { cause: err });
  }
  let pages: number;
  try {
    pages = doc.getPageCount();
  } catch (err) {
    // pdf-lib walks the page tree recursively: a tree that loops overflows the stack.
    const reason = err instanceof RangeError ? 'the page tree loops' : damageReason(err, 'the page tree is damaged');
    throw new InvoicectlError('PDF_CORRUPT', `${name} is not a readable PDF: ${reason}`, undefined, { cause: err });
  }
  if (pages === 0) throw new InvoicectlError('PDF_CORRUPT', `${name} has no pages (damaged or truncated?)`);
  checkPageSizes(doc, name);
  assertPageLimit(name, pages, maxPages);
  return doc;
}

/**
 * Every page needs a readable, non-empty size: pdf-lib throws deep inside layout on a MediaBox like `[]`,
 * and a `[0 0 0 0]` page would be scaled by Infinity, writing NaN into the sheet it shares with others.
 */
function checkPageSizes(doc: PDFDocument, name: string): void {
  for (const [i, page] of doc.getPages().entries()) {
    let box: { width: number; height: number };
    try {
      box = page.getMediaBox();
    } catch (err) {
      throw new InvoicectlError('PDF_CORRUPT', `${name} is not a readable PDF: page ${i + 1} has no usable size (MediaBox)`, undefined, { cause: err });
    }
    if (!(Math.abs(box.width) > 0 && Math.abs(box.height) > 0 && Number.isFinite(box.width) && Number.isFinite(box.height))) {
      throw new InvoicectlError('PDF_CORRUPT', `${name} is not a readable PDF: page ${i + 1} has no usable size (MediaBox)`);
    }
  }
}
