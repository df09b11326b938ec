/**
 * A PDF's pages placed as form XObjects with no PDF object model: the lean reader (lean/document.ts)
 * finds the pages and what they inherit, and everything a page uses (content stream, resources,
 * annotation appearances) is copied as its original bytes (raw-copy.ts), written straight to the output.
 * What embed-page.ts does through pdf-lib, for the inputs this reader takes: anything it does not (a
 * damaged page tree, an unusual object, a filter it cannot decode) throws, and the caller places the
 * document through pdf-lib instead (src/merge/write-plain-sheets.ts). Why: docs/architecture.md, "Merge
 * without pdf-lib".
 */
import zlib from 'node:zlib';
import { LeanDocument } from './lean/document.js';
import { isDict, isStream, Keyword, LeanUnsupported, Lexer, Name, nameOf, objectStart, Ref, Str, type Dict, type PdfObject, type Stream } from './lean/syntax.js';
import { appearanceMatrix, boxFrom, normalRotation, NOT_SHOWN, wrapperContent, type Box, type Matrix } from './page-geometry.js';
import { isPlainObject, type RawCopier, type RawLocation, type RawTarget } from './raw-copy.js';

export interface LeanPage {
  /** The page dictionary with what it inherits from the page tree (Resources, MediaBox, CropBox, Rotate). */
  dict: Dict;
  /** The visible (crop) box, before the page's /Rotate. */
  box: Box;
  /** The page's /Rotate, clockwise degrees: 0, 90, 180 or 270. */
  rotate: number;
}

export interface LeanPdf {
  doc: Objects;
  pages: LeanPage[];
  /** Where each object's bytes are, for the raw copy. */
  locate: (objectNumber: number) => RawLocation | null;
}

/** A placed page in the output: the number of its form XObject, and its size and rotation. */
export interface LeanForm {
  number: number;
  width: number;
  height: number;
  rotate: number;
}

/**
 * The pages of a PDF read with the lean reader; throws for anything it does not read as pdf-lib would.
 * Cross-reference data that cannot be followed, or that points at the wrong bytes, is rebuilt by scanning
 * the file (LeanDocument's `repair`), as pdf-lib's full parse reads such a file.
 */
export function openLeanPdf(bytes: Uint8Array): LeanPdf {
  try {
    return openWith(new LeanDocument(bytes, { mode: 'repair' }));
  } catch (err) {
    // Sections that point at the wrong bytes: the objects found by scanning the file, as pdf-lib finds them.
    if (!(err instanceof MisplacedObject)) throw err;
    return openWith(new LeanDocument(bytes, { mode: 'rebuild' }));
  }
}

/** An object is not where the cross-reference data says. */
class MisplacedObject extends LeanUnsupported {}

function openWith(lean: LeanDocument): LeanPdf {
  const locate = rawLocator(lean);
  const doc = new Objects(lean, locate);
  const root = lean.trailer.get('Root');
  if (!(root instanceof Ref)) throw new LeanUnsupported('no /Root reference');
  const catalog = doc.get(root);
  if (!isDict(catalog)) throw new LeanUnsupported('no catalog');
  const pages: LeanPage[] = [];
  collectPages(doc, catalog.get('Pages'), new Map(), pages, new Set());
  if (pages.length === 0) throw new LeanUnsupported('no pages');
  return { doc, pages, locate };
}

/**
 * The lean reader's objects, each read only when its bytes are plain PDF syntax (isPlainObject): what is
 * read here must be what pdf-lib would read, or the document is left to pdf-lib. An object of an object
 * stream is read alone from where the raw copy finds it: LeanDocument parses a whole object stream at its
 * first object (for extract, which wants most of them), and a page needs few of the objects there.
 */
class Objects {
  private readonly objects = new Map<number, PdfObject>();

  constructor(private readonly lean: LeanDocument, private readonly locate: (objectNumber: number) => RawLocation | null) {}

  /** Follows a reference (and references to references); other values come back as they are. */
  get(o: PdfObject | undefined): PdfObject | undefined {
    for (let hops = 0; o instanceof Ref; hops++) {
      if (hops > 32) throw new LeanUnsupported('reference loop');
      o = this.object(o);
    }
    return o;
  }

