/**
 * Shared XML plumbing for the structured sources (CII, 数电/OFD issuer XML): decoding, validation and a
 * namespace-free object tree. Values stay strings ("00008006" must not become 8006).
 */
import type { XMLParser } from 'fast-xml-parser';
import { InvoicectlError } from '../core/errors.js';
import { lazyRequire } from '../core/lazy-require.js';

export type XmlNode = Record<string, unknown>;

// Loaded with the first XML (an attachment, an XML input): most PDFs embed none.
const fxp = lazyRequire<typeof import('fast-xml-parser')>('fast-xml-parser');
let parser: XMLParser | undefined;
const xmlParser = () =>
  (parser ??= new (fxp().XMLParser)({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    textNodeName: '#text',
  }));

/** Bytes → string, honouring a UTF-16 BOM or an XML declaration's encoding for UTF-16. */
export function decodeXml(input: string | Uint8Array): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  if (input[0] === 0xff && input[1] === 0xfe) return new TextDecoder('utf-16le').decode(input.subarray(2));
  if (input[0] === 0xfe && input[1] === 0xff) return new TextDecoder('utf-16be').decode(input.subarray(2));
  return new TextDecoder('utf-8').decode(input).replace(/^\uFEFF/, '');
}

/** Parses XML into a plain tree; malformed XML is XML_CORRUPT. */
export function parseXml(input: string | Uint8Array): XmlNode {
  const text = decodeXml(input);
  const valid = fxp().XMLValidator.validate(text);
  if (valid !== true) {
    throw new InvoicectlError('XML_CORRUPT', `invalid XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  return xmlParser().parse(text) as XmlNode;
}

export function asArray<T = unknown>(v: T | T[] | undefined | null): T[] {
  return v == null ? [] : Array.isArray(v) ? v : [v];
}

/** Follows a path of element names; arrays along the way take their first element. */
export function child(node: unknown, ...path: string[]): unknown {
  let cur: unknown = node;
  for (const key of path) {
    if (Array.isArray(cur)) cur = cur[0];
    if (cur == null || typeof cur !== 'object') return undefined;
    cur = (cur as XmlNode)[key];
  }
  return cur;
}

/** First of several alternative paths that exists. */
export function childAny(node: unknown, ...paths: string[][]): unknown {
  for (const p of paths) {
    const v = child(node, ...p);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** An element's text (attributes ignored), trimmed; null when missing or empty. */
export function text(node: unknown): string | null {
  if (Array.isArray(node)) node = node[0];
  if (node == null) return null;
  if (typeof node === 'object') node = (node as XmlNode)['#text'];
  if (node == null) return null;
  const s = String(node).trim();
  return s ? s : null;
}

export function attr(node: unknown, name: string): string | null {
  if (Array.isArray(node)) node = node[0];
  if (node == null || typeof node !== 'object') return null;
  const v = (node as XmlNode)['@' + name];
  return v == null ? null : String(v);
}

/** A decimal as written in XML ("1021.91"); null when absent or not a number. */
export function num(node: unknown): number | null {
  const s = text(node);
  if (s === null) return null;
  const n = Number(s.replace(/[¥￥,\s]/g, ''));
  return Number.isFinite(n) ? n : null;
}
