/** One loaded document → partial invoices, by its type (from the bytes, not the name). */
import { InvoicectlError } from '../core/errors.js';
import type { FileType } from '../core/filetype.js';
import { readInvoiceXml } from '../einvoice/read.js';
import type { ReadContext, Reading } from './context.js';
import { readPdf } from './read-pdf.js';

export async function readDocument(bytes: Uint8Array, type: FileType, name: string, ctx: ReadContext): Promise<Reading> {
  switch (type) {
    case 'pdf':
      return (await ctx.readDigital?.(bytes)) ?? readPdf(bytes, ctx);
    case 'ofd':
      // The OFD reader (ZIP, XML, its own text layout) loads with the first OFD: PDF batches skip it.
      return (await import('./read-ofd.js')).readOfd(bytes, ctx);
    case 'png':
    case 'jpeg':
    case 'tiff':
      // Decoding images brings the canvas and EXIF readers; loaded only when there is an image.
      return (await import('./read-image.js')).readImage(bytes, name, ctx);
    case 'xml': {
      const reading = readInvoiceXml(bytes);
      if (!reading) throw new InvoicectlError('UNSUPPORTED_FILE_TYPE', 'the XML is neither a CII (Factur-X, ZUGFeRD, XRechnung) or UBL (Peppol BIS, XRechnung) invoice nor a Chinese e-invoice XML');
      return { parts: [{ source: 'xml', invoice: reading.invoice }], pages: 0, ...(reading.checks.length ? { checks: reading.checks } : {}) };
    }
    default:
      throw new InvoicectlError('UNSUPPORTED_FILE_TYPE', `cannot extract an invoice from a ${type} file`);
  }
}
