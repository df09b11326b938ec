/**
 * A PDF or OFD over the page limit (`limits.maxPages`) is refused before any converter starts, as merge
 * and extract refuse it: rendering or reading 5,000 pages is unbounded work for one input. An OFD's
 * images are held to `limits.maxImagePixels` at the same time, from their headers.
 */
import { InvoicectlError } from '../core/errors.js';
import type { Limits } from '../core/inputs.js';
import { sharedPdfjsPool, type PdfjsPool } from '../pdf/pdfjs-pool.js';

export async function checkPageLimit(doc: { bytes: Uint8Array; from: string }, name: string, limits: Pick<Limits, 'maxPages' | 'maxImagePixels'>, password?: string, pdfjs?: () => PdfjsPool): Promise<void> {
  const { maxPages } = limits;
  if (doc.from === 'ofd') {
    // Parsing checks the page list before any page is read and each image before it is decoded.
    const { parseOfd } = await import('../ofd/parse.js');
    parseOfd(doc.bytes, { maxPages, maxImagePixels: limits.maxImagePixels });
    return;
  }
  if (doc.from !== 'pdf') return;
  const pages = await (pdfjs?.() ?? sharedPdfjsPool()).pageCount({ bytes: doc.bytes, password });
  if (pages > maxPages) throw new InvoicectlError('PAGE_LIMIT_EXCEEDED', `${name} has ${pages} pages, over the limit of ${maxPages}`, { pages, limit: maxPages });
}