  private object(ref: Ref): PdfObject {
    let value = this.objects.get(ref.num);
    if (value !== undefined) return value;
    const at = this.locate(ref.num);
    // A reference to a missing object means null (PDF 32000-1 7.3.10).
    if (!at) value = null;
    else if (!isPlainObject(at)) throw new LeanUnsupported(`object ${ref.num} is not plain PDF syntax`);
    else if (at.end === null) value = this.lean.get(ref) ?? null; // at its offset: read alone, with a stream's data
    else {
      const read = new Lexer(at.data, at.start).object();
      value = read === undefined || read instanceof Keyword ? null : read;
    }
    this.objects.set(ref.num, value);
    return value;
  }

  array(o: PdfObject | undefined): PdfObject[] | undefined {
    const v = this.get(o);
    return Array.isArray(v) ? v : undefined;
  }

  /** A stream's decoded bytes (FlateDecode, with or without predictors); other filters throw. */
  streamData(s: Stream): Uint8Array | undefined {
    return this.lean.streamData(s);
  }
}

const INHERITED = ['Resources', 'MediaBox', 'CropBox', 'Rotate'];

/**
 * Walks the page tree depth-first, as lazy-pdf.ts's walk through pdf-lib: kids are references, a node is
 * /Type /Page or /Pages, a node seen twice is a cycle in a damaged file.
 */
function collectPages(doc: Objects, node: PdfObject | undefined, inherited: Dict, out: LeanPage[], seen: Set<number>): void {
  if (!(node instanceof Ref) || seen.has(node.num)) throw new LeanUnsupported('bad page tree');
  seen.add(node.num);
  const dict = doc.get(node);
  if (!isDict(dict)) throw new LeanUnsupported('bad page tree node');
  const here: Dict = new Map(inherited);
  for (const key of INHERITED) if (dict.has(key)) here.set(key, dict.get(key)!);
  const type = nameOf(dict.get('Type'));
  if (type === 'Page') {
    const page: Dict = new Map([...here, ...dict]);
    const box = readBox(doc, page.get('CropBox')) ?? readBox(doc, page.get('MediaBox'));
    // A page without a usable size: pdf-lib's reading of it says so with the right code.
    if (!box) throw new LeanUnsupported('no usable page size');
    const rotate = doc.get(page.get('Rotate'));
    out.push({ dict: page, box, rotate: normalRotation(typeof rotate === 'number' ? rotate : 0) });
    return;
  }
  const kids = type === 'Pages' ? doc.array(dict.get('Kids')) : undefined;
  if (!kids) throw new LeanUnsupported('bad page tree node');
  for (const kid of kids) collectPages(doc, kid, here, out, seen);
}

function readBox(doc: Objects, value: PdfObject | undefined): Box | undefined {
  const array = doc.array(value);
  if (!array || array.length !== 4) return undefined;
  return boxFrom(
    array.map((v) => {
      const n = doc.get(v);
      return typeof n === 'number' ? n : NaN;
    }),
  );
}

/** Where an object's bytes are: at its offset (after `n g obj`) or in its object stream. */
export function rawLocator(doc: LeanDocument): (objectNumber: number) => RawLocation | null {
  const { bytes } = doc;
  const objectStreams = new Map<number, ObjectStream>();
  return (number) => {
    const entry = doc.entry(number);
    if (!entry || ('offset' in entry && entry.offset === 0)) return null;
    if ('offset' in entry) {
      const start = objectStart(bytes, entry.offset);
      if (start?.num !== number) throw new MisplacedObject(`object ${number} is not at its xref offset`);
      return { data: bytes, start: start.lexer.pos, end: null };
    }
    let stream = objectStreams.get(entry.stream);
    if (!stream) {
      stream = readObjectStream(doc, entry.stream);
      objectStreams.set(entry.stream, stream);
    }
    const start = stream.offsets[entry.index];
    if (start === undefined) throw new LeanUnsupported(`object stream ${entry.stream} has no object ${entry.index}`);
    return { data: stream.data, start, end: stream.ends[entry.index] };
  };
}

/** An object stream's decoded bytes, and where each of its objects starts and ends. */
interface ObjectStream {
  data: Uint8Array;
  offsets: number[];
  ends: number[];
}

function readObjectStream(doc: LeanDocument, number: number): ObjectStream {
  const ref = new Ref(number, 0);
  const data = doc.streamData(ref);
  const dict = doc.dict(ref);
  if (!data || !dict) throw new LeanUnsupported('object stream is not a stream');
  const count = doc.number(dict.get('N'), 0);
  const first = doc.number(dict.get('First'), 0);
  const numbers = Buffer.from(data.buffer, data.byteOffset, Math.min(first, data.length)).toString('latin1').trim().split(/\s+/).map(Number);
  const offsets: number[] = [];
  for (let i = 0; i < count; i++) offsets.push(first + numbers[2 * i + 1]);
  if (offsets.some((o) => !Number.isFinite(o) || o >= data.length)) throw new LeanUnsupported('bad object stream header');
  // Objects of an object stream follow each other: one ends where the next begins (the next in the data,
  // whatever the header's order).
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const next = new Map(sorted.map((o, i) => [o, sorted[i + 1] ?? data.length]));
  return { data, offsets, ends: offsets.map((o) => next.get(o)!) };
}

