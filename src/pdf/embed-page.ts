/**
 * Turns a page of another PDF into a form XObject of the output document.
 *
 * pdf-lib's own embedPage decompresses the content and compresses it again (in JavaScript), and copies the
 * page dictionary with everything it points at. Here the compressed content stream is reused as is when
 * the page has a single one (the usual case), and only the resources are copied: several times faster on
 * large batches, and no stray annotations or structure trees ride along.
 *
 * Visible annotation appearances (the seal) are painted over the content in a small wrapper form, which
 * flattens them without touching the original stream.
 */
import zlib from 'node:zlib';
import {
  PDFArray,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFStream,
  PDFContentStream,
  decodePDFRawStream,
  type PDFDocument,
  type PDFObject,
  type PDFPageLeaf,
  type PDFRef,
} from 'pdf-lib';
import { InvoicectlError } from '../core/errors.js';
import { annotationAppearances } from './annotation-appearances.js';
import type { SourcePage } from './lazy-pdf.js';
import { boxFrom, normalRotation, wrapperContent, type Box } from './page-geometry.js';

export interface FormPage {
  ref: PDFRef;
  /** Size of the visible (crop) box, in points, before the page's /Rotate. */
  width: number;
  height: number;
  /** The page's /Rotate, clockwise degrees: 0, 90, 180 or 270. */
  rotate: number;
}

/** Brings objects of the page's document into the output: pdf-lib's PDFObjectCopier or RawObjectCopier. */
export interface ObjectCopier {
  copy<T extends PDFObject>(object: T): T;
}

export function embedPageAsForm(out: PDFDocument, copier: ObjectCopier, page: SourcePage): FormPage {
  const { node } = page;
  const box = visibleBox(node);
  const contents = node.Contents();
  const resources = node.Resources();
  const appearances = annotationAppearances(node);
  const toOrigin = [1, 0, 0, 1, -box.x, -box.y];
  const dict = {
    Type: 'XObject',
    Subtype: 'Form',
    FormType: 1,
    BBox: [box.x, box.y, box.x + box.width, box.y + box.height],
    // With appearances the wrapper moves the crop box to the origin, so the content form must not as well.
    Matrix: appearances.length ? [1, 0, 0, 1, 0, 0] : toOrigin,
    Resources: resources ? copier.copy(resources) : out.context.obj({}),
  };
  let form: PDFStream;
  const single = contents instanceof PDFArray && contents.size() === 1 ? contents.lookup(0) : contents;
  if (single instanceof PDFRawStream) {
    const formDict = out.context.obj(dict);
    for (const key of ['Filter', 'DecodeParms']) {
      const value = single.dict.get(PDFName.of(key));
      if (value) formDict.set(PDFName.of(key), copier.copy(value));
    }
    form = PDFRawStream.of(formDict, single.contents);
  } else {
    // Node's zlib: pdf-lib's flateStream compresses with pako, in JavaScript, several times slower.
    form = out.context.stream(zlib.deflateSync(decodeAll(contents)), { ...dict, Filter: 'FlateDecode' });
  }
  const rotate = pageRotation(node);
  const contentRef = out.context.register(form);
  if (appearances.length === 0) return { ref: contentRef, width: box.width, height: box.height, rotate };

  // Wrapper: the page content, then each appearance over it.
  const xobjects: Record<string, PDFRef> = { Page: contentRef };
  appearances.forEach((a, i) => {
    xobjects[`Annot${i}`] = copier.copy(a.ref) as PDFRef;
  });
  const ops = wrapperContent(appearances.map((a) => a.matrix));
  const wrapper = out.context.stream(ops, { ...dict, Matrix: toOrigin, Resources: { XObject: xobjects } });
  return { ref: out.context.register(wrapper), width: box.width, height: box.height, rotate };
}

/**
 * Read once per page node: merge's analysis and its placing both ask, and pdf-lib climbs the page tree
 * to the root for each inherited attribute, each time.
 */
const boxes = new WeakMap<PDFPageLeaf, Box>();
const rotations = new WeakMap<PDFPageLeaf, number>();

/** The crop box (inherited, else the media box), as PDFPage.getCropBox reads it. */
export function visibleBox(node: PDFPageLeaf): Box {
  let box = boxes.get(node);
  if (!box) {
    // A CropBox that is not a usable rectangle is ignored, as viewers do; without a usable MediaBox the
    // page has no size, and a NaN or zero scale would spoil the sheet it shares with other documents.
    box = readBox(node, 'CropBox') ?? readBox(node, 'MediaBox');
    if (!box) throw new InvoicectlError('PDF_CORRUPT', 'a page has no usable size (its MediaBox is missing or not four finite numbers of a non-empty rectangle)');
    boxes.set(node, box);
  }
  return box;
}

/** An inherited page box as a rectangle (corners in either order), or undefined when it is not a usable one. */
function readBox(node: PDFPageLeaf, key: 'CropBox' | 'MediaBox'): Box | undefined {
  let value: unknown;
  try {
    value = node.context.lookup(node.getInheritableAttribute(PDFName.of(key)));
  } catch {
    return undefined;
  }
  if (!(value instanceof PDFArray) || value.size() !== 4) return undefined;
  return boxFrom(
    [0, 1, 2, 3].map((i) => {
      const n = value.lookup(i);
      return n instanceof PDFNumber ? n.asNumber() : NaN;
    }),
  );
}

/**
 * The page's /Rotate (inherited), clockwise degrees: 0, 90, 180 or 270. A value that is not a multiple of
 * 90 (45, NaN, a string) is 0, as pdf.js reads it, so merge and convert turn a page alike.
 */
export function pageRotation(node: PDFPageLeaf): number {
  let rotate = rotations.get(node);
  if (rotate === undefined) {
    let angle: number;
    try {
      const value = node.context.lookup(node.getInheritableAttribute(PDFName.of('Rotate')));
      angle = value instanceof PDFNumber ? value.asNumber() : 0;
    } catch {
      angle = 0;
    }
    rotations.set(node, (rotate = normalRotation(angle)));
  }
  return rotate;
}

function decodeAll(contents: PDFStream | PDFArray | undefined): Uint8Array {
  const streams: PDFStream[] = [];
  if (contents instanceof PDFStream) streams.push(contents);
  else if (contents instanceof PDFArray) {
    for (let i = 0; i < contents.size(); i++) {
      const s = contents.lookup(i);
      if (s instanceof PDFStream) streams.push(s);
    }
  }
  const parts: Uint8Array[] = [];
  for (const s of streams) {
    if (s instanceof PDFRawStream) parts.push(decodeRaw(s));
    else if (s instanceof PDFContentStream) parts.push(s.getUnencodedContents());
    else throw new InvoicectlError('PDF_CORRUPT', 'a page content stream cannot be read');
    parts.push(Uint8Array.of(0x0a));
  }
  return Buffer.concat(parts);
}


/**
 * Flate through Node's zlib, several times faster than pdf-lib's decoder in JavaScript; other filters, and
 * data zlib finds damaged (pdf-lib's decoder returns what it can), through pdf-lib.
 */
function decodeRaw(s: PDFRawStream): Uint8Array {
  if (s.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode') && !s.dict.has(PDFName.of('DecodeParms'))) {
    try {
      return zlib.inflateSync(s.contents);
    } catch {
      // below
    }
  }
  return decodePDFRawStream(s).decode();
}
