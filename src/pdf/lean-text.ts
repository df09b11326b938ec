/**
 * The text layer and embedded files of a PDF without pdf.js: the lean reader (src/pdf/lean/) reads
 * the cross-reference, the pages' content streams and their fonts' ToUnicode maps and widths, and
 * builds the same items pdf.js would (test/pdf/lean-text.test.ts compares both on every fixture).
 * It loads in a few milliseconds and reads an invoice in about one, where pdf.js parses every font
 * program. What it cannot decode exactly (encryption, Type3 fonts, CJK CMaps, other filters, broken
 * files) raises LeanUnsupported, and the caller reads the document with pdf.js.
 */
import { assertPageLimit, InvoicectlError } from '../core/errors.js';
import { LeanDocument, textString } from './lean/document.js';
import { pageTextItems, type FontCache } from './lean/content.js';
import { fontMaps, type FontMap } from './lean/font-maps.js';
import { LeanUnsupported, Name, Ref, isStream, type Dict, type PdfObject } from './lean/syntax.js';
import { toPageText, type PdfAttachment, type PdfPageText, type PdfTextOptions } from './text.js';

export { LeanUnsupported };

/**
 * The lean reading, or undefined when pdf.js must read the document: a refusal (LeanUnsupported) or a
 * file too broken for the lean reader (pdf.js repairs what it can, and reports the rest with a stable
 * code). Only our own errors (the page limit) stand.
 */
export function tryLeanText(bytes: Uint8Array, options: Pick<PdfTextOptions, 'maxPages'>): ReturnType<typeof leanTextAndAttachments> | undefined {
  return tryLeanDocument(bytes, options)?.layer;
}

/**
 * tryLeanText's reading with the document it opened, for a caller that goes on to read more of the file
 * (page 1's images, for a QR code) without parsing it again.
 */
export function tryLeanDocument(bytes: Uint8Array, options: Pick<PdfTextOptions, 'maxPages'>): { layer: ReturnType<typeof leanTextAndAttachments>; doc: LeanDocument } | undefined {
  try {
    const doc = new LeanDocument(bytes);
    return { layer: readLean(doc, options), doc };
  } catch (err) {
    if (err instanceof InvoicectlError) throw err;
    return undefined;
  }
}

export function leanTextAndAttachments(bytes: Uint8Array, options: Pick<PdfTextOptions, 'maxPages'> = {}): { pages: PdfPageText[]; attachments: PdfAttachment[]; fonts: FontMap[] } {
  return readLean(new LeanDocument(bytes), options);
}

function readLean(doc: LeanDocument, options: Pick<PdfTextOptions, 'maxPages'>): { pages: PdfPageText[]; attachments: PdfAttachment[]; fonts: FontMap[] } {
  const pageDicts = doc.pages();
  assertPageLimit('the PDF', pageDicts.length, options.maxPages);
  const fonts: FontCache = new Map();
  const pages = pageDicts.map((page, i) => {
    const { view, rotate } = pageGeometry(doc, page);
    const { items, invisible } = pageTextItems(doc, page, view, fonts);
    const text = toPageText(i + 1, viewport(view, rotate), items);
    if (!invisible) text.visibleText = true;
    return text;
  });
  return { pages, attachments: attachments(doc, pageDicts), fonts: fontMaps(fonts) };
}

/**
 * Only the embedded files (no page is read), of an encrypted document too when `password` (usually the
 * empty one) opens it; throws what LeanDocument throws.
 */
export function leanAttachments(bytes: Uint8Array, password = ''): PdfAttachment[] {
  return attachments(new LeanDocument(bytes, { password }));
}

/**
 * pdf.js lists only the EmbeddedFiles name tree: the files of `known` plus those the lean reader finds
 * (the /AF associated files too), for a PDF whose pages pdf.js had to read. A document the lean reader
 * cannot open keeps `known`.
 */
export function withAssociatedFiles(bytes: Uint8Array, known: readonly PdfAttachment[], password?: string): PdfAttachment[] {
  let lean: PdfAttachment[];
  try {
    lean = leanAttachments(bytes, password);
  } catch {
    return [...known];
  }
  const seen = new Set(known.map((a) => `${a.name}:${a.bytes.length}`));
  return [...known, ...lean.filter((a) => !seen.has(`${a.name}:${a.bytes.length}`))];
}

const LETTER = [0, 0, 612, 792];

