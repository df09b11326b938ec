/**
 * Partial invoices of one document → the invoice (each field from its best source), its checks and
 * its status. A document with no text, or text with nothing an invoice has, is a failure.
 */
import { InvoicectlError } from '../core/errors.js';
import { SHOWN_NOT_READ } from '../invoice/guesses.js';
import { dominantSource, fieldsInDoubt, mergeInvoices, needsReview, runChecks, type Check, type ExtractResult, type Invoice, type SourcedInvoice } from '../invoice/index.js';
import type { Reading } from './context.js';
import { corroborated } from './ocr-doubts.js';
import { qrCheck } from './qr.js';

export interface Settled {
  invoice: Invoice;
  checks: Check[];
  status: 'ok' | 'needs_review';
  source: ExtractResult['source'];
}

/**
 * The ocr_uncertain check, when doubtful OCR fields made it into the invoice (a better source, such as
 * the QR code, may have won).
 */
function ocrDoubts(reading: Reading, invoice: Invoice): Check | undefined {
  const ocrParts = reading.parts.filter((p) => p.source === 'ocr');
  // A party's name in doubt in one reading of the page and read otherwise by another, whose reading made
  // it into the invoice ("Auftraggeber Kaffeehaus Gmb h" beside "Auftraggeber Kaffeehaus GmbH"), is not
  // the invoice's name: only the doubts of the reading that gave the name count for it.
  const gave = (p: SourcedInvoice, field: string) => !field.endsWith('.name') || valueOf(p.invoice, field) === valueOf(invoice, field);
  const kept = (kind: 'unsure' | 'computed') =>
    [...new Set(ocrParts.flatMap((p) => (p.doubtful?.[kind] ?? []).filter((field) => gave(p, field))))].filter((field) => invoice.fieldSources?.[field] === 'ocr');
  const doubts = corroborated(invoice, { unsure: kept('unsure'), computed: kept('computed') });
  // A field OCR should have read and no source gave; a buyer not read leaves the OCR'd seller in doubt
  // too (ocr-doubts.ts, noBuyer).
  const unread = [...new Set(ocrParts.flatMap((p) => p.doubtful?.unread ?? []))].filter((field) => valueOf(invoice, field) === null || valueOf(invoice, field) === undefined);
  const sellerToo = unread.includes('buyer.name') && invoice.fieldSources?.['seller.name'] === 'ocr' && !doubts.unsure.includes('seller.name');
  const unsure = sellerToo ? [...doubts.unsure, 'seller.name'] : doubts.unsure;
  const computed = doubts.computed.filter((field) => !unsure.includes(field));
  // A computed amount is right only if the figures it came from are: a misread one passes the totals
  // check by construction, so they are named with it.
  const from = computed.length ? TOTALS.filter((field) => !computed.includes(field) && !unsure.includes(field) && valueOf(invoice, field) !== null) : [];
  const says = [unsure.length ? `OCR unsure of: ${unsure.join(', ')}` : '', computed.length ? `not in the OCR text, computed from the other totals: ${computed.join(', ')}` : '',
    from.length ? `right only if these are: ${from.join(', ')}` : '', unread.length ? `not read from the scanned page: ${unread.join(', ')}` : ''];
  return unsure.length || computed.length || unread.length ? { id: 'ocr_uncertain', ok: false, message: says.filter(Boolean).join('; ') } : undefined;
}

const TOTALS = ['amount', 'taxAmount', 'totalAmount'];

/**
 * The other party's name, when one party's name is in doubt on a scanned page: both are read from the
 * page's blocks, and a block taken for the wrong one (an address row, the buyer's block in the seller's
 * place, a letterhead's logo) leaves the other in doubt too ("Hotel Seeblick Betriebs GmbH", the
 * buyer, read as the seller beside a buyer "23743 Grömitz"). Only a name OCR read; it never flags a
 * result the other checks pass.
 */
