/**
 * The image XObjects a page draws, where it draws them, and their pixels when the lean reader can decode
 * them (Flate or unfiltered; gray, RGB, CMYK, indexed; 1-8 bits; an SMask composited over white; JBIG2
 * and JPEG with pdf.js's standalone image decoders when the caller passes them). A Chinese invoice prints
 * its QR code as such an image: read from here it costs a few milliseconds, where rendering the page
 * with pdf.js costs hundreds. What cannot be decoded here (encrypted files, other filters and colour
 * spaces) still has its placement, so only that region need be rendered.
 */
import { checkJbig2 } from '../core/image/jbig2-check.js';
import { LeanDocument } from './lean/document.js';
import { skipInlineImage } from './lean/content.js';
import { multiply, type Matrix } from './lean/matrix.js';
import { isStream, Keyword, Lexer, Name, nameOf, Str, type Dict, type PdfObject, type Stream } from './lean/syntax.js';
import { pageGeometry, viewport } from './lean-text.js';

export interface PlacedImage {
  /** The image's bounding box on the page, in points from the page's top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  pixelWidth: number;
  pixelHeight: number;
  /** Its filter needs `decoders` (JBIG2Decode, DCTDecode), which load apart (~30 ms). */
  needsDecoders: boolean;
  /** RGBA over white, or null when it cannot be decoded here (or needs the decoders and got none). */
  rgba(decoders?: ImageDecoders): Uint8ClampedArray | null;
}

/** pdf.js's standalone image decoders (pdfjs-dist/legacy/image_decoders), as used here. */
export interface ImageDecoders {
  Jbig2Image: new () => { parseChunks(chunks: { data: Uint8Array; start: number; end: number }[]): Uint8ClampedArray | Uint8Array };
  JpegImage: new () => { parse(data: Uint8Array): void; numComponents: number; getData(o: { width: number; height: number; forceRGB: boolean; isSourcePDF: boolean }): Uint8ClampedArray | Uint8Array };
}

/** Loads the image decoders (no pdf.js document, no worker, no canvas). */
export async function loadImageDecoders(): Promise<ImageDecoders> {
  return (await import('pdfjs-dist/legacy/image_decoders/pdf.image_decoders.mjs')) as ImageDecoders;
}

/** A box on the page, in points from its top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageImages {
  /** The page's size in points (its crop box). */
  width: number;
  height: number;
  images: PlacedImage[];
  /**
   * Where the page draws a code from vector squares (a QR code's modules as filled paths): the box
   * around the most frequent small filled square size, when there are enough of them and they make a
   * square; the side of one square, in points; and every filled axis-aligned rectangle within the box
   * (a code may join a row's modules into one rectangle), to draw it again without rendering the page.
   */
  vectorCode?: Box & { module: number; rects: Box[] };
}

/** A code's module drawn as a filled square: 0.2-4 mm. */
const MODULE_SIDE = { min: 0.5, max: 12 };
/** The fewest squares a QR code is drawn with (version 1 has 21x21 modules, about half of them dark). */
const MIN_MODULES = 60;
/** The largest rectangle kept to draw a code again (a code is at most ~70 mm). */
const MAX_RECT = 200;

const MAX_FORM_DEPTH = 8;
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/**
 * The images of page `pageNumber` (1-based), in drawing order, in points from the top-left corner of the
 * page as shown (after its /Rotate); undefined when the lean reader cannot read the page (encryption, a
 * broken file: the caller then renders, as before).
 * Images over `maxPixels` are listed but never decoded. `source`: the file, or the lean reader's document
 * of it when its text was read (tryLeanDocument), which is then not parsed again.
 */
export function pageImages(source: Uint8Array | LeanDocument, pageNumber: number, maxPixels: number): PageImages | undefined {
  try {
    const doc = source instanceof LeanDocument ? source : new LeanDocument(source);
    const page = doc.pages()[pageNumber - 1];
    if (!page) return undefined;
    const { view, rotate } = pageGeometry(doc, page);
    const shown = viewport(view, rotate);
    const images: PlacedImage[] = [];
    const contents = doc.get(page.get('Contents'));
    const streams = Array.isArray(contents) ? contents : contents === null || contents === undefined ? [] : [page.get('Contents')!];
    const resources = doc.dict(page.get('Resources')) ?? new Map();
    // Each stream is read apart: a page's streams split only between operators in practice, and the
    // graphics state carries over, which passing the ctm on keeps.
    const walker = new Walker(doc, images, maxPixels, shown.transform);
    let ctm = IDENTITY;
    for (const s of streams) {
      const data = doc.streamData(s);
      if (data) ctm = walker.run(data, resources, ctm, 0);
    }
    return { width: shown.width, height: shown.height, images, vectorCode: codeOfSquares(walker.squares, walker.rects) };
  } catch {
    return undefined;
  }
}

