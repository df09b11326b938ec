/**
 * Finds the visible annotation appearances of a page (seals in signature widgets, stamps, filled form
 * fields) and where each lands on the page. Page embedding keeps only the content stream, so without
 * these the seller's seal on a Chinese e-invoice disappears from the merged sheet (pdf-lib #1155, #606);
 * `embedPageAsForm` paints them over the page content, which flattens them.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, PDFStream, type PDFPageLeaf } from 'pdf-lib';
import { appearanceMatrix, NOT_SHOWN, type Matrix } from './page-geometry.js';

export interface AppearancePlacement {
  /** The appearance stream (a form XObject) in the page's document. */
  ref: PDFRef;
  /** Maps the appearance into page space: [a b c d e f] for the `cm` operator. */
  matrix: Matrix;
}


export function annotationAppearances(node: PDFPageLeaf): AppearancePlacement[] {
  const annots = node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (!annots) return [];
  const out: AppearancePlacement[] = [];
  for (let i = 0; i < annots.size(); i++) {
    const annot = annots.lookupMaybe(i, PDFDict);
    if (!annot) continue;
    const flags = annot.lookupMaybe(PDFName.of('F'), PDFNumber)?.asNumber() ?? 0;
    // Names are interned: compared as objects, not decoded to text (pdf-lib decodes byte by byte).
    if (flags & NOT_SHOWN || annot.lookupMaybe(PDFName.of('Subtype'), PDFName) === PDFName.of('Popup')) continue;
    const appearance = normalAppearance(annot);
    const rect = numbers(annot.lookupMaybe(PDFName.of('Rect'), PDFArray));
    if (!appearance || rect.length !== 4) continue;
    const { ref, stream } = appearance;
    const bbox = numbers(stream.dict.lookupMaybe(PDFName.of('BBox'), PDFArray));
    if (bbox.length !== 4) continue;
    const matrix = numbers(stream.dict.lookupMaybe(PDFName.of('Matrix'), PDFArray));
    const placed = appearanceMatrix(rect, bbox, matrix);
    if (placed) out.push({ ref, matrix: placed });
  }
  return out;
}

/** The /AP /N stream: directly, or the one named by /AS among appearance states. */
function normalAppearance(annot: PDFDict): { ref: PDFRef; stream: PDFStream } | null {
  const ap = annot.lookupMaybe(PDFName.of('AP'), PDFDict);
  if (!ap) return null;
  let entry = ap.get(PDFName.of('N'));
  let resolved = ap.context.lookup(entry);
  if (resolved instanceof PDFDict && !(resolved instanceof PDFStream)) {
    const state = annot.lookupMaybe(PDFName.of('AS'), PDFName);
    if (!state) return null;
    entry = resolved.get(state);
    resolved = ap.context.lookup(entry);
  }
  if (!(resolved instanceof PDFStream)) return null;
  const ref = entry instanceof PDFRef ? entry : ap.context.register(resolved);
  return { ref, stream: resolved };
}

function numbers(arr: PDFArray | undefined): number[] {
  if (!arr) return [];
  const out: number[] = [];
  for (let i = 0; i < arr.size(); i++) {
    const n = arr.lookupMaybe(i, PDFNumber);
    if (!n) return [];
    out.push(n.asNumber());
  }
  return out;
}