function otherParty(invoice: Invoice, checks: readonly Check[]): string | undefined {
  const named = fieldsInDoubt(checks);
  for (const [one, other] of [['seller.name', 'buyer.name'], ['buyer.name', 'seller.name']] as const) {
    if (named.includes(one) && !named.includes(other) && invoice.fieldSources?.[other] === 'ocr' && valueOf(invoice, other)) return other;
  }
  return undefined;
}

/** A field's value by its name in fieldSources: "date", or "seller.name" for a party's. */
function valueOf(invoice: Invoice, field: string): unknown {
  const [head, tail] = field.split('.');
  const value = (invoice as unknown as Record<string, unknown>)[head];
  return tail === undefined ? value : (value as Record<string, unknown> | null | undefined)?.[tail];
}

/**
 * The field_doubt check, when a field the invoice states came from a parser's guess (see
 * invoice/guesses.ts) and no better source read it.
 */
function guessDoubts(reading: Reading, invoice: Invoice): Check | undefined {
  const fields = new Map<string, string>();
  for (const part of reading.parts) {
    for (const [field, why] of Object.entries(part.guessed ?? {})) {
      // (A field the page shows and no reading gave is named while it stays empty: invoice/guesses.ts.)
      const read = why.endsWith(SHOWN_NOT_READ) ? valueOf(invoice, field) == null : invoice.fieldSources?.[field] === part.source && valueOf(invoice, field) === valueOf(part.invoice, field);
      if (read && !fields.has(field)) fields.set(field, why);
    }
  }
  if (!fields.size) return undefined;
  return { id: 'field_doubt', ok: false, message: `not read from the document with certainty: ${[...fields.keys()].join(', ')} (${[...fields.values()].join('; ')})` };
}

export function settle(reading: Reading, now: Date): Settled {
  if (!reading.parts.length) throw new InvoicectlError('EXTRACTION_FAILED', 'no text found in the document (blank page, or an image without legible text)');
  const invoice = mergeInvoices(reading.parts);
  const found = Object.keys(invoice.fieldSources ?? {}).filter((k) => k !== 'currency');
  if (!found.length) throw new InvoicectlError('EXTRACTION_FAILED', 'the document has text, but nothing that reads as an invoice (no number, date, amount or party)');
  // A rounding adjustment printed on the page the total was read from.
  const rounding = reading.parts.find((p) => p.rounding && p.invoice.totalAmount === invoice.totalAmount)?.rounding ?? 0;
  // Read from a till receipt: a receipt number OCR was unsure of is left out rather than a reason to
  // review the receipt, which is kept for its total, date and seller (docs/invoice-model.md).
  const tillReceipt = reading.parts.some((p) => p.tillReceipt && p.invoice.totalAmount === invoice.totalAmount);
  if (tillReceipt && invoice.number !== null && invoice.fieldSources?.number === 'ocr' && reading.parts.some((p) => p.source === 'ocr' && p.doubtful?.unsure.includes('number'))) {
    invoice.number = null;
    delete invoice.fieldSources.number;
  }
  const checks = [...runChecks(invoice, now, rounding, tillReceipt), ...(reading.checks ?? [])];
  if (reading.qr) checks.push(qrCheck(reading.qr.invoice, invoice));
  const doubts = ocrDoubts(reading, invoice);
  if (doubts) checks.push(doubts);
  const guesses = guessDoubts(reading, invoice);
  if (guesses) checks.push(guesses);
  const other = otherParty(invoice, checks);
  if (other) {
    const said = `read beside a party name in doubt: ${other}`;
    const at = checks.findIndex((c) => c.id === 'ocr_uncertain');
    if (at >= 0) checks[at] = { ...checks[at]!, message: `${checks[at]!.message}; ${said}` };
    else checks.push({ id: 'ocr_uncertain', ok: false, message: said });
  }
  // A template's fields were still read from the text.
  const dominant = dominantSource(invoice);
  const source = dominant === 'template' ? 'text' : dominant === 'llm' ? null : dominant;
  return { invoice, checks, status: needsReview(checks) ? 'needs_review' : 'ok', source };
}