/** The squares of the most frequent size (to 0.1 pt), when they are many and their box is square. */
function codeOfSquares(squares: Box[], rects: Box[]): PageImages['vectorCode'] {
  const bySize = new Map<number, Box[]>();
  for (const sq of squares) {
    const key = Math.round(sq.width * 10);
    const list = bySize.get(key) ?? [];
    list.push(sq);
    bySize.set(key, list);
  }
  const most = [...bySize.entries()].sort((a, b) => b[1].length - a[1].length)[0];
  if (!most || most[1].length < MIN_MODULES) return undefined;
  const list = most[1];
  // Loops, not Math.min(...list): a page of many thousand squares (a vector drawing) must not overflow the stack.
  let [x, y, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const b of list) {
    x = Math.min(x, b.x);
    y = Math.min(y, b.y);
    right = Math.max(right, b.x + b.width);
    bottom = Math.max(bottom, b.y + b.height);
  }
  const width = right - x;
  const height = bottom - y;
  if (Math.max(width, height) / Math.min(width, height) > 1.25) return undefined;
  const e = 0.01;
  const inside = rects.filter((r) => r.x >= x - e && r.y >= y - e && r.x + r.width <= x + width + e && r.y + r.height <= y + height + e);
  return { x, y, width, height, module: most[0] / 10, rects: inside };
}

class Walker {
  /** Filled axis-aligned squares of a module's size, in points from the page's top-left corner. */
  readonly squares: Box[] = [];
  /** Every filled axis-aligned rectangle up to a code's size (MAX_RECT), squares included. */
  readonly rects: Box[] = [];
  /** The current path's subpaths, in page space (y up); null for a subpath with curves. */
  private subpaths: (number[] | null)[] = [];

  constructor(
    private readonly doc: LeanDocument,
    private readonly images: PlacedImage[],
    private readonly maxPixels: number,
    /** Page space to the shown page's top-left corner (pdf.js's viewport at scale 1). */
    private readonly shown: Matrix,
  ) {}

  private toShown(x: number, y: number): number[] {
    const t = this.shown;
    return [t[0] * x + t[2] * y + t[4], t[1] * x + t[3] * y + t[5]];
  }

  /** Runs one content stream; returns the ctm at its end (for the page's next stream). */
  run(data: Uint8Array, resources: Dict, start: Matrix, depth: number): Matrix {
    const stack: Matrix[] = [];
    let ctm = start;
    const args: (PdfObject | Keyword)[] = [];
    let argc = 0;
    const num = (i: number) => (i < argc && typeof args[i] === 'number' ? (args[i] as number) : 0);
    const lx = new Lexer(data, 0, false);
    for (let t = lx.object(); t !== undefined; t = lx.object()) {
      if (!(t instanceof Keyword)) {
        args[argc++] = t;
        continue;
      }
      switch (t.word) {
        case 'q':
          stack.push(ctm);
          break;
        case 'Q':
          if (stack.length) ctm = stack.pop()!;
          break;
        case 'cm':
          ctm = multiply(ctm, [num(0), num(1), num(2), num(3), num(4), num(5)]);
          break;
        case 'Do': {
          const name = argc ? args[0] : undefined;
          if (name instanceof Name) this.xobject(name.name, resources, ctm, depth);
          break;
        }
        case 'BI':
          skipInlineImage(lx);
          break;
        case 'm':
          this.subpaths.push(this.point(ctm, num(0), num(1)));
          break;
        case 'l': {
          const sub = this.subpaths[this.subpaths.length - 1];
          if (sub) sub.push(...this.point(ctm, num(0), num(1)));
          break;
        }
        case 'c':
        case 'v':
        case 'y':
          if (this.subpaths.length) this.subpaths[this.subpaths.length - 1] = null;
          break;
        case 're': {
          const [x, y, w, h] = [num(0), num(1), num(2), num(3)];
          this.subpaths.push([...this.point(ctm, x, y), ...this.point(ctm, x + w, y), ...this.point(ctm, x + w, y + h), ...this.point(ctm, x, y + h)]);
          break;
        }
        case 'f':
        case 'F':
        case 'f*':
        case 'B':
        case 'B*':
        case 'b':
        case 'b*':
          for (const sub of this.subpaths) this.addSquare(sub);
          this.subpaths = [];
          break;
        case 'n':
        case 'S':
        case 's':
          this.subpaths = [];
          break;
      }
      argc = 0;
    }
    return ctm;
  }

