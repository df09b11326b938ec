/**
 * Page selections ("1-3,5,8-") and the default pixel limit of a decoded image: shared by the PDF
 * readers and the converters, so they live below both.
 */
import { InvoicectlError } from './errors.js';

/** Pixels an image may have when decoded, unless `limits.maxImagePixels` says otherwise. */
export const DEFAULT_MAX_IMAGE_PIXELS = 100_000_000;

function invalid(message: string, details?: Record<string, unknown>): never {
  throw new InvoicectlError('INVALID_OPTION', message, details);
}

/**
 * Parses "1-3,5,8-" into sorted unique 1-based page numbers. Without `pageCount` only the syntax is
 * checked (and an open range yields just its start); with it, pages past the end are refused.
 */
export function parsePageRanges(spec: string, pageCount?: number): number[] {
  const pages = new Set<number>();
  const parts = spec.split(',').map((p) => p.trim());
  if (parts.length === 0 || parts.some((p) => p === '')) invalid(`pages "${spec}" is not a page list like "1-3,5"`);
  for (const part of parts) {
    const m = /^(\d+)(?:\s*-\s*(\d*))?$/.exec(part);
    if (!m) invalid(`pages "${spec}" is not a page list like "1-3,5"`);
    const start = Number(m[1]);
    if (pageCount !== undefined && start > pageCount) invalid(`pages "${spec}": the document has ${pageCount} page(s)`, { pageCount });
    const open = m[2] === '';
    const end = m[2] === undefined ? start : open ? (pageCount ?? start) : Number(m[2]);
    if (start < 1 || end < start) invalid(`pages "${spec}": range ${part} is empty or starts below 1`);
    if (pageCount !== undefined && end > pageCount) invalid(`pages "${spec}": the document has ${pageCount} page(s)`, { pageCount });
    for (let p = start; p <= end; p++) pages.add(p);
  }
  return [...pages].sort((a, b) => a - b);
}
