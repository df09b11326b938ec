/**
 * An OFD invoice, best source first: the issuer XML attached in Doc_0/Attachs, the fields of OFD.xml
 * CustomData and Doc_0/Tags/CustomTag.xml, then the page text (TextObjects with their boundaries).
 * An OFD that carries none of these (a scan wrapped in OFD) is drawn to PDF and read like one.
 */
import { readInvoiceAttachments } from '../einvoice/read.js';
import { invoiceFromOfdFields, type SourcedInvoice } from '../invoice/index.js';
import { ofdMetadata } from '../ofd/metadata.js';
import { parseOfd } from '../ofd/parse.js';
import { ofdPageText } from '../ofd/text.js';
import type { ReadContext, Reading } from './context.js';
import { readPdf } from './read-pdf.js';
import { textParts } from './text-parts.js';

export async function readOfd(bytes: Uint8Array, ctx: ReadContext): Promise<Reading> {
  const limits = { maxPages: ctx.maxPages, maxImagePixels: ctx.maxImagePixels };
  const doc = parseOfd(bytes, limits);
  const meta = ofdMetadata(doc);
  // An unreadable attachment leaves the other sources to do the work, and the result flagged.
  const { invoices, checks } = readInvoiceAttachments(meta.attachments.map((a) => ({ name: a.name, bytes: a.xml })));
  const parts: SourcedInvoice[] = invoices.map((x) => ({ source: 'xml', invoice: x.reading.invoice }));
  const fields = { ...meta.customData, ...meta.tags };
  if (Object.keys(fields).length) parts.push({ source: 'ofd', invoice: invoiceFromOfdFields(fields) });
  const pages = ofdPageText(doc);
  if (pages.some((p) => p.items.length)) parts.push(...textParts(pages, 'text', ctx.templates));
  if (!parts.length && ctx.ocr) {
    const { ofdToPdf } = await import('../ofd/to-pdf.js'); // pdf-lib and fontkit: only for this rare case
    return { ...(await readPdf(await ofdToPdf(bytes, { signal: ctx.signal, limits, decoder: await ctx.imageDecoder?.() }), ctx)), pages: doc.pages.length };
  }
  return { parts, pages: doc.pages.length, ...(checks.length ? { checks } : {}) };
}
