/**
 * Reads only the objects a page needs from a PDF, for placing pages on sheets.
 *
 * pdf-lib's PDFDocument.load parses every object of the file (signature blobs, metadata, form fields,
 * embedded XML) before the first page can be used: most of merge's time on e-invoices. Here the
 * cross-reference sections (tables and streams, newest first through /Prev and /XRefStm) map object
 * numbers to where they are, and an object is parsed, with pdf-lib's own object parser, the first time it
 * is looked up. The result is an ordinary pdf-lib context, so the page nodes, their inherited attributes
 * and PDFObjectCopier work unchanged, and compressed streams are carried over as raw bytes.
 *
 * A file whose cross-reference data cannot be followed (damaged, or written by a careless tool) is read
 * by pdf-lib's full parser instead, which scans the whole file: the lean path is an optimisation, never
 * a reason to refuse a document pdf-lib can open.
 */
import zlib from 'node:zlib';
import {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFObjectParser,
  PDFPageLeaf,
  PDFPageTree,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
  type PDFObject,
} from 'pdf-lib';
import { InvoicectlError } from '../core/errors.js';
import { loadPdfDocument } from './load.js';
import type { RawLocation, RawSource } from './raw-object-copier.js';

export interface SourcePage {
  ref: PDFRef;
  node: PDFPageLeaf;
}

/** The pages of a PDF, in order, with the context that resolves what they point at. */
export interface SourcePdf {
  context: PDFContext;
  pages: SourcePage[];
  /** The objects' original bytes, when the lean reader read the file (not after pdf-lib's full parse). */
  raw?: RawSource;
}

/** Opens a PDF for reading its pages: the lean reader, else pdf-lib's full parse. */
export async function openPdfPages(bytes: Uint8Array, name: string, maxPages?: number): Promise<SourcePdf> {
  let pdf: SourcePdf | null = null;
  try {
    pdf = readLazily(bytes);
  } catch {
    pdf = null;
  }
  // pdf-lib reports encryption, damage and an empty page tree with the right codes.
  if (!pdf || pdf.pages.length === 0) return readFully(bytes, name, maxPages);
  if (maxPages !== undefined && pdf.pages.length > maxPages) {
    throw new InvoicectlError('PAGE_LIMIT_EXCEEDED', `${name} has ${pdf.pages.length} pages, over the limit of ${maxPages}`, { pages: pdf.pages.length, limit: maxPages });
  }
  return pdf;
}

/** The pages through pdf-lib's full parse, which scans the whole file and needs no cross-reference data. */
export async function readFully(bytes: Uint8Array, name: string, maxPages?: number): Promise<SourcePdf> {
  const doc = await loadPdfDocument(bytes, name, maxPages);
  return { context: doc.context, pages: doc.getPages().map((p) => ({ ref: p.ref, node: p.node })) };
}

/** Where an object is: at a byte offset of the file, or the `index`-th object of an object stream. */
type XrefEntry = { offset: number } | { stream: number; index: number };

class LeanReaderError extends Error {}

function readLazily(bytes: Uint8Array): SourcePdf {
  const { entries, trailer } = readXref(bytes);
  // Encrypted strings and streams need the security handler: pdf-lib's path reports it.
  if (trailer.has(PDFName.of('Encrypt'))) throw new LeanReaderError('encrypted');
  const context = PDFContext.create();
  const objectStreams = new Map<number, { data: Uint8Array; offsets: number[] }>();

  const locate = (number: number): RawLocation | null => {
    const entry = entries.get(number);
    if (!entry) return null;
    if ('offset' in entry) {
      const header = objectHeader(bytes, entry.offset);
      if (header.number !== number) throw new LeanReaderError(`object ${number} is not at its xref offset`);
      return { data: bytes, start: header.end, end: null };
    }
    let stream = objectStreams.get(entry.stream);
    if (!stream) {
      stream = readObjectStream(context.lookup(PDFRef.of(entry.stream)));
      objectStreams.set(entry.stream, stream);
    }
    const start = stream.offsets[entry.index];
    if (start === undefined) throw new LeanReaderError(`object stream ${entry.stream} has no object ${entry.index}`);
    // Objects of an object stream follow each other: one ends where the next begins.
    const end = Math.min(stream.data.length, ...stream.offsets.filter((o) => o > start));
    return { data: stream.data, start, end };
  };

  const loaded = new Set<PDFRef>();
  const load = (ref: PDFRef): void => {
    if (loaded.has(ref)) return;
    loaded.add(ref);
    const at = locate(ref.objectNumber);
    // A missing object is null (PDF 32000-1 7.3.10).
    if (at) context.assign(ref, PDFObjectParser.forBytes(at.data.subarray(at.start, at.end ?? undefined), context).parseObject());
  };

  // Every lookup through the context (page attributes, PDFObjectCopier, ...) parses the object first.
  const { lookup, lookupMaybe } = context;
  context.lookup = ((ref: PDFObject | undefined, ...types: unknown[]) => {
    if (ref instanceof PDFRef) load(ref);
    return Reflect.apply(lookup, context, [ref, ...types]);
  }) as PDFContext['lookup'];
  context.lookupMaybe = ((ref: PDFObject | undefined, ...types: unknown[]) => {
    if (ref instanceof PDFRef) load(ref);
    return Reflect.apply(lookupMaybe, context, [ref, ...types]);
  }) as PDFContext['lookupMaybe'];

  const root = context.lookup(trailer.get(PDFName.of('Root')), PDFDict);
  const pages: SourcePage[] = [];
  collectPages(context, root.get(PDFName.of('Pages')), pages, new Set());
  return { context, pages, raw: { context, locate } };
}

