/**
 * Partial invoices of one document → the invoice (each field from its best source), its checks and
 * its status. A document with no text, or text with nothing an invoice has, is a failure.
 */
import { InvoicectlError } from '../core/errors.js';
import { dominantSource, mergeInvoices, needsReview, runChecks, type Check, type ExtractResult, type Invoice } from '../invoice/index.js';
import type { Reading } from './context.js';
import { qrCheck } from './qr.js';

export interface Settled {
  invoice: Invoice;
  checks: Check[];
  status: 'ok' | 'needs_review';
  source: ExtractResult['source'];
}

/** Doubtful OCR fields that made it into the invoice (a better source, such as the QR code, may have won). */
function ocrDoubts(reading: Reading, invoice: Invoice): string[] {
  const doubts = reading.parts.filter((p) => p.source === 'ocr').flatMap((p) => p.doubtful ?? []);
  return [...new Set(doubts)].filter((field) => invoice.fieldSources?.[field] === 'ocr');
}

export function settle(reading: Reading, now: Date): Settled {
  if (!reading.parts.length) throw new InvoicectlError('EXTRACTION_FAILED', 'no text found in the document (blank page, or an image without legible text)');
  const invoice = mergeInvoices(reading.parts);
  const found = Object.keys(invoice.fieldSources ?? {}).filter((k) => k !== 'currency');
  if (!found.length) throw new InvoicectlError('EXTRACTION_FAILED', 'the document has text, but nothing that reads as an invoice (no number, date, amount or party)');
  const checks = runChecks(invoice, now);
  if (reading.qr) checks.push(qrCheck(reading.qr.invoice, invoice));
  const doubts = ocrDoubts(reading, invoice);
  if (doubts.length) checks.push({ id: 'ocr_uncertain', ok: false, message: `OCR unsure of: ${doubts.join(', ')}` });
  // A template's fields were still read from the text.
  const dominant = dominantSource(invoice);
  const source = dominant === 'template' ? 'text' : dominant === 'llm' ? null : dominant;
  return { invoice, checks, status: needsReview(checks) ? 'needs_review' : 'ok', source };
}
