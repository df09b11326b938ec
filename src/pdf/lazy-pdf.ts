/**
 * Reads only the objects a page needs from a PDF, for placing pages on sheets.
 *
 * pdf-lib's PDFDocument.load parses every object of the file (signature blobs, metadata, form fields,
 * embedded XML) before the first page can be used: most of merge's time on e-invoices. Here the
 * cross-reference sections, read by the text reader's LeanDocument (tables and streams, newest first
 * through /Prev and /XRefStm), map object numbers to where they are, and an object is parsed the first
 * time it is looked up (lean/pdf-lib-objects.ts; streams by pdf-lib's own object parser). The result is
 * an ordinary pdf-lib context, so the page nodes, their inherited attributes and PDFObjectCopier work
 * unchanged, and compressed streams are carried over as raw bytes.
 *
 * A file whose cross-reference data cannot be followed (damaged, or written by a careless tool) is read
 * by pdf-lib's full parser instead, which scans the whole file: the lean path is an optimisation, never
 * a reason to refuse a document pdf-lib can open.
 */
import { PDFArray, PDFContext, PDFDict, PDFName, PDFNumber, PDFObjectParser, PDFPageLeaf, PDFPageTree, PDFRef, type PDFObject } from 'pdf-lib';
import { assertPageLimit } from '../core/errors.js';
import { LeanDocument } from './lean/document.js';
import { readPdfLibObject } from './lean/pdf-lib-objects.js';
import { latin1, Ref } from './lean/syntax.js';
import { loadPdfDocument } from './load.js';
import { rawLocator } from './lean-embed.js';
import type { RawSource } from './raw-object-copier.js';

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
  assertPageLimit(name, pdf.pages.length, maxPages);
  return pdf;
}

/** The pages through pdf-lib's full parse, which scans the whole file and needs no cross-reference data. */
export async function readFully(bytes: Uint8Array, name: string, maxPages?: number): Promise<SourcePdf> {
  const doc = await loadPdfDocument(bytes, name, maxPages);
  return { context: doc.context, pages: doc.getPages().map((p) => ({ ref: p.ref, node: p.node })) };
}

class LeanReaderError extends Error {}

/**
 * The PDF with every /Count of its page tree saying how many pages the tree's kids hold: pdf.js takes a
 * /Count of 0 or 1 at its word (and any /Count it can reach pages for), so convert rendered one page of a
 * file whose tree holds three, while merge and extract, which walk the kids, saw three. The corrected
 * page-tree nodes are appended as an incremental update (the original bytes stay as they are); a file
 * that needs none, or that the lean reader cannot read, is returned unchanged.
 */
export function withActualPageCounts(bytes: Uint8Array): Uint8Array {
  let pdf: ReturnType<typeof readLazily>;
  try {
    pdf = readLazily(bytes);
  } catch {
    return bytes;
  }
  const fixed: { ref: PDFRef; dict: PDFDict }[] = [];
  const seen = new Set<PDFRef>();
  const leaves = (ref: PDFObject | undefined): number => {
    if (!(ref instanceof PDFRef) || seen.has(ref)) return 0;
    seen.add(ref);
    const node = pdf.context.lookup(ref);
    if (node instanceof PDFPageLeaf) return 1;
    if (!(node instanceof PDFPageTree)) return 0;
    const kids = node.lookup(PDFName.of('Kids'));
    let n = 0;
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) n += leaves(kids.get(i));
    const count = node.get(PDFName.of('Count'));
    if (!(count instanceof PDFNumber) || count.asNumber() !== n) {
      node.set(PDFName.of('Count'), PDFNumber.of(n));
      fixed.push({ ref, dict: node });
    }
    return n;
  };
  try {
    leaves(pdf.pagesRoot);
  } catch {
    return bytes;
  }
  if (fixed.length === 0 || !(pdf.trailer.size > 0 && Number.isFinite(pdf.trailer.startxref))) return bytes;
  return appendUpdate(bytes, fixed, pdf.trailer);
}

/** An incremental update replacing `objects`: their new bodies, a cross-reference table and a trailer. */
function appendUpdate(bytes: Uint8Array, objects: { ref: PDFRef; dict: PDFDict }[], trailer: { size: number; root: PDFRef; info?: PDFRef; startxref: number }): Uint8Array {
  let text = bytes[bytes.length - 1] === 0x0a ? '' : '\n';
  let at = bytes.length + text.length;
  const rows: string[] = [];
  for (const { ref, dict } of [...objects].sort((a, b) => a.ref.objectNumber - b.ref.objectNumber)) {
    const body = `${ref.objectNumber} ${ref.generationNumber} obj\n${dict.toString()}\nendobj\n`;
    rows.push(`${ref.objectNumber} 1\n${String(at).padStart(10, '0')} ${String(ref.generationNumber).padStart(5, '0')} n \n`);
    text += body;
    at += Buffer.byteLength(body, 'latin1');
  }
  const info = trailer.info ? ` /Info ${trailer.info.toString()}` : '';
  text += `xref\n${rows.join('')}trailer\n<< /Size ${trailer.size} /Root ${trailer.root.toString()}${info} /Prev ${trailer.startxref} >>\nstartxref\n${at}\n%%EOF\n`;
  return Buffer.concat([bytes, Buffer.from(text, 'latin1')]);
}