/**
 * Writes the page as a form XObject (and, when it has visible annotation appearances, the wrapper form
 * that paints them over it) to `target`, as embed-page.ts does through pdf-lib: a single content stream
 * is carried as its compressed bytes, several are decoded, joined and compressed again.
 */
export function embedLeanPage(pdf: LeanPdf, page: LeanPage, copier: RawCopier, target: RawTarget): LeanForm {
  const { doc } = pdf;
  const { box, rotate } = page;
  const appearances = leanAppearances(doc, page.dict);
  const toOrigin = [1, 0, 0, 1, -box.x, -box.y];
  const resources = maybe(doc.get(page.dict.get('Resources')), isDict);
  const head = (matrix: number[], resourcesText: string) =>
    `<< /Type /XObject /Subtype /Form /FormType 1 /BBox ${serialise([box.x, box.y, box.x + box.width, box.y + box.height], copier)} /Matrix ${serialise(matrix, copier)} /Resources ${resourcesText}`;
  // With appearances the wrapper moves the crop box to the origin, so the content form must not as well.
  let dict = head(appearances.length ? [1, 0, 0, 1, 0, 0] : toOrigin, resources ? serialise(resources, copier) : '<< >>');
  const single = singleContent(doc, page.dict.get('Contents'));
  let data: Uint8Array;
  if (single) {
    for (const key of ['Filter', 'DecodeParms']) {
      const value = single.dict.get(key);
      if (value !== undefined && value !== null) dict += ` /${key} ${serialise(value, copier)}`;
    }
    data = single.raw;
  } else {
    data = zlib.deflateSync(decodeAll(doc, page.dict.get('Contents')));
    dict += ' /Filter /FlateDecode';
  }
  const content = target.nextNumber();
  target.writeRaw(content, [`${dict} /Length ${data.length} >>\nstream\n`, data, '\nendstream']);
  if (appearances.length === 0) return { number: content, width: box.width, height: box.height, rotate };

  let xobjects = `<< /Page ${content} 0 R`;
  appearances.forEach((a, i) => {
    xobjects += ` /Annot${i} ${copier.copyNumber(a.number)} 0 R`;
  });
  const ops = wrapperContent(appearances.map((a) => a.matrix));
  const wrapper = target.nextNumber();
  target.writeRaw(wrapper, [`${head(toOrigin, `<< /XObject ${xobjects} >> >>`)} /Length ${ops.length} >>\nstream\n${ops}\nendstream`]);
  return { number: wrapper, width: box.width, height: box.height, rotate };
}

/** The page's one content stream (directly or as an array of one), or undefined when it has several or none. */
function singleContent(doc: Objects, contents: PdfObject | undefined) {
  const value = maybe(doc.get(contents), (v) => isStream(v) || Array.isArray(v));
  const single = Array.isArray(value) && value.length === 1 ? doc.get(value[0]) : value;
  return isStream(single) ? single : undefined;
}

/** Every content stream decoded, each followed by an end of line, as embed-page.ts joins them. */
function decodeAll(doc: Objects, contents: PdfObject | undefined): Uint8Array {
  const value = maybe(doc.get(contents), (v) => isStream(v) || Array.isArray(v));
  const streams = Array.isArray(value) ? value.map((v) => doc.get(v)).filter(isStream) : value && isStream(value) ? [value] : [];
  const parts: Uint8Array[] = [];
  for (const s of streams) {
    const data = doc.streamData(s);
    if (!data) throw new LeanUnsupported('a page content stream cannot be read');
    parts.push(data, Uint8Array.of(0x0a));
  }
  return Buffer.concat(parts);
}


/**
 * The visible annotation appearances of a page (seals in signature widgets, stamps, filled form fields)
 * and where each lands, as annotation-appearances.ts finds them through pdf-lib (a value of the wrong
 * type throws there, and here).
 */