/** Walks the page tree depth-first; a node seen twice is a cycle in a damaged file. */
function collectPages(context: PDFContext, node: PDFObject | undefined, out: SourcePage[], seen: Set<PDFRef>): void {
  if (!(node instanceof PDFRef) || seen.has(node)) throw new LeanReaderError('bad page tree');
  seen.add(node);
  const dict = context.lookup(node);
  if (dict instanceof PDFPageLeaf) {
    out.push({ ref: node, node: dict });
    return;
  }
  if (!(dict instanceof PDFPageTree)) throw new LeanReaderError('bad page tree node');
  const kids = dict.lookup(PDFName.of('Kids'), PDFArray);
  for (let i = 0; i < kids.size(); i++) collectPages(context, kids.get(i), out, seen);
}

function readObjectStream(stream: PDFObject | undefined): { data: Uint8Array; offsets: number[] } {
  if (!(stream instanceof PDFRawStream)) throw new LeanReaderError('object stream is not a stream');
  const data = decodeStream(stream);
  const count = stream.dict.lookup(PDFName.of('N'), PDFNumber).asNumber();
  const first = stream.dict.lookup(PDFName.of('First'), PDFNumber).asNumber();
  const numbers = latin1(data, 0, first).trim().split(/\s+/).map(Number);
  const offsets: number[] = [];
  for (let i = 0; i < count; i++) offsets.push(first + numbers[2 * i + 1]);
  if (offsets.some((o) => !Number.isFinite(o) || o >= data.length)) throw new LeanReaderError('bad object stream header');
  return { data, offsets };
}

/**
 * The cross-reference sections from the last `startxref` back through /Prev. The newest entry for an
 * object wins, so sections are read newest first and an entry already known is not replaced; the
 * newest trailer is the document's.
 */
function readXref(bytes: Uint8Array): { entries: Map<number, XrefEntry>; trailer: PDFDict } {
  const tail = latin1(bytes, Math.max(0, bytes.length - 4096), bytes.length);
  const match = /^startxref\s+(\d+)/.exec(tail.slice(tail.lastIndexOf('startxref')));
  if (!match) throw new LeanReaderError('no startxref');
  const entries = new Map<number, XrefEntry>();
  const context = PDFContext.create();
  let trailer: PDFDict | undefined;
  const visited = new Set<number>();
  const pending = [Number(match[1])];
  while (pending.length) {
    const at = pending.shift()!;
    if (visited.has(at)) continue;
    if (at >= bytes.length) throw new LeanReaderError('xref offset out of the file');
    visited.add(at);
    const section = isTable(bytes, at) ? readXrefTable(bytes, at, context, entries) : readXrefStream(bytes, at, context, entries);
    trailer ??= section;
    // A hybrid file's table hides its compressed objects in the stream named by /XRefStm.
    for (const key of ['XRefStm', 'Prev']) {
      const next = section.get(PDFName.of(key));
      if (next instanceof PDFNumber) pending.push(next.asNumber());
    }
  }
  return { entries, trailer: trailer! };
}

function isTable(bytes: Uint8Array, at: number): boolean {
  return /^\s*xref/.test(latin1(bytes, at, at + 16));
}

function readXrefTable(bytes: Uint8Array, at: number, context: PDFContext, entries: Map<number, XrefEntry>): PDFDict {
  const end = indexOf(bytes, 'trailer', at);
  if (end < 0) throw new LeanReaderError('xref table without trailer');
  const lines = latin1(bytes, at, end).trim().split(/\s*[\r\n]+\s*/).slice(1);
  let number = 0;
  for (const line of lines) {
    const parts = line.split(/\s+/);
    if (parts.length === 2) {
      number = Number(parts[0]);
      continue;
    }
    if (parts.length !== 3 || !/^\d+$/.test(parts[0])) throw new LeanReaderError('bad xref table line');
    if (parts[2] === 'n' && !entries.has(number)) entries.set(number, { offset: Number(parts[0]) });
    number += 1;
  }
  const trailer = PDFObjectParser.forBytes(bytes.subarray(end + 'trailer'.length), context).parseObject();
  if (!(trailer instanceof PDFDict)) throw new LeanReaderError('bad trailer');
  return trailer;
}