/** pdf.js's page.view (the crop box within the media box) and its normalised /Rotate. */
export function pageGeometry(doc: LeanDocument, page: Dict): { view: number[]; rotate: number } {
  if (doc.number(page.get('UserUnit'), 1) !== 1) throw new LeanUnsupported('UserUnit');
  const media = rectangle(doc, page.get('MediaBox')) ?? LETTER;
  const crop = rectangle(doc, page.get('CropBox'));
  let view = media;
  if (crop) {
    const box = [Math.max(media[0], crop[0]), Math.max(media[1], crop[1]), Math.min(media[2], crop[2]), Math.min(media[3], crop[3])];
    if (box[2] > box[0] && box[3] > box[1]) view = box;
  }
  let rotate = doc.number(page.get('Rotate'), 0);
  if (rotate % 90 !== 0) rotate = 0;
  rotate = ((rotate % 360) + 360) % 360;
  return { view, rotate };
}

function rectangle(doc: LeanDocument, o: PdfObject | undefined): number[] | undefined {
  const arr = doc.array(o)?.map((v) => doc.get(v));
  if (!arr || arr.length !== 4 || !arr.every((v): v is number => typeof v === 'number')) return undefined;
  const r = [Math.min(arr[0], arr[2]), Math.min(arr[1], arr[3]), Math.max(arr[0], arr[2]), Math.max(arr[1], arr[3])];
  return r[2] > r[0] && r[3] > r[1] ? r : undefined;
}

/** pdf.js's PageViewport at scale 1: y flipped, rotated, origin at the view's top-left corner. */
export function viewport(view: number[], rotate: number) {
  const [a, b, c, d] = ({ 0: [1, 0, 0, -1], 90: [0, 1, 1, 0], 180: [-1, 0, 0, 1], 270: [0, -1, -1, 0] } as Record<number, number[]>)[rotate];
  const centerX = (view[0] + view[2]) / 2;
  const centerY = (view[1] + view[3]) / 2;
  const sideways = a === 0;
  const offsetX = sideways ? Math.abs(centerY - view[1]) : Math.abs(centerX - view[0]);
  const offsetY = sideways ? Math.abs(centerX - view[0]) : Math.abs(centerY - view[1]);
  const w = view[2] - view[0];
  const h = view[3] - view[1];
  return {
    transform: [a, b, c, d, offsetX - a * centerX - c * centerY, offsetY - b * centerX - d * centerY],
    width: sideways ? h : w,
    height: sideways ? w : h,
  };
}

/**
 * Embedded files: the EmbeddedFiles name tree, then the file specifications of the catalogue's and the
 * pages' /AF arrays (PDF/A-3 associated files) that the tree does not list, then those of the pages'
 * file attachment annotations (a file attached as a comment, as PDF editors do, is in neither). Each
 * file specification's name (UF, else F) and its embedded stream; one stream is listed once. `pages`:
 * the page dictionaries when the caller has read them (the page tree is walked once per document), else
 * read here.
 */
function attachments(doc: LeanDocument, pages?: Dict[]): PdfAttachment[] {
  const root = doc.dict(doc.trailer.get('Root'));
  const names = doc.dict(root?.get('Names'));
  const out: PdfAttachment[] = [];
  const seen = new Set<unknown>();
  const add = (key: string, spec: PdfObject) => {
    const fs = doc.dict(spec);
    const ef = doc.dict(fs?.get('EF'));
    const stream = ef?.get('UF') ?? ef?.get('F');
    if (!fs || !isStream(doc.get(stream))) return;
    const id = stream instanceof Ref ? `${stream.num} ${stream.gen}` : doc.get(stream);
    if (seen.has(id)) return;
    seen.add(id);
    const bytes = doc.streamData(stream)!;
    out.push({ name: textString(doc.get(fs.get('UF') ?? fs.get('F'))) || key, bytes });
  };
  for (const [key, spec] of doc.nameTree(names?.get('EmbeddedFiles'))) add(key, spec);
  const pageDicts = pages ?? safePages(doc);
  const associated = [root, ...pageDicts].flatMap((d) => doc.array(d?.get('AF')) ?? []);
  for (const spec of associated) add('attachment.xml', spec);
  for (const page of pageDicts) {
    for (const annot of doc.array(page.get('Annots')) ?? []) {
      const a = doc.dict(annot);
      const subtype = doc.get(a?.get('Subtype'));
      const spec = a?.get('FS');
      if (subtype instanceof Name && subtype.name === 'FileAttachment' && spec) add('attachment.xml', spec);
    }
  }
  return out;
}

function safePages(doc: LeanDocument): Dict[] {
  try {
    return doc.pages();
  } catch {
    return [];
  }
}
