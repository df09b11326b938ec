/**
 * A PDF over the page limit (`limits.maxPages`) is refused before any converter starts, as merge and
 * extract refuse it: rendering or reading 5,000 pages is unbounded work for one input.
 */
import { InvoicectlError } from '../core/errors.js';
import { sharedPdfjsPool } from '../pdf/pdfjs-pool.js';

export async function checkPageLimit(doc: { bytes: Uint8Array; from: string }, name: string, maxPages: number, password?: string): Promise<void> {
  if (doc.from !== 'pdf') return;
  const pages = await sharedPdfjsPool().pageCount({ bytes: doc.bytes, password });
  if (pages > maxPages) throw new InvoicectlError('PAGE_LIMIT_EXCEEDED', `${name} has ${pages} pages, over the limit of ${maxPages}`, { pages, limit: maxPages });
}