function readXrefStream(bytes: Uint8Array, at: number, context: PDFContext, entries: Map<number, XrefEntry>): PDFDict {
  const header = objectHeader(bytes, at);
  const stream = PDFObjectParser.forBytes(bytes.subarray(header.end), context).parseObject();
  if (!(stream instanceof PDFRawStream) || stream.dict.get(PDFName.of('Type')) !== PDFName.of('XRef')) throw new LeanReaderError('no xref stream');
  const dict = stream.dict;
  const widths = numbers(dict.get(PDFName.of('W')));
  const size = numbers(dict.get(PDFName.of('Size')))[0];
  const index = dict.has(PDFName.of('Index')) ? numbers(dict.get(PDFName.of('Index'))) : [0, size];
  if (widths.length !== 3) throw new LeanReaderError('bad /W');
  const rowSize = widths[0] + widths[1] + widths[2];
  const data = undoPredictor(decodeStream(stream), dict.get(PDFName.of('DecodeParms')), rowSize);
  let row = 0;
  for (let s = 0; s + 1 < index.length; s += 2) {
    for (let n = index[s]; n < index[s] + index[s + 1]; n++, row++) {
      let pos = row * rowSize;
      if (pos + rowSize > data.length) throw new LeanReaderError('xref stream too short');
      const field = (width: number, fallback: number) => {
        if (width === 0) return fallback;
        let value = 0;
        for (let i = 0; i < width; i++) value = value * 256 + data[pos++];
        return value;
      };
      const type = field(widths[0], 1);
      const a = field(widths[1], 0);
      const b = field(widths[2], 0);
      if (entries.has(n)) continue;
      if (type === 1) entries.set(n, { offset: a });
      else if (type === 2) entries.set(n, { stream: a, index: b });
    }
  }
  return dict;
}

/** Flate through Node's zlib (native, several times faster than pdf-lib's pako); other filters via pdf-lib. */
function decodeStream(stream: PDFRawStream): Uint8Array {
  if (stream.dict.get(PDFName.of('Filter')) === PDFName.of('FlateDecode')) return zlib.inflateSync(stream.contents);
  return decodePDFRawStream(stream).decode();
}

/**
 * Xref streams are usually compressed with a PNG predictor (PDF 32000-1 7.4.4.4), which pdf-lib's
 * decoder leaves in place: each row starts with its filter type byte, and bytes depend on the row above.
 */
function undoPredictor(data: Uint8Array, parms: PDFObject | undefined, rowSize: number): Uint8Array {
  const predictor = parms instanceof PDFDict ? parms.get(PDFName.of('Predictor')) : undefined;
  if (!(predictor instanceof PDFNumber) || predictor.asNumber() === 1) return data;
  if (predictor.asNumber() < 10) throw new LeanReaderError('TIFF predictor in an xref stream');
  const columns = (parms as PDFDict).get(PDFName.of('Columns'));
  const width = columns instanceof PDFNumber ? columns.asNumber() : 1;
  if (width !== rowSize) throw new LeanReaderError('predictor columns do not match /W');
  const rows = Math.floor(data.length / (width + 1));
  const out = new Uint8Array(rows * width);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (width + 1)];
    for (let i = 0; i < width; i++) {
      const raw = data[r * (width + 1) + 1 + i];
      // One byte per "pixel": the left neighbour is the previous byte of the row.
      const left = i > 0 ? out[r * width + i - 1] : 0;
      const up = r > 0 ? out[(r - 1) * width + i] : 0;
      const upLeft = r > 0 && i > 0 ? out[(r - 1) * width + i - 1] : 0;
      const base = type === 0 ? 0 : type === 1 ? left : type === 2 ? up : type === 3 ? (left + up) >> 1 : type === 4 ? paeth(left, up, upLeft) : -1;
      if (base < 0) throw new LeanReaderError(`PNG filter type ${type}`);
      out[r * width + i] = (raw + base) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Parses `N G obj` at `at`, returning the object number and where the object itself starts. */
function objectHeader(bytes: Uint8Array, at: number): { number: number; end: number } {
  const head = /^\s*(\d+)\s+(\d+)\s+obj/.exec(latin1(bytes, at, at + 40));
  if (!head) throw new LeanReaderError(`no object at offset ${at}`);
  return { number: Number(head[1]), end: at + head[0].length };
}

function numbers(value: PDFObject | undefined): number[] {
  if (value instanceof PDFNumber) return [value.asNumber()];
  if (!(value instanceof PDFArray)) throw new LeanReaderError('expected numbers');
  return value.asArray().map((v) => {
    if (!(v instanceof PDFNumber)) throw new LeanReaderError('expected a number');
    return v.asNumber();
  });
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(end, bytes.length) - start)).toString('latin1');
}

function indexOf(bytes: Uint8Array, text: string, from: number): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(text, from, 'latin1');
}
