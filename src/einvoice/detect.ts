/**
 * Which e-invoice syntax an XML document is, from its root element and that element's namespace. The
 * root is found after the prolog (declaration, comments, processing instructions, a DOCTYPE), however
 * long: Factur-X samples open with pages of licence comments.
 */
import { decodeXml } from '../invoice/xml.js';

/**
 * cii: UN/CEFACT CrossIndustryInvoice D16B (Factur-X, ZUGFeRD 2.x, XRechnung CII);
 * cii-d1: ZUGFeRD 1.0 CrossIndustryDocument and its draft, the CBFBUY:5 `Invoice` (same elements);
 * ubl: UBL 2.1 Invoice or CreditNote (Peppol BIS 3.0, XRechnung UBL).
 */
export type EInvoiceSyntax = 'cii' | 'cii-d1' | 'ubl';

export interface XmlRoot {
  /** The root element's local name. */
  name: string;
  namespace: string | null;
}

export interface Sniffed extends XmlRoot {
  syntax: EInvoiceSyntax;
  /** UBL: Invoice or CreditNote. */
  ublKind?: 'Invoice' | 'CreditNote';
}

const UBL_NS = /^urn:oasis:names:specification:ubl:schema:xsd:(Invoice|CreditNote)-2$/;

/** The root element's name and namespace, or null when the text has no element. */
export function xmlRoot(input: string | Uint8Array): XmlRoot | null {
  const text = decodeXml(input);
  let i = 0;
  for (;;) {
    i = skipSpace(text, i);
    if (text.startsWith('<?', i)) i = after(text, '?>', i);
    else if (text.startsWith('<!--', i)) i = after(text, '-->', i);
    else if (text.startsWith('<!DOCTYPE', i)) i = afterDoctype(text, i);
    else break;
    if (i < 0) return null;
  }
  const m = /^<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)>/.exec(text.slice(i, i + 20000));
  if (!m) return null;
  const prefix = m[1] ? m[1].slice(0, -1) : null;
  const attrs = m[3];
  const ns = new RegExp(`\\sxmlns${prefix ? ':' + prefix : ''}\\s*=\\s*(["'])(.*?)\\1`).exec(attrs);
  return { name: m[2], namespace: ns ? ns[2].trim() : null };
}

/** The e-invoice syntax of an XML document, or null when it is none we read. */
/**
 * Which of a PDF's invoice attachments is the invoice, lowest first; extract and validate both choose by
 * it. A PDF may carry ZUGFeRD 1.0 beside an EN 16931 XML (the 2.x migration): the EN 16931 syntax wins
 * over a conventional name, then a conventional name over any other.
 */
export function invoiceAttachmentRank(name: string, syntax: EInvoiceSyntax | 'cn-xml'): number {
  const older = syntax === 'cii-d1' ? 1 : 0;
  const named = /^(factur-x|zugferd-invoice|xrechnung)\.xml$/i.test(name) ? 0 : 1;
  return older * 2 + named;
}

export function sniffEInvoice(input: string | Uint8Array): Sniffed | null {
  const root = xmlRoot(input);
  if (!root) return null;
  const ubl = root.namespace ? UBL_NS.exec(root.namespace) : null;
  if (ubl && ubl[1] === root.name) return { ...root, syntax: 'ubl', ublKind: root.name as 'Invoice' | 'CreditNote' };
  if (root.name === 'CrossIndustryInvoice') return { ...root, syntax: 'cii' };
  if (root.name === 'CrossIndustryDocument') return { ...root, syntax: 'cii-d1' };
  if (root.name === 'Invoice' && /uncefact:data:standard:CBFBUY/i.test(root.namespace ?? '')) return { ...root, syntax: 'cii-d1' };
  return null;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && /\s/.test(s[i])) i++;
  return i;
}

function after(s: string, end: string, i: number): number {
  const j = s.indexOf(end, i);
  return j < 0 ? -1 : j + end.length;
}

/** A DOCTYPE may carry an internal subset in brackets: skip to the `>` after it. */
function afterDoctype(s: string, i: number): number {
  const bracket = s.indexOf('[', i);
  const close = s.indexOf('>', i);
  if (close < 0) return -1;
  if (bracket < 0 || bracket > close) return close + 1;
  const end = s.indexOf(']', bracket);
  return end < 0 ? -1 : after(s, '>', end);
}
