/**
 * ofdMetadata: the structured data an OFD invoice carries besides its drawing. CustomData comes from
 * OFD.xml; CustomTag fields point at page objects (ObjectRef → TextObject ID), so they are resolved to
 * those objects' text; XML attachments (the issuer's original invoice XML) are returned as strings.
 */
import { decodeXml } from '../invoice/xml.js';
import type { OfdDocument } from './types.js';

export interface OfdMetadata {
  customData: Record<string, string>;
  /** Field name → page text. A name that occurs again (a second line item) gets `Name[2]`, `Name[3]`... */
  tags: Record<string, string>;
  attachments: { name: string; xml: string }[];
}

export function ofdMetadata(doc: OfdDocument): OfdMetadata {
  // Text of every TextObject by page ID and object ID; a TextObject's TextCodes are joined in order.
  const textById = new Map<string, string>();
  for (const page of doc.pages) {
    for (const obj of page.objects) {
      if (obj.kind === 'text' && obj.id !== undefined) textById.set(`${page.id}/${obj.id}`, obj.codes.map((c) => c.text).join(''));
    }
  }
  const firstPage = doc.pages[0]?.id ?? '';
  const tags: Record<string, string> = {};
  for (const field of doc.tagFields) {
    // Several refs make one value: the ¥ sign and the figures are often separate objects.
    // Trimmed: producers pad fixed-width fields (备注 lines end in spaces).
    const text = field.refs.map((r) => textById.get(`${r.pageId || firstPage}/${r.objectId}`) ?? '').join('').trim();
    let key = field.name;
    for (let n = 2; key in tags; n++) key = `${field.name}[${n}]`;
    tags[key] = text;
  }
  const attachments = doc.attachments
    .filter((a) => /xml/i.test(a.format ?? '') || /\.xml$/i.test(a.file) || looksLikeXml(a.bytes))
    .map((a) => ({ name: a.file.slice(a.file.lastIndexOf('/') + 1), xml: decodeXml(a.bytes) }));
  return { customData: { ...doc.customData }, tags, attachments };
}

function looksLikeXml(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x3c; // '<'
}
