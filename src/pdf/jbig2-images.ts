/**
 * Every JBIG2 image of a PDF checked (core/image/jbig2-check.ts) before pdf.js renders a page of it:
 * pdf.js's decoder believes the segment headers, and a crafted one made it abort its process. Costs
 * nothing for the PDFs without JBIG2 (a byte search); one the lean reader cannot read is left to pdf.js,
 * which renders in a child process (pdfjs-pool.ts).
 */
import { checkJbig2 } from '../core/image/jbig2-check.js';
import { LeanDocument } from './lean/document.js';
import { isStream, Name, Ref, type Dict, type PdfObject } from './lean/syntax.js';

const MARKER = Buffer.from('JBIG2Decode', 'latin1');

export function checkJbig2Images(bytes: Uint8Array, maxPixels: number): void {
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(MARKER) < 0) return;
  let doc: LeanDocument;
  try {
    doc = new LeanDocument(bytes);
  } catch {
    return;
  }
  for (const number of doc.objectNumbers()) {
    let object: PdfObject | undefined;
    try {
      object = doc.get(new Ref(number, 0));
    } catch {
      continue; // a damaged object: pdf.js decides
    }
    if (!isStream(object) || !isJbig2(doc, object.dict)) continue;
    // One over the limit by its own size pdf.js leaves out of the rendering without decoding it (pdfjs.ts).
    if (doc.number(object.dict.get('Width'), 0) * doc.number(object.dict.get('Height'), 0) > maxPixels) continue;
    const parms = doc.dict(firstOf(doc, object.dict.get('DecodeParms')));
    const globals = parms ? doc.streamData(parms.get('JBIG2Globals')) : undefined;
    checkJbig2([...(globals ? [globals] : []), object.raw], maxPixels, `object ${number}`);
  }
}

/** JBIG2Decode as the only filter (in a chain the data must be decoded first: pdf.js's part). */
function isJbig2(doc: LeanDocument, dict: Dict): boolean {
  const filter = doc.get(dict.get('Filter'));
  const only = Array.isArray(filter) ? (filter.length === 1 ? doc.get(filter[0]) : undefined) : filter;
  return only instanceof Name && only.name === 'JBIG2Decode';
}

function firstOf(doc: LeanDocument, o: PdfObject | undefined): PdfObject | undefined {
  const v = doc.get(o);
  return Array.isArray(v) ? v[0] : v;
}