  private point(ctm: Matrix, x: number, y: number): number[] {
    return [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]];
  }

  /** A subpath of 4 corners (a closing 5th allowed) that is an axis-aligned rectangle: kept, and apart when a module's square. */
  private addSquare(sub: number[] | null): void {
    if (!sub || (sub.length !== 8 && sub.length !== 10)) return;
    const xs = [sub[0], sub[2], sub[4], sub[6]];
    const ys = [sub[1], sub[3], sub[5], sub[7]];
    const x0 = Math.min(...xs);
    const x1 = Math.max(...xs);
    const y0 = Math.min(...ys);
    const y1 = Math.max(...ys);
    const eps = 0.01;
    const onEdges = xs.every((x) => Math.abs(x - x0) < eps || Math.abs(x - x1) < eps) && ys.every((y) => Math.abs(y - y0) < eps || Math.abs(y - y1) < eps);
    if (!onEdges || x1 - x0 > MAX_RECT || y1 - y0 > MAX_RECT) return;
    const a = this.toShown(x0, y0);
    const b = this.toShown(x1, y1);
    const box = { x: Math.min(a[0], b[0]), y: Math.min(a[1], b[1]), width: Math.abs(b[0] - a[0]), height: Math.abs(b[1] - a[1]) };
    this.rects.push(box);
    const w = box.width;
    if (w >= MODULE_SIDE.min && w <= MODULE_SIDE.max && Math.abs(w - box.height) <= 0.05 * w) this.squares.push(box);
  }

  private xobject(name: string, resources: Dict, ctm: Matrix, depth: number): void {
    const ref = this.doc.dict(resources.get('XObject'))?.get(name);
    const xobj = this.doc.get(ref);
    if (!isStream(xobj)) return;
    const subtype = nameOf(this.doc.get(xobj.dict.get('Subtype')));
    if (subtype === 'Image') this.images.push(this.placed(xobj, resources, ctm));
    else if (subtype === 'Form' && depth < MAX_FORM_DEPTH) {
      const m = this.doc.array(xobj.dict.get('Matrix'))?.map((v) => this.doc.get(v));
      const matrix = m && m.length === 6 && m.every((v) => typeof v === 'number') ? (m as number[]) : IDENTITY;
      const data = this.doc.streamData(ref);
      if (data) this.run(data, this.doc.dict(xobj.dict.get('Resources')) ?? resources, multiply(ctm, matrix), depth + 1);
    }
  }

  /** The unit square through the ctm, as a box from the page's top-left corner. */
  private placed(image: Stream, resources: Dict, ctm: Matrix): PlacedImage {
    const corners = [
      [0, 0],
      [1, 0],
      [0, 1],
      [1, 1],
    ].map(([u, v]) => this.toShown(ctm[0] * u + ctm[2] * v + ctm[4], ctm[1] * u + ctm[3] * v + ctm[5]));
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    const pixelWidth = this.doc.number(image.dict.get('Width'), 0);
    const pixelHeight = this.doc.number(image.dict.get('Height'), 0);
    const doc = this.doc;
    const maxPixels = this.maxPixels;
    const filter = soleFilter(doc, image);
    return {
      x,
      y,
      width: Math.max(...xs) - x,
      height: Math.max(...ys) - y,
      pixelWidth,
      pixelHeight,
      needsDecoders: filter === 'JBIG2Decode' || filter === 'DCTDecode',
      rgba: (decoders) => (pixelWidth * pixelHeight > maxPixels ? null : decodeImage(doc, image, resources, decoders, maxPixels)),
    };
  }
}

/** A colour space as the decoder needs it: components per sample, and the palette for an indexed one. */
type Space = { kind: 'gray' | 'rgb' | 'cmyk'; components: number } | { kind: 'indexed'; base: 'gray' | 'rgb' | 'cmyk'; hival: number; palette: Uint8Array };

