/**
 * Writes a pdf-lib document to a sink as it is built, instead of all at once at the end.
 *
 * pdf-lib keeps every object in memory until save(), and then builds the whole file in one buffer: two
 * copies of a 2,000-invoice print job. Here finished objects are serialised and forgotten as soon as the
 * caller says they are done (`flushExcept`), so memory stays flat however long the batch; `finish` writes
 * what is left, the cross-reference table and the trailer.
 */
import zlib from 'node:zlib';
import { PDFContentStream, PDFName, PDFNumber, PDFPage, PDFPageLeaf, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';

export type Sink = (chunk: Uint8Array) => void;

/**
 * Output is handed to the sink in pieces of about this size: one write per object part (three or more
 * per object, tens of thousands in a large batch) cost more in system calls than the rest of writing.
 */
const SINK_CHUNK_BYTES = 1 << 20;

/** Bytes written around every object; never changed, so one copy serves them all. */
const ENDOBJ = Buffer.from('\nendobj\n', 'latin1');
const STREAM = Buffer.from('\nstream\n', 'latin1');
const ENDSTREAM = Buffer.from('\nendstream', 'latin1');

/** Sheet content streams shorter than this are written uncompressed (see writeContentStream). */
const STORE_CONTENT_BELOW_BYTES = 1024;

export class PdfStreamWriter {
  private readonly offsets = new Map<number, number>();
  private position = 0;
  /** The chunk being filled, and how much of it is. */
  private chunk: Buffer | null = null;
  private used = 0;
  /** Chunks written out and free to fill again. */
  private readonly free: Buffer[] = [];

  /**
   * `sinkMany`: takes chunks without copying them (a file's writev, on the thread pool); once the promise
   * it returns settles, the chunks are filled again.
   */
  constructor(private readonly doc: PDFDocument, private readonly sink: Sink, private readonly sinkMany?: (chunks: Uint8Array[]) => Promise<void>) {
    // The binary comment tells transfer programs the file is binary (PDF 32000-1 7.5.2).
    this.write(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
  }

  /** Serialises every indirect object whose ref `keep` does not hold, and drops it from memory. */
  flushExcept(keep: (ref: PDFRef) => boolean): void {
    const { context } = this.doc;
    for (const [ref, object] of context.enumerateIndirectObjects()) {
      if (keep(ref)) continue;
      this.writeObject(ref, object);
      context.delete(ref);
    }
  }

  /** Embeds pending fonts and images, writes the remaining objects, the xref table and the trailer. */
  async finish(): Promise<void> {
    await this.doc.flush();
    this.flushExcept(() => false);
    const size = this.doc.context.largestObjectNumber + 1;
    const xrefAt = this.position;
    const lines = [`xref\n0 ${size}\n`, '0000000000 65535 f \n'];
    for (let n = 1; n < size; n++) {
      const at = this.offsets.get(n);
      lines.push(at === undefined ? '0000000000 00000 f \n' : `${String(at).padStart(10, '0')} 00000 n \n`);
    }
    const { Root, Info } = this.doc.context.trailerInfo;
    const info = Info ? ` /Info ${Info.toString()}` : '';
    lines.push(`trailer\n<< /Size ${size} /Root ${Root!.toString()}${info} >>\nstartxref\n${xrefAt}\n%%EOF\n`);
    this.write(Buffer.from(lines.join(''), 'latin1'));
    this.drain();
  }

  /** Refs that must stay in memory while a document is still being built: catalog, page tree, info. */
  static rootRefs(doc: PDFDocument): PDFRef[] {
    const refs = [doc.context.trailerInfo.Root, doc.context.trailerInfo.Info, doc.catalog.get(PDFName.of('Pages'))];
    return refs.filter((r): r is PDFRef => r instanceof PDFRef);
  }

  /**
   * Appends a page. pdf-lib's addPage walks the page tree, looking up the pages already written out and
   * forgotten; appending to the root's Kids needs no lookup.
   */
  static appendPage(doc: PDFDocument, size: [number, number]): PDFPage {
    const tree = doc.catalog.Pages();
    const leaf = PDFPageLeaf.withContextAndParent(doc.context, doc.catalog.get(PDFName.of('Pages')) as PDFRef);
    const ref = doc.context.register(leaf);
    tree.pushLeafNode(ref);
    const page = PDFPage.of(leaf, ref, doc);
    // What setSize does to a new page (it has no other boxes to keep equal), without reading every box first.
    page.setMediaBox(0, 0, size[0], size[1]);
    return page;
  }

  /**
   * Writes an object given as bytes (copied from a source PDF) under `objectNumber`, one of the
   * context's numbers (generation 0, as every object pdf-lib numbers); a string part is Latin-1 text.
   */
  writeRaw(objectNumber: number, parts: (Uint8Array | string)[]): void {
    this.offsets.set(objectNumber, this.position);
    this.writeText(`${objectNumber} 0 obj\n`);
    for (const part of parts) {
      if (typeof part === 'string') this.writeText(part);
      else this.write(part);
    }
    this.write(ENDOBJ);
  }

  private writeObject(ref: PDFRef, object: PDFObject): void {
    if (object instanceof PDFContentStream) return this.writeContentStream(ref, object);
    this.offsets.set(ref.objectNumber, this.position);
    this.writeText(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
    const size = object.sizeInBytes();
    const chunk = this.room(size);
    if (chunk) {
      // Serialised straight into the chunk: no buffer of its own to allocate, fill and copy.
      object.copyBytesInto(chunk, this.used);
      this.used += size;
      this.position += size;
    } else {
      const body = new Uint8Array(size);
      object.copyBytesInto(body, 0);
      this.write(body);
    }
    this.write(ENDOBJ);
  }

  /**
   * A sheet's content stream (what pdf-lib's drawing operators built), compressed with Node's zlib: pdf-lib
   * compresses with pako in JavaScript, which sets up a fresh 64 KB window for each of these small streams
   * and cost more than all the sheets' other writing. A short one (a plain 2-up sheet's is ~190 bytes:
   * two placements) is stored as it is: a zlib stream set up per sheet cost more than the ~100 bytes saved.
   */
  private writeContentStream(ref: PDFRef, stream: PDFContentStream): void {
    const contents = stream.getUnencodedContents();
    const compress = contents.length >= STORE_CONTENT_BELOW_BYTES;
    const data = compress ? zlib.deflateSync(contents) : contents;
    const { dict } = stream;
    // pdf-lib set /Filter when it made the stream (it meant to compress it itself).
    if (compress) dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
    else dict.delete(PDFName.of('Filter'));
    dict.set(PDFName.of('Length'), PDFNumber.of(data.length));
    const head = new Uint8Array(dict.sizeInBytes());
    dict.copyBytesInto(head, 0);
    this.writeRaw(ref.objectNumber, [head, STREAM, data, ENDSTREAM]);
  }

  /**
   * Copies `bytes` into the chunk being filled. The copy is what lets the caller's buffers (an input's
   * bytes, which pieces of copied objects point into) be reused once written, and the chunks themselves
   * are reused once the sink has them on disk: on the virtual machines measured, the first touch of
   * fresh memory cost more than a copy into memory already touched (bench/merge/README.md).
   */
  private write(bytes: Uint8Array): void {
    this.position += bytes.length;
    let at = 0;
    while (at < bytes.length) {
      const chunk = (this.chunk ??= this.free.pop() ?? Buffer.allocUnsafeSlow(SINK_CHUNK_BYTES));
      const n = Math.min(bytes.length - at, chunk.length - this.used);
      chunk.set(n === bytes.length ? bytes : bytes.subarray(at, at + n), this.used);
      this.used += n;
      at += n;
      if (this.used === chunk.length) this.drain();
    }
  }

  /** The chunk being filled when `size` more bytes fit in it (a new one is taken when none is), else null. */
  private room(size: number): Buffer | null {
    if (this.chunk && this.used + size > this.chunk.length) this.drain();
    const chunk = (this.chunk ??= this.free.pop() ?? Buffer.allocUnsafeSlow(SINK_CHUNK_BYTES));
    return this.used + size <= chunk.length ? chunk : null;
  }

  /** Latin-1 text (object headers, references), written into the chunk without a buffer of its own. */
  private writeText(text: string): void {
    const chunk = this.room(text.length);
    if (!chunk) return this.write(Buffer.from(text, 'latin1'));
    chunk.write(text, this.used, 'latin1');
    this.used += text.length;
    this.position += text.length;
  }

  private drain(): void {
    const { chunk, used } = this;
    if (!chunk || used === 0) return;
    this.chunk = null;
    this.used = 0;
    if (this.sinkMany) {
      const done = this.sinkMany([chunk.subarray(0, used)]);
      // A failed write is the sink's to report (commit throws it); the chunk is simply not reused.
      done.then(() => this.free.push(chunk), () => {});
    } else {
      // A sink that may keep what it is given (a ZIP entry) gets its own copy; the chunk is refilled at once.
      this.sink(Buffer.from(chunk.subarray(0, used)));
      this.free.push(chunk);
    }
  }
}
