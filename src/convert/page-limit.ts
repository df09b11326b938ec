/**
 * A PDF over the page limit (`limits.maxPages`) is refused before any converter starts, as merge and
 * extract refuse it: rendering or reading 5,000 pages is unbounded work for one input. An OFD is held to
 * the page and image limits by the OFD converter itself, which checks the page list before any page is
 * read and each image before it is decoded (the context's `limits`): parsing it here as well cost a
 * tenth of a conversion.
 */
import { assertPageLimit } from '../core/errors.js';
import type { Limits } from '../core/inputs.js';
import { sharedPdfjsPool, type PdfjsPool } from '../pdf/pdfjs-pool.js';

export async function checkPageLimit(doc: { bytes: Uint8Array; from: string }, name: string, limits: Pick<Limits, 'maxPages'>, password?: string, pdfjs?: () => PdfjsPool): Promise<void> {
  const { maxPages } = limits;
  if (doc.from !== 'pdf') return;
  const pages = await (pdfjs?.() ?? sharedPdfjsPool()).pageCount({ bytes: doc.bytes, password });
  assertPageLimit(name, pages, maxPages);
}
