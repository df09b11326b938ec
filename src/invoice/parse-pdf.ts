/**
 * The whole per-PDF flow the extract operation needs, best source first: embedded XML (Factur-X /
 * ZUGFeRD / Chinese issuer XML) → text layer (user templates, then the Chinese or Western parser) →
 * merged invoice with fieldSources and checks. OCR and QR decoding live elsewhere; callers merge those
 * in with mergeInvoices when the text layer is empty.
 */
import type { PageText } from '../core/text.js';
import { InvoicectlError } from '../core/errors.js';
import { pdfAttachments, pdfPageText } from '../pdf/text.js';
import { isCiiXml, parseCii } from './cii.js';
import { isChineseInvoiceXml, parseChineseInvoiceXml } from './cn-xml.js';
import { looksChinese, parseChineseInvoiceText } from './cn-text.js';
import { runChecks } from './checks.js';
import { linesToText, pageLines } from './layout.js';
import { dominantSource, mergeInvoices, type SourcedInvoice } from './merge-sources.js';
import type { Check, FieldSource, Invoice } from './model.js';
import { applyTemplates, type Template } from './templates.js';
import { parseReceiptText } from './receipt.js';
import { parseWesternLines } from './western-text.js';

export interface ParsedInvoice {
  invoice: Invoice;
  checks: Check[];
  source: FieldSource | null;
  pages: number;
}

/** An embedded XML file → Invoice, or null when it is not an invoice format we read. */
export function invoiceFromXml(bytes: Uint8Array | string): Invoice | null {
  const head = typeof bytes === 'string' ? bytes.slice(0, 4000) : new TextDecoder().decode(bytes.subarray(0, 4000));
  if (isCiiXml(head)) return parseCii(bytes);
  if (isChineseInvoiceXml(head)) return parseChineseInvoiceXml(bytes);
  return null;
}

/** Chinese text that is no VAT invoice (a till receipt, a taxi ticket): the Western parser would misread it. */
function mostlyHan(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han >= 10 && han > latin;
}

/** Text-layer parse: a matching template first, then the Chinese invoice, receipt or Western parser. */
export function invoiceFromPages(pages: readonly PageText[], templates: readonly Template[] = []): SourcedInvoice[] {
  const lines = pageLines(pages);
  const text = linesToText(lines);
  if (!text.trim()) return [];
  const parts: SourcedInvoice[] = [];
  const templated = templates.length ? applyTemplates(text, templates) : null;
  if (templated) parts.push({ source: 'template', invoice: templated.invoice });
  parts.push({ source: 'text', invoice: looksChinese(text) ? parseChineseInvoiceText(pages) : mostlyHan(text) ? parseReceiptText(pages) : parseWesternLines(lines) });
  return parts;
}

export async function parseInvoicePdf(
  bytes: Uint8Array,
  options: { password?: string; maxPages?: number; templates?: readonly Template[]; now?: Date } = {},
): Promise<ParsedInvoice> {
  const parts: SourcedInvoice[] = [];
  for (const a of await pdfAttachments(bytes, { password: options.password })) {
    if (!/\.xml$/i.test(a.name)) continue;
    try {
      const inv = invoiceFromXml(a.bytes);
      if (inv) parts.push({ source: 'xml', invoice: inv });
    } catch {
      // A broken attachment must not hide the text layer; the text parse still runs.
    }
  }
  const pages = await pdfPageText(bytes, { password: options.password, maxPages: options.maxPages });
  parts.push(...invoiceFromPages(pages, options.templates));
  if (!parts.length) throw new InvoicectlError('EXTRACTION_FAILED', 'the PDF has neither an embedded invoice XML nor a text layer (needs OCR)');
  const invoice = mergeInvoices(parts);
  return { invoice, checks: runChecks(invoice, options.now), source: dominantSource(invoice), pages: pages.length };
}
