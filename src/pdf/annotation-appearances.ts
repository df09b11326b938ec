/**
 * Finds the visible annotation appearances of a page (seals in signature widgets, stamps, filled form
 * fields) and where each lands on the page. Page embedding keeps only the content stream, so without
 * these the seller's seal on a Chinese e-invoice disappears from the merged sheet (pdf-lib #1155, #606);
 * `embedPageAsForm` paints them over the page content, which flattens them.
 */
import { PDFArray, PDFDict, PDFName, PDFNumber, PDFRef, PDFStream, type PDFPageLeaf } from 'pdf-lib';

export interface AppearancePlacement {
  /** The appearance stream (a form XObject) in the page's document. */
  ref: PDFRef;
  /** Maps the appearance into page space: [a b c d e f] for the `cm` operator. */
  matrix: [number, number, number, number, number, number];
}

const FLAG_HIDDEN = 1 << 1;
const FLAG_NOVIEW = 1 << 5;

export function annotationAppearances(node: PDFPageLeaf): AppearancePlacement[] {
  const annots = node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (!annots) return [];
  const out: AppearancePlacement[] = [];
  for (let i = 0; i < annots.size(); i++) {
    const annot = annots.lookupMaybe(i, PDFDict);
    if (!annot) continue;
    const flags = annot.lookupMaybe(PDFName.of('F'), PDFNumber)?.asNumber() ?? 0;
    // Names are interned: compared as objects, not decoded to text (pdf-lib decodes byte by byte).
    if (flags & (FLAG_HIDDEN | FLAG_NOVIEW) || annot.lookupMaybe(PDFName.of('Subtype'), PDFName) === PDFName.of('Popup')) continue;
    const appearance = normalAppearance(annot);
    const rect = numbers(annot.lookupMaybe(PDFName.of('Rect'), PDFArray));
    if (!appearance || rect.length !== 4) continue;
    const { ref, stream } = appearance;
    const bbox = numbers(stream.dict.lookupMaybe(PDFName.of('BBox'), PDFArray));
    if (bbox.length !== 4) continue;
    const matrix = numbers(stream.dict.lookupMaybe(PDFName.of('Matrix'), PDFArray));
    const m = matrix.length === 6 ? matrix : [1, 0, 0, 1, 0, 0];
    // PDF 32000-1 12.5.5: map the appearance box, transformed by its Matrix, onto the annotation's Rect.
    const box = transformedBounds(bbox, m);
    const [rx1, ry1, rx2, ry2] = [Math.min(rect[0], rect[2]), Math.min(rect[1], rect[3]), Math.max(rect[0], rect[2]), Math.max(rect[1], rect[3])];
    const bw = box.x2 - box.x1;
    const bh = box.y2 - box.y1;
    if (bw <= 0 || bh <= 0) continue;
    const sx = (rx2 - rx1) / bw;
    const sy = (ry2 - ry1) / bh;
    out.push({ ref, matrix: [sx, 0, 0, sy, rx1 - box.x1 * sx, ry1 - box.y1 * sy] });
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

function transformedBounds(bbox: number[], m: number[]) {
  const corners = [
    [bbox[0], bbox[1]],
    [bbox[2], bbox[1]],
    [bbox[0], bbox[3]],
    [bbox[2], bbox[3]],
  ].map(([x, y]) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]);
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}
