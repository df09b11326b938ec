/**
 * Shared XML plumbing for the structured sources (CII, 数电/OFD issuer XML): decoding, validation and a
 * namespace-free object tree. Values stay strings ("00008006" must not become 8006).
 */
import { parseXmlTree, type XmlNode } from './xml-tree.js';

export type { XmlNode } from './xml-tree.js';

/**
 * Bytes → string, honouring a BOM (UTF-8, UTF-16) or the encoding the XML declaration names (ZUGFeRD 1.0
 * writers used ISO-8859-1, Chinese issuers GBK); UTF-8 otherwise, and for a name the decoder does not know.
 */
export function decodeXml(input: string | Uint8Array): string {
  if (typeof input === 'string') return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (input[0] === 0xff && input[1] === 0xfe) return new TextDecoder('utf-16le').decode(input.subarray(2));
  if (input[0] === 0xfe && input[1] === 0xff) return new TextDecoder('utf-16be').decode(input.subarray(2));
  const declared = declaredEncoding(input);
  if (declared) {
    try {
      return new TextDecoder(declared).decode(input);
    } catch {
      // An encoding the decoder does not know: read as UTF-8, as without a declaration.
    }
  }
  // Buffer's UTF-8 decoding is several times faster than TextDecoder's on invoice-sized files.
  const text = Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The XML declaration's encoding when it is not UTF-8 (or its ASCII subset), read from the first bytes. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 200)).toString('latin1');
  const name = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(head)?.[1];
  // A declaration readable byte by byte cannot be UTF-16's (whose BOM is handled before).
  return name && !/^(utf-?8|utf-?16(le|be)?|us-ascii|ascii)$/i.test(name) ? name : null;
}

/** Deeper than any invoice format nests (CII and UBL stay under 15 levels). */
export const MAX_XML_DEPTH = 256;

/**
 * Parses XML into a plain tree; malformed XML is XML_CORRUPT, hostile XML (entity declarations, that is
 * external entities and entity expansion; nesting deeper than MAX_XML_DEPTH) XML_UNSAFE.
 */
export function parseXml(input: string | Uint8Array): XmlNode {
  return parseXmlTree(decodeXml(input), MAX_XML_DEPTH);
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

/** xs:decimal's lexical form: digits with at most one dot and an optional sign; no exponent, no grouping. */
const XS_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A decimal under the XML's own grammar (xs:decimal): `value` null when absent; `invalid` holds the text
 * when something is written that is no decimal ("2.076,76", "0x10", "NaN", "1e309") or too large for a
 * number, so the caller can flag it rather than read a wrong amount.
 */
export function strictDecimal(node: unknown): { value: number | null; invalid?: string } {
  const s = text(node);
  if (s === null) return { value: null };
  const n = XS_DECIMAL.test(s) ? Number(s) : NaN;
  return Number.isFinite(n) ? { value: n } : { value: null, invalid: s };
}

/** A decimal as written in XML ("1021.91"); null when absent or not a number. */
export function num(node: unknown): number | null {
  const s = text(node);
  if (s === null) return null;
  const n = Number(s.replace(/[¥￥,\s]/g, ''));
  return Number.isFinite(n) ? n : null;
}
