/**
 * The JPEG a scanned page is made of, when the page is nothing else: its content only draws one
 * DCTDecode image, upright, over the whole page. OCR can then read the scanner's own bytes at their own
 * resolution. Rendering the page instead costs the main thread 1-2 s per A4 scan (pdf.js decodes the
 * JPEG in JavaScript and paints it at the OCR resolution, and that picture is PNG-encoded for the OCR
 * thread, which decodes it again), about as much CPU as the OCR itself.
 *
 * Anything else (a page with text or vector content, a rotated or partly covered page, a mask, a Decode
 * array, CMYK or 16-bit samples, a document the lean reader cannot read) gives null: the caller renders.
 */
import { LeanDocument } from './lean/document.js';
import { multiply } from './lean/matrix.js';
import { isStream, Keyword, Lexer, Name, nameOf, type Dict, type PdfObject } from './lean/syntax.js';
import { pageGeometry } from './lean-text.js';

export interface PageJpeg {
  jpeg: Uint8Array;
  /** Pixels per inch of the page (the image covers the page exactly). */
  dpi: number;
  width: number;
  height: number;
}

/** Page edges and the image's may differ by this much (rounding of the scanner's page size). */
const TOLERANCE_PT = 1;

/** Per page (index 0 = page 1): its JPEG, or null when the page must be rendered. Null: no lean reading. */
export function pageJpegs(bytes: Uint8Array): (PageJpeg | null)[] | null {
  let doc: LeanDocument;
  let pages: Dict[];
  try {
    doc = new LeanDocument(bytes);
    pages = doc.pages();
  } catch {
    return null;
  }
  return pages.map((page) => {
    try {
      return pageJpeg(doc, page);
    } catch {
      return null;
    }
  });
}

function pageJpeg(doc: LeanDocument, page: Dict): PageJpeg | null {
  const { view, rotate } = pageGeometry(doc, page);
  if (rotate !== 0) return null;
  const drawn = soleImageDraw(doc, page);
  if (!drawn) return null;
  const xobjects = doc.dict(doc.dict(page.get('Resources'))?.get('XObject'));
  const image = doc.get(xobjects?.get(drawn.name));
  if (!isStream(image) || !plainJpeg(doc, image.dict)) return null;
  const [a, b, c, d, e, f] = drawn.matrix;
  if (b !== 0 || c !== 0 || a <= 0 || d <= 0) return null;
  const covers = Math.abs(e - view[0]) <= TOLERANCE_PT && Math.abs(f - view[1]) <= TOLERANCE_PT && Math.abs(e + a - view[2]) <= TOLERANCE_PT && Math.abs(f + d - view[3]) <= TOLERANCE_PT;
  if (!covers) return null;
  const width = doc.number(image.dict.get('Width'), 0);
  const height = doc.number(image.dict.get('Height'), 0);
  const dpiX = (width * 72) / a;
  const dpiY = (height * 72) / d;
  // Square pixels only: OCR positions are converted back to the page with one resolution.
  if (!(width > 0 && height > 0) || Math.abs(dpiX - dpiY) > 0.02 * dpiX) return null;
  return { jpeg: image.raw, dpi: dpiX, width, height };
}

/** An image the JPEG alone describes: DCT only, 8-bit grey or RGB, no mask, no Decode array. */
function plainJpeg(doc: LeanDocument, dict: Dict): boolean {
  if (nameOf(doc.get(dict.get('Subtype'))) !== 'Image' || doc.get(dict.get('ImageMask')) === true) return false;
  if (dict.has('SMask') || dict.has('Mask') || dict.has('Decode') || doc.number(dict.get('BitsPerComponent'), 8) !== 8) return false;
  const filter = doc.get(dict.get('Filter'));
  const filters = Array.isArray(filter) ? filter.map((f) => doc.get(f)) : [filter];
  if (filters.length !== 1 || !['DCTDecode', 'DCT'].includes(nameOf(filters[0]) ?? '')) return false;
  return colourComponents(doc, dict.get('ColorSpace')) !== null;
}

/** 1 or 3 for DeviceGray / DeviceRGB (or an ICC profile of as many); null for anything else. */
function colourComponents(doc: LeanDocument, space: PdfObject | undefined): number | null {
  const cs = doc.get(space);
  const name = nameOf(cs);
  if (name === 'DeviceGray' || name === 'G') return 1;
  if (name === 'DeviceRGB' || name === 'RGB') return 3;
  if (Array.isArray(cs) && nameOf(doc.get(cs[0])) === 'ICCBased') {
    const n = doc.number(doc.dict(cs[1])?.get('N'), 0);
    return n === 1 || n === 3 ? n : null;
  }
  return null;
}

/**
 * The content's one `Do` and the matrix it is drawn with, when the content is only `q`, `Q`, `cm` and
 * that `Do`: a scanner's page. Anything else painted (text, paths, a second image) is null.
 */
function soleImageDraw(doc: LeanDocument, page: Dict): { name: string; matrix: number[] } | null {
  const contents = doc.get(page.get('Contents'));
  const streams = Array.isArray(contents) ? contents : [page.get('Contents')];
  const ctm = [1, 0, 0, 1, 0, 0];
  const saved: number[][] = [];
  let drawn: { name: string; matrix: number[] } | null = null;
  for (const s of streams) {
    const data = doc.streamData(s);
    if (!data) return null;
    const lx = new Lexer(data);
    const operands: PdfObject[] = [];
    for (let t = lx.object(); t !== undefined; t = lx.object()) {
      if (!(t instanceof Keyword)) {
        operands.push(t);
        continue;
      }
      if (t.word === 'q') saved.push(ctm.slice());
      else if (t.word === 'Q') ctm.splice(0, 6, ...(saved.pop() ?? ctm));
      else if (t.word === 'cm' && operands.length === 6 && operands.every((o) => typeof o === 'number')) ctm.splice(0, 6, ...multiply(ctm, operands as number[]));
      else if (t.word === 'Do' && !drawn && operands.length === 1 && operands[0] instanceof Name) drawn = { name: operands[0].name, matrix: ctm.slice() };
      else return null;
      operands.length = 0;
    }
  }
  return drawn;
}
