/**
 * The two kinds of source every document format comes down to: an invoice XML (Factur-X / ZUGFeRD CII,
 * Chinese issuer XML) and positioned text (PDF text layer, OFD page text, OCR). src/extract decides
 * which a document has and merges the results.
 */
import type { PageText } from '../core/text.js';
import { isCiiXml, parseCii } from './cii.js';
import { isChineseInvoiceXml, parseChineseInvoiceXml } from './cn/xml.js';
import { looksChinese, parseChineseInvoiceText } from './cn/text.js';
import { linesToText, pageLines } from './layout.js';
import type { SourcedInvoice } from './merge-sources.js';
import type { Invoice } from './model.js';
import { applyTemplates, type Template } from './templates.js';
import { checkTillArithmetic, parseReceiptText } from './receipt.js';
import { parseWesternLines } from './western/text.js';
import { readingPrint } from './western/ocr-tolerant-labels.js';

/** An embedded XML file → Invoice, or null when it is not an invoice format we read. */
export function invoiceFromXml(bytes: Uint8Array | string): Invoice | null {
  const head = typeof bytes === 'string' ? bytes.slice(0, 4000) : new TextDecoder().decode(bytes.subarray(0, 4000));
  if (isCiiXml(head)) return parseCii(bytes);
  if (isChineseInvoiceXml(head)) return parseChineseInvoiceXml(bytes);
  return null;
}

/** Chinese text that is no VAT invoice (a till receipt, a taxi ticket): the Western parser would misread it. */
function mostlyHan(text: string): boolean {
  // Counted from what is left once everything else is removed, not from arrays of every match: a
  // Western invoice's text has thousands of letters.
  const han = codePoints(text.replace(NOT_HAN, ''));
  const latin = text.replace(NOT_LATIN, '').length;
  return han >= 10 && han > latin;
}

const NOT_HAN = /\P{Script=Han}+/gu;
const NOT_LATIN = /[^A-Za-z]+/g;

/** Code points, a surrogate pair counted once. */
function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if ((text.charCodeAt(i) & 0xfc00) !== 0xdc00 || i === 0 || (text.charCodeAt(i - 1) & 0xfc00) !== 0xd800) n++;
  return n;
}

/** Text-layer parse: a matching template first, then the Chinese invoice, receipt or Western parser. */
export function invoiceFromPages(pages: readonly PageText[], templates: readonly Template[] = []): SourcedInvoice[] {
  const lines = pageLines(pages);
  const text = linesToText(lines);
  if (!text.trim()) return [];
  const parts: SourcedInvoice[] = [];
  const templated = templates.length ? applyTemplates(text, templates) : null;
  if (templated) parts.push({ source: 'template', invoice: templated.invoice });
  const invoice = readingPrint(pages, () => looksChinese(text) ? parseChineseInvoiceText(pages, lines) : mostlyHan(text) ? parseReceiptText(pages) : checkTillArithmetic(parseWesternLines(lines), text));
  parts.push({ source: 'text', invoice });
  return parts;
}