function readLazily(bytes: Uint8Array): SourcePdf & { pagesRoot: PDFObject | undefined; trailer: { size: number; root: PDFRef; info?: PDFRef; startxref: number } } {
  // The text reader's cross-reference reading (every section, newest entry first; encrypted files refused).
  const doc = new LeanDocument(bytes);
  const context = PDFContext.create();
  const locate = rawLocator(doc);

  const loaded = new Set<PDFRef>();
  const load = (ref: PDFRef): void => {
    if (loaded.has(ref)) return;
    loaded.add(ref);
    const at = locate(ref.objectNumber);
    // A missing object is null (PDF 32000-1 7.3.10).
    if (!at) return;
    const bytes = at.data.subarray(at.start, at.end ?? undefined);
    let value: PDFObject | undefined;
    try {
      value = readPdfLibObject(bytes, context);
    } catch {
      value = undefined; // what the lean reader's lexer cannot read, pdf-lib's parser tries
    }
    context.assign(ref, value ?? parseTolerantly(bytes, context));
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

  const rootRef = doc.trailer.get('Root');
  if (!(rootRef instanceof Ref)) throw new LeanReaderError('no /Root reference');
  const root = context.lookup(PDFRef.of(rootRef.num, rootRef.gen), PDFDict);
  const pages: SourcePage[] = [];
  const pagesRoot = root.get(PDFName.of('Pages'));
  collectPages(context, pagesRoot, pages, new Set());
  const infoRef = doc.trailer.get('Info');
  const trailer = {
    size: doc.number(doc.trailer.get('Size'), 0),
    root: PDFRef.of(rootRef.num, rootRef.gen),
    ...(infoRef instanceof Ref ? { info: PDFRef.of(infoRef.num, infoRef.gen) } : {}),
    // Wanted only when an update is appended (withActualPageCounts): not searched for on every open.
    get startxref() {
      return Number(/startxref\s+(\d+)/.exec(latin1(bytes, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf('startxref'), bytes.length))?.[1]);
    },
  };
  return { context, pages, raw: { context, locate }, pagesRoot, trailer };
}

/**
 * pdf-lib's parse of one object; a dictionary holding a bare word where a value belongs (`/Rotate NaN`,
 * `/MediaBox [0 0 Infinity 842]`) is read with those words as null, as pdf.js reads them. Without this
 * the object, often a page, failed to parse and pdf-lib's full parse then dropped it: merge placed one
 * page fewer than convert and extract saw, silently.
 */
function parseTolerantly(bytes: Uint8Array, context: PDFContext): PDFObject {
  try {
    return PDFObjectParser.forBytes(bytes, context).parseObject();
  } catch (err) {
    const cleaned = withoutStrayWords(bytes);
    if (!cleaned) throw err;
    return PDFObjectParser.forBytes(cleaned, context).parseObject();
  }
}

const KEYWORDS = new Set(['true', 'false', 'null', 'R', 'obj', 'endobj', 'stream', 'endstream']);

/**
 * The object's bytes up to its stream data with every bare word that is not PDF syntax replaced by
 * `null`; strings, hex strings, names and comments are left as they are. Undefined when there is none.
 */
function withoutStrayWords(bytes: Uint8Array): Uint8Array | undefined {
  const text = latin1(bytes, 0, bytes.length);
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === '(') {
      // A literal string, with nested parentheses and escapes.
      let depth = 0;
      let j = i;
      for (; j < text.length; j++) {
        if (text[j] === '\\') j++;
        else if (text[j] === '(') depth++;
        else if (text[j] === ')' && --depth === 0) break;
      }
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '%') {
      const end = text.indexOf('\n', i);
      out += text.slice(i, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end;
    } else if (c === '/' || /[A-Za-z0-9+\-.]/.test(c)) {
      const word = /^\/?[^\s()<>[\]{}\/%]*/.exec(text.slice(i, i + 256))![0];
      if (word === 'stream') return changed ? Buffer.from(out + text.slice(i), 'latin1') : undefined;
      // Names, numbers and keywords stay; any other word (NaN, Infinity, 1e30, a stray operator) is null.
      if (c === '/' || KEYWORDS.has(word) || /^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) out += word;
      else {
        out += 'null';
        changed = true;
      }
      i += Math.max(1, word.length);
    } else if (c === '<' && text[i + 1] === '<') {
      out += '<<';
      i += 2;
    } else if (c === '<') {
      const end = text.indexOf('>', i);
      out += text.slice(i, end < 0 ? text.length : end + 1);
      i = end < 0 ? text.length : end + 1;
    } else {
      out += c;
      i++;
    }
  }
  return changed ? Buffer.from(out, 'latin1') : undefined;
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