function colourSpace(doc: LeanDocument, o: PdfObject | undefined, resources: Dict, depth = 0): Space | undefined {
  const cs = doc.get(o);
  if (cs instanceof Name) {
    switch (cs.name) {
      case 'DeviceGray':
      case 'G':
      case 'CalGray':
        return { kind: 'gray', components: 1 };
      case 'DeviceRGB':
      case 'RGB':
      case 'CalRGB':
        return { kind: 'rgb', components: 3 };
      case 'DeviceCMYK':
      case 'CMYK':
        return { kind: 'cmyk', components: 4 };
    }
    const named = doc.dict(resources.get('ColorSpace'))?.get(cs.name);
    return named !== undefined && depth < 2 ? colourSpace(doc, named, resources, depth + 1) : undefined;
  }
  if (!Array.isArray(cs) || !cs.length) return undefined;
  const family = nameOf(doc.get(cs[0]));
  if (family === 'CalGray') return { kind: 'gray', components: 1 };
  if (family === 'CalRGB') return { kind: 'rgb', components: 3 };
  if (family === 'ICCBased') {
    const stream = doc.get(cs[1]);
    const n = isStream(stream) ? doc.number(stream.dict.get('N'), 0) : 0;
    return n === 1 ? { kind: 'gray', components: 1 } : n === 3 ? { kind: 'rgb', components: 3 } : n === 4 ? { kind: 'cmyk', components: 4 } : undefined;
  }
  if ((family === 'Indexed' || family === 'I') && depth < 2) {
    const base = colourSpace(doc, cs[1], resources, depth + 1);
    if (!base || base.kind === 'indexed') return undefined;
    const hival = doc.number(cs[2], -1);
    const lookup = doc.get(cs[3]);
    const palette = lookup instanceof Str ? Uint8Array.from(lookup.bytes, (c) => c.charCodeAt(0)) : isStream(lookup) ? doc.streamData(cs[3]) : undefined;
    if (hival < 0 || !palette || palette.length < (hival + 1) * base.components) return undefined;
    return { kind: 'indexed', base: base.kind, hival, palette };
  }
  return undefined;
}

/** Samples of one image row-major, unpacked to one byte each (0..2^bpc-1 scaled to 0..255 unless indexed). */
function unpack(data: Uint8Array, width: number, height: number, components: number, bpc: number, scale: boolean): Uint8Array | undefined {
  const rowBytes = Math.ceil((width * components * bpc) / 8);
  if (data.length < rowBytes * height) return undefined;
  const n = width * components;
  const out = new Uint8Array(n * height);
  if (bpc === 8) {
    for (let y = 0; y < height; y++) out.set(data.subarray(y * rowBytes, y * rowBytes + n), y * n);
    return out;
  }
  const max = (1 << bpc) - 1;
  for (let y = 0; y < height; y++) {
    const row = y * rowBytes;
    for (let i = 0; i < n; i++) {
      const bit = i * bpc;
      const v = (data[row + (bit >> 3)] >> (8 - bpc - (bit & 7))) & max;
      out[y * n + i] = scale ? Math.round((v * 255) / max) : v;
    }
  }
  return out;
}

/** The image's one filter (undefined for none, or for a chain, which only the lean Flate path may take). */
function soleFilter(doc: LeanDocument, image: Stream): string | undefined {
  const f = doc.get(image.dict.get('Filter'));
  const list = Array.isArray(f) ? f : f === undefined || f === null ? [] : [f];
  return list.length === 1 ? nameOf(doc.get(list[0])) : undefined;
}

/**
 * The stream's samples: Flate or none by the lean reader; JBIG2 (with its globals) and JPEG by pdf.js's
 * image decoders, as its streams do (JBIG2 inverted: 1 is black there, white in PDF's 1-bit gray).
 * A JPEG is handed back as 8-bit RGB or gray, which `jpeg` says.
 */
function streamSamples(doc: LeanDocument, image: Stream, decoders: ImageDecoders | undefined, width: number, height: number, maxPixels: number): { data: Uint8Array; jpeg?: 'rgb' | 'gray' } | null {
  const filter = soleFilter(doc, image);
  if (filter === 'JBIG2Decode') {
    if (!decoders) return null;
    const parms = doc.dict(Array.isArray(image.dict.get('DecodeParms')) ? (image.dict.get('DecodeParms') as PdfObject[])[0] : image.dict.get('DecodeParms'));
    const globals = parms ? doc.streamData(parms.get('JBIG2Globals')) : undefined;
    // pdf.js's decoder believes the segment headers; a crafted one aborted the process (see jbig2-check.ts).
    checkJbig2([...(globals ? [globals] : []), image.raw], maxPixels, 'an image XObject');
    const chunks = [...(globals ? [{ data: globals, start: 0, end: globals.length }] : []), { data: image.raw, start: 0, end: image.raw.length }];
    const data = Uint8Array.from(new decoders.Jbig2Image().parseChunks(chunks));
    for (let i = 0; i < data.length; i++) data[i] ^= 0xff;
    return { data };
  }
  if (filter === 'DCTDecode') {
    if (!decoders) return null;
    const jpeg = new decoders.JpegImage();
    jpeg.parse(image.raw);
    const gray = jpeg.numComponents === 1;
    return { data: Uint8Array.from(jpeg.getData({ width, height, forceRGB: !gray, isSourcePDF: true })), jpeg: gray ? 'gray' : 'rgb' };
  }
  const data = doc.streamData(image);
  return data ? { data } : null;
}

