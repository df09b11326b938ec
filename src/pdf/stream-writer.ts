/**
 * Writes a pdf-lib document to a sink as it is built, instead of all at once at the end.
 *
 * pdf-lib keeps every object in memory until save(), and then builds the whole file in one buffer: two
 * copies of a 2,000-invoice print job. Here finished objects are serialised and forgotten as soon as the
 * caller says they are done (`flushExcept`), so memory stays flat however long the batch; `finish` writes
 * what is left, the cross-reference table and the trailer.
 */
import { PDFContentStream, PDFName, PDFNumber, PDFPage, PDFPageLeaf, PDFRef, type PDFDocument, type PDFObject } from 'pdf-lib';
import { ENDSTREAM, RawPdfWriter, sheetContent, STREAM, type Sink } from './raw-pdf-writer.js';

export type { Sink } from './raw-pdf-writer.js';

export class PdfStreamWriter extends RawPdfWriter {
  constructor(private readonly doc: PDFDocument, sink: Sink, sinkMany?: (chunks: Uint8Array[]) => Promise<void>) {
    super(sink, sinkMany);
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
    const { Root, Info } = this.doc.context.trailerInfo;
    const info = Info ? ` /Info ${Info.toString()}` : '';
    this.writeTrailer(this.doc.context.largestObjectNumber + 1, `/Root ${Root!.toString()}${info}`);
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

  private writeObject(ref: PDFRef, object: PDFObject): void {
    if (object instanceof PDFContentStream) return this.writeContentStream(ref, object);
    // Every object pdf-lib numbers has generation 0.
    this.beginObject(ref.objectNumber);
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
    this.endObject();
  }

  /**
   * A sheet's content stream (what pdf-lib's drawing operators built), compressed with Node's zlib, or
   * stored when short (sheetContent): pdf-lib compresses with pako in JavaScript, which sets up a fresh
   * 64 KB window for each of these small streams and cost more than all the sheets' other writing.
   */
  private writeContentStream(ref: PDFRef, stream: PDFContentStream): void {
    const { data, deflated: compress } = sheetContent(stream.getUnencodedContents());
    const { dict } = stream;
    // pdf-lib set /Filter when it made the stream (it meant to compress it itself).
    if (compress) dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
    else dict.delete(PDFName.of('Filter'));
    dict.set(PDFName.of('Length'), PDFNumber.of(data.length));
    const head = new Uint8Array(dict.sizeInBytes());
    dict.copyBytesInto(head, 0);
    this.writeRaw(ref.objectNumber, [head, STREAM, data, ENDSTREAM]);
  }
}
