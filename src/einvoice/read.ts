/**
 * An invoice XML (standalone or attached to a PDF / OFD) → the invoice, with checks for what could not be
 * read. The syntax is decided by the root element and its namespace, never by the file's name.
 */
import { toErrorInfo } from '../core/errors.js';
import { readCii } from '../invoice/cii.js';
import { isChineseInvoiceXml, parseChineseInvoiceXml } from '../invoice/cn/xml.js';
import type { Check, Invoice } from '../invoice/model.js';
import { decodeXml, parseXml } from '../invoice/xml.js';
import { ciiSemantic } from './cii-semantic.js';
import { einvoiceDetails } from './details.js';
import { ublSemantic } from './ubl-semantic.js';
import { invoiceAttachmentRank, sniffEInvoice, xmlRoot, type EInvoiceSyntax } from './detect.js';
import { readUbl } from './ubl-read.js';

export interface XmlReading {
  invoice: Invoice;
  /** Checks of what was read: amounts in no decimal form (xml_amount_format), IBAN check digits (iban_checksum). */
  checks: Check[];
  syntax: EInvoiceSyntax | 'cn-xml';
}

/** The invoice an XML holds, or null when the XML is no invoice format we read. Throws XML_CORRUPT / XML_UNSAFE. */
export function readInvoiceXml(bytes: string | Uint8Array): XmlReading | null {
  const sniffed = sniffEInvoice(bytes);
  if (sniffed) {
    const { invoice, invalidDecimals } = sniffed.syntax === 'ubl' ? readUbl(bytes) : readCii(bytes);
    const checks = decimalChecks(invalidDecimals);
    if (sniffed.syntax !== 'cii-d1') {
      const tree = parseXml(bytes);
      invoice.einvoice = einvoiceDetails(sniffed.syntax === 'ubl' ? ublSemantic(tree) : ciiSemantic(tree));
      const badIban = invoice.einvoice.paymentMeans.filter((m) => m.ibanValid === false).map((m) => m.account);
      if (invoice.einvoice.paymentMeans.some((m) => m.ibanValid !== null)) {
        checks.push(badIban.length ? { id: 'iban_checksum', ok: false, message: `IBAN with wrong check digits (mod 97): ${badIban.join(', ')}` } : { id: 'iban_checksum', ok: true });
      }
    }
    return { invoice, checks, syntax: sniffed.syntax };
  }
  const text = decodeXml(bytes);
  if (isChineseInvoiceXml(text.slice(0, 4000))) return { invoice: parseChineseInvoiceXml(bytes), checks: [], syntax: 'cn-xml' };
  return null;
}

function decimalChecks(invalid: string[]): Check[] {
  if (!invalid.length) return [];
  const shown = invalid.slice(0, 5).map((v) => JSON.stringify(v.slice(0, 40))).join(', ');
  return [{ id: 'xml_amount_format', ok: false, message: `amounts not written as XML decimals (digits, one dot, optional sign), read as unknown: ${shown}` }];
}

/** Names the Factur-X, ZUGFeRD and XRechnung specifications give the invoice attachment, and their kin. */
const INVOICE_NAME = /(factur-?x|zugferd|xrechnung|x-rechnung|order-x|invoice|rechnung|facture|cii|ubl).*\.xml$/i;

export interface AttachmentReading {
  /** The invoices read, best first: a specification's file name before others, CII 2.x before 1.0. */
  invoices: { name: string; reading: XmlReading }[];
  /** Failing checks: an invoice attachment that could not be read, an amount that was not a decimal. */
  checks: Check[];
}

/**
 * Reads every attachment that is an invoice XML, whatever its name. One that is an invoice by its root or
 * its name but cannot be read is reported in a failing `embedded_xml_unreadable` check, so the result is
 * reviewed instead of silently taken from the page text.
 */
export function readInvoiceAttachments(attachments: readonly { name: string; bytes: Uint8Array | string }[]): AttachmentReading {
  const invoices: AttachmentReading['invoices'] = [];
  const problems: string[] = [];
  const checks: Check[] = [];
  for (const a of attachments) {
    const looksXml = looksLikeXml(a.bytes);
    if (!looksXml && !INVOICE_NAME.test(a.name)) continue;
    try {
      const reading = readInvoiceXml(a.bytes);
      if (reading) {
        invoices.push({ name: a.name, reading });
        checks.push(...reading.checks.map((c) => (c.message ? { ...c, message: `${a.name}: ${c.message}` } : c)));
      } else if (INVOICE_NAME.test(a.name)) {
        const root = looksXml ? xmlRoot(a.bytes) : null;
        problems.push(`${a.name}: ${root ? `root element ${root.name}${root.namespace ? ` (${root.namespace})` : ''} is neither CII nor UBL` : 'not XML'}`);
      }
    } catch (err) {
      const info = toErrorInfo(err, 'EXTRACTION_FAILED');
      problems.push(`${a.name}: ${info.code}: ${info.message}`);
    }
  }
  if (problems.length) checks.push({ id: 'embedded_xml_unreadable', ok: false, message: `an invoice attachment could not be read (${problems.join('; ')})` });
  invoices.sort((a, b) => rank(a) - rank(b));
  return { invoices, checks };
}

function rank(x: { name: string; reading: XmlReading }): number {
  return invoiceAttachmentRank(x.name, x.reading.syntax);
}


function looksLikeXml(bytes: Uint8Array | string): boolean {
  const head = typeof bytes === 'string' ? bytes.slice(0, 64) : decodeXml(bytes.subarray(0, 256)).slice(0, 64);
  return /^\s*</.test(head);
}