function leanAppearances(doc: Objects, page: Dict): { number: number; matrix: Matrix }[] {
  const annots = maybe(doc.get(page.get('Annots')), Array.isArray);
  if (!annots) return [];
  const out: { number: number; matrix: Matrix }[] = [];
  for (const item of annots) {
    const annot = maybe(doc.get(item), isDict);
    if (!annot) continue;
    const flags = maybe(doc.get(annot.get('F')), (v) => typeof v === 'number') ?? 0;
    if (flags & NOT_SHOWN || nameOf(maybe(doc.get(annot.get('Subtype')), (v) => v instanceof Name)) === 'Popup') continue;
    const appearance = normalAppearance(doc, annot);
    const rect = numbers(doc, annot.get('Rect'));
    if (!appearance || rect.length !== 4) continue;
    const bbox = numbers(doc, appearance.stream.dict.get('BBox'));
    if (bbox.length !== 4) continue;
    const matrix = appearanceMatrix(rect, bbox, numbers(doc, appearance.stream.dict.get('Matrix')));
    if (matrix) out.push({ number: appearance.number, matrix });
  }
  return out;
}

/** The /AP /N stream: directly, or the one named by /AS among appearance states. */
function normalAppearance(doc: Objects, annot: Dict) {
  const ap = maybe(doc.get(annot.get('AP')), isDict);
  if (!ap) return null;
  let entry = ap.get('N');
  let resolved = doc.get(entry);
  if (isDict(resolved)) {
    const state = maybe(doc.get(annot.get('AS')), (v) => v instanceof Name);
    if (!state) return null;
    entry = resolved.get((state as Name).name);
    resolved = doc.get(entry);
  }
  if (!isStream(resolved)) return null;
  // A stream is always an indirect object (PDF 32000-1 7.3.8).
  if (!(entry instanceof Ref)) throw new LeanUnsupported('a direct appearance stream');
  return { number: entry.num, stream: resolved };
}

/** An array of numbers (each possibly a reference); empty when it is missing or holds anything else. */
function numbers(doc: Objects, value: PdfObject | undefined): number[] {
  const array = maybe(doc.get(value), Array.isArray);
  if (!array) return [];
  const out: number[] = [];
  for (const item of array) {
    const n = maybe(doc.get(item), (v) => typeof v === 'number');
    if (n === undefined) return [];
    out.push(n as number);
  }
  return out;
}

/**
 * A value of the expected kind, undefined when it is missing or null, and an error when it is something
 * else: what pdf-lib's lookupMaybe does, so both readers place the same documents.
 */
function maybe<T extends PdfObject>(value: PdfObject | undefined, is: (v: PdfObject) => v is T): T | undefined;
function maybe(value: PdfObject | undefined, is: (v: PdfObject) => boolean): PdfObject | undefined;
function maybe(value: PdfObject | undefined, is: (v: PdfObject) => boolean): PdfObject | undefined {
  if (value === undefined || value === null) return undefined;
  if (!is(value)) throw new LeanUnsupported('a value of an unexpected type');
  return value;
}

/** A direct value written as PDF, each reference renumbered to its copy (copied on first use). */
function serialise(o: PdfObject, copier: RawCopier): string {
  if (typeof o === 'number') return pdfNumber(o);
  if (typeof o === 'boolean') return String(o);
  if (o === null) return 'null';
  if (o instanceof Name) return pdfName(o.name);
  if (o instanceof Ref) return `${copier.copyNumber(o.num)} 0 R`;
  if (o instanceof Str) return `<${Buffer.from(o.bytes, 'latin1').toString('hex')}>`;
  if (Array.isArray(o)) return `[${o.map((v) => serialise(v, copier)).join(' ')}]`;
  if (isDict(o)) {
    let text = '<<';
    for (const [key, value] of o) text += ` ${pdfName(key)} ${serialise(value, copier)}`;
    return `${text} >>`;
  }
  throw new LeanUnsupported('a stream where a direct value belongs');
}

/** A number as PDF writes it: decimal digits, never an exponent (1e-7 is not a PDF number). */
export function pdfNumber(n: number): string {
  const text = String(n);
  if (!text.includes('e')) return text;
  return Math.abs(n) < 1 ? n.toFixed(20).replace(/\.?0+$/, '') : BigInt(Math.round(n)).toString();
}

/** A name with every byte outside printable ASCII, `#` and the delimiters written as #xx. */
function pdfName(name: string): string {
  let out = '/';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    out += c < 0x21 || c > 0x7e || '#()<>[]{}/%'.includes(name[i]) ? `#${c.toString(16).padStart(2, '0')}` : name[i];
  }
  return out;
}
