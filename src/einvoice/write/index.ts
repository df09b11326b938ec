/**
 * An invoice (the model of docs/invoice-model.md) written as EN 16931 XML (UBL, CII, XRechnung UBL) or
 * as a Factur-X PDF, validated by our own rules before anything is returned: a result with a fatal
 * finding is refused with the findings, never written.
 */
import { InvoicectlError } from '../../core/errors.js';
import type { Invoice } from '../../invoice/model.js';
import { validateXml, type XmlValidation } from '../validate.js';
import { writeCii } from './cii-write.js';
import { facturxPdf } from './facturx-pdf.js';
import { termsFromInvoice, type Target } from './terms.js';
import { writeUbl } from './ubl-write.js';

export type { Target } from './terms.js';
export const TARGETS: readonly Target[] = ['xrechnung', 'ubl', 'cii', 'facturx'];

export interface WriteOptions {
  /** Business terms given by the user (`BT-10` → value), over what the invoice has. */
  set?: Record<string, string>;
  /** facturx: the PDF the XML is attached to (its pages are kept as they are). */
  pdf?: Uint8Array;
  now?: Date;
}

export interface Written {
  bytes: Uint8Array;
  /** The XML (for facturx: the attached factur-x.xml). */
  xml: string;
  validation: XmlValidation;
  extension: 'xml' | 'pdf';
}

export async function writeEInvoice(invoice: Invoice, target: Target, options: WriteOptions = {}): Promise<Written> {
  if (target === 'facturx' && !options.pdf) throw new InvoicectlError('UNSUPPORTED_CONVERSION', 'facturx needs a PDF to carry the XML: convert the invoice PDF, or write cii from the JSON');
  const terms = termsFromInvoice(invoice, target, options.set);
  // XRechnung is written in its UBL syntax, the one most receivers take.
  const xml = target === 'cii' || target === 'facturx' ? writeCii(terms) : writeUbl(terms);
  const validation = validateXml(xml, { profile: target === 'xrechnung' ? 'xrechnung' : 'en16931' });
  const fatal = validation.findings.filter((f) => f.severity === 'fatal');
  if (fatal.length) {
    throw new InvoicectlError('CONVERSION_FAILED', `the ${target} XML would not be valid: ${fatal.map((f) => `${f.rule}: ${f.message}`).join(' | ')}`, { findings: fatal });
  }
  if (target === 'facturx') {
    const bytes = await facturxPdf(options.pdf!, xml, terms.customization, `Invoice ${terms.number}`, options.now);
    return { bytes, xml, validation, extension: 'pdf' };
  }
  return { bytes: new TextEncoder().encode(xml), xml, validation, extension: 'xml' };
}