function decodeImage(doc: LeanDocument, image: Stream, resources: Dict, decoders: ImageDecoders | undefined, maxPixels: number): Uint8ClampedArray | null {
  try {
    const d = image.dict;
    const width = doc.number(d.get('Width'), 0);
    const height = doc.number(d.get('Height'), 0);
    if (width < 1 || height < 1) return null;
    const decode = doc.array(d.get('Decode'))?.map((v) => doc.get(v));
    // Decode [1 0 ...]: the samples are inverted (the one remapping scanned and generated codes use).
    const inverted = Array.isArray(decode) && decode[0] === 1 && decode[1] === 0;
    const stream = streamSamples(doc, image, decoders, width, height, maxPixels);
    if (!stream) return null;
    const data = stream.data;
    const out = new Uint8ClampedArray(width * height * 4);
    if (doc.get(d.get('ImageMask')) === true) {
      // A stencil: 0 paints the fill colour (a code is dark on white), 1 leaves the paper.
      const bits = unpack(data, width, height, 1, 1, false);
      if (!bits) return null;
      for (let i = 0; i < width * height; i++) {
        const paint = (bits[i] === 0) !== inverted;
        const v = paint ? 0 : 255;
        out[i * 4] = out[i * 4 + 1] = out[i * 4 + 2] = v;
        out[i * 4 + 3] = 255;
      }
      return out;
    }
    // A JPEG comes decoded to 8-bit gray or RGB whatever its colour space says.
    const space: Space | undefined = stream.jpeg ? { kind: stream.jpeg, components: stream.jpeg === 'rgb' ? 3 : 1 } : colourSpace(doc, d.get('ColorSpace'), resources);
    const bpc = stream.jpeg ? 8 : doc.number(d.get('BitsPerComponent'), 8);
    if (!space || ![1, 2, 4, 8].includes(bpc)) return null;
    const components = space.kind === 'indexed' ? 1 : space.components;
    const samples = unpack(data, width, height, components, bpc, space.kind !== 'indexed');
    if (!samples) return null;
    const kind = space.kind === 'indexed' ? space.base : space.kind;
    const perColour = kind === 'gray' ? 1 : kind === 'rgb' ? 3 : 4;
    const colour = new Uint8Array(perColour);
    for (let i = 0; i < width * height; i++) {
      if (space.kind === 'indexed') {
        const index = Math.min(space.hival, samples[i]);
        for (let c = 0; c < perColour; c++) colour[c] = space.palette[index * perColour + c];
      } else {
        for (let c = 0; c < perColour; c++) colour[c] = inverted ? 255 - samples[i * perColour + c] : samples[i * perColour + c];
      }
      const o = i * 4;
      if (kind === 'gray') out[o] = out[o + 1] = out[o + 2] = colour[0];
      else if (kind === 'rgb') {
        out[o] = colour[0];
        out[o + 1] = colour[1];
        out[o + 2] = colour[2];
      } else {
        const k = 255 - colour[3];
        out[o] = ((255 - colour[0]) * k) / 255;
        out[o + 1] = ((255 - colour[1]) * k) / 255;
        out[o + 2] = ((255 - colour[2]) * k) / 255;
      }
      out[o + 3] = 255;
    }
    composeSoftMask(doc, d.get('SMask'), width, height, out);
    return out;
  } catch {
    return null;
  }
}

/** An 8-bit gray SMask of the image's size: the image over white paper (other masks are left out). */
function composeSoftMask(doc: LeanDocument, ref: PdfObject | undefined, width: number, height: number, out: Uint8ClampedArray): void {
  const mask = doc.get(ref);
  if (!isStream(mask)) return;
  if (doc.number(mask.dict.get('Width'), 0) !== width || doc.number(mask.dict.get('Height'), 0) !== height) return;
  if (doc.number(mask.dict.get('BitsPerComponent'), 8) !== 8) return;
  const alpha = doc.streamData(ref);
  if (!alpha || alpha.length < width * height) return;
  for (let i = 0; i < width * height; i++) {
    const a = alpha[i];
    if (a === 255) continue;
    for (let c = 0; c < 3; c++) out[i * 4 + c] = (out[i * 4 + c] * a + 255 * (255 - a)) / 255;
  }
}
