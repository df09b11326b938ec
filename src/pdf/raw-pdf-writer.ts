/**
 * Writes a PDF file to a sink object by object, as the objects are made, with no PDF object model: the
 * caller gives each object's number and bytes, and `finish` writes the cross-reference table and the
 * trailer. The output of a merge, whether its objects come from pdf-lib (stream-writer.ts) or are
 * copied and written as bytes only (merge of plain PDFs, src/merge/write-plain-sheets.ts).
 */
import zlib from 'node:zlib';

export type Sink = (chunk: Uint8Array) => void;

/**
 * Output is handed to the sink in pieces of about this size: one write per object part (three or more
 * per object, tens of thousands in a large batch) cost more in system calls than the rest of writing.
 */
const SINK_CHUNK_BYTES = 1 << 20;

/** Bytes written around every object; never changed, so one copy serves them all. */
const ENDOBJ = Buffer.from('\nendobj\n', 'latin1');
export const STREAM = Buffer.from('\nstream\n', 'latin1');
export const ENDSTREAM = Buffer.from('\nendstream', 'latin1');

/**
 * Sheet content streams shorter than this are written uncompressed: a plain 2-up sheet's is ~190 bytes
 * (two placements), and a zlib stream set up per sheet cost more than the ~100 bytes saved.
 */
const STORE_CONTENT_BELOW_BYTES = 1024;

/** A sheet's content stream as written: compressed with Node's zlib when long enough, else stored. */
export function sheetContent(contents: Uint8Array): { data: Uint8Array; deflated: boolean } {
  const deflated = contents.length >= STORE_CONTENT_BELOW_BYTES;
  return { data: deflated ? zlib.deflateSync(contents) : contents, deflated };
}

export class RawPdfWriter {
  private readonly offsets = new Map<number, number>();
  protected position = 0;
  /** The chunk being filled, and how much of it is. */
  protected chunk: Buffer | null = null;
  protected used = 0;
  /** Chunks written out and free to fill again. */
  private readonly free: Buffer[] = [];

  /**
   * `sinkMany`: takes chunks without copying them (a file's writev, on the thread pool); once the promise
   * it returns settles, the chunks are filled again.
   */
  constructor(private readonly sink: Sink, private readonly sinkMany?: (chunks: Uint8Array[]) => Promise<void>) {
    // The binary comment tells transfer programs the file is binary (PDF 32000-1 7.5.2).
    this.write(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'));
  }

  /**
   * Writes an object given as bytes under `objectNumber` (generation 0); a string part is Latin-1 text.
   */
  writeRaw(objectNumber: number, parts: (Uint8Array | string)[]): void {
    this.beginObject(objectNumber);
    for (const part of parts) {
      if (typeof part === 'string') this.writeText(part);
      else this.write(part);
    }
    this.endObject();
  }

  /** `objectNumber 0 obj`, its offset recorded for the cross-reference table. */
  protected beginObject(objectNumber: number): void {
    this.offsets.set(objectNumber, this.position);
    this.writeText(`${objectNumber} 0 obj\n`);
  }

  protected endObject(): void {
    this.write(ENDOBJ);
  }

  /** The cross-reference table of objects 1 to size - 1 (those never written are free) and the trailer. */
  writeTrailer(size: number, trailer: string): void {
    const xrefAt = this.position;
    const lines = [`xref\n0 ${size}\n`, '0000000000 65535 f \n'];
    for (let n = 1; n < size; n++) {
      const at = this.offsets.get(n);
      lines.push(at === undefined ? '0000000000 00000 f \n' : `${String(at).padStart(10, '0')} 00000 n \n`);
    }
    lines.push(`trailer\n<< /Size ${size} ${trailer} >>\nstartxref\n${xrefAt}\n%%EOF\n`);
    this.write(Buffer.from(lines.join(''), 'latin1'));
    this.drain();
  }

  /**
   * Copies `bytes` into the chunk being filled. The copy is what lets the caller's buffers (an input's
   * bytes, which pieces of copied objects point into) be reused once written, and the chunks themselves
   * are reused once the sink has them on disk: on the virtual machines measured, the first touch of
   * fresh memory cost more than a copy into memory already touched (bench/merge/README.md).
   */
  protected write(bytes: Uint8Array): void {
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
  protected room(size: number): Buffer | null {
    if (this.chunk && this.used + size > this.chunk.length) this.drain();
    const chunk = (this.chunk ??= this.free.pop() ?? Buffer.allocUnsafeSlow(SINK_CHUNK_BYTES));
    return this.used + size <= chunk.length ? chunk : null;
  }

  /** Latin-1 text (object headers, references), written into the chunk without a buffer of its own. */
  protected writeText(text: string): void {
    const chunk = this.room(text.length);
    if (!chunk) return this.write(Buffer.from(text, 'latin1'));
    chunk.write(text, this.used, 'latin1');
    this.used += text.length;
    this.position += text.length;
  }

  protected drain(): void {
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
