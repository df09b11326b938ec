/**
 * Places, in a merge written without pdf-lib (write-plain-sheets.ts), a document the lean reader does not
 * take (an image, an OFD, a damaged or unusual PDF): through sources.ts and pdf-lib, into a document of
 * pdf-lib's whose objects are numbered in the output's sequence and written out as soon as the document
 * is placed. Loaded only when a batch has such a document.
 */
import { PDFDocument } from 'pdf-lib';
import type { Cache } from '../core/cache.js';
import type { Limits, LoadedInput } from '../core/inputs.js';
import type { SourcePdf } from '../pdf/lazy-pdf.js';
import type { RawTarget } from '../pdf/raw-copy.js';
import type { PlacedThing } from './layout.js';
import { embedSource, type DecoderSource } from './sources.js';

/** Numbers of the output's objects: the last one taken, read and moved on by the placer. */
export interface Numbering {
  last: number;
}

export class PdfLibPlacer {
  private constructor(private readonly doc: PDFDocument, private readonly numbering: Numbering, private readonly writeRaw: RawTarget['writeRaw']) {}

  static async create(numbering: Numbering, writeRaw: RawTarget['writeRaw']): Promise<PdfLibPlacer> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    // Its own catalog and page tree are never written: only the objects of the pages placed are.
    for (const [ref] of doc.context.enumerateIndirectObjects()) doc.context.delete(ref);
    return new PdfLibPlacer(doc, numbering, writeRaw);
  }

  /** The input's pages as forms or images of the output, each with the number of its object. */
  async place(input: LoadedInput, limits: Limits, cache: Cache | null, opened?: SourcePdf, decoder?: DecoderSource): Promise<(PlacedThing & { number: number })[]> {
    const { context } = this.doc;
    context.largestObjectNumber = this.numbering.last;
    const target: RawTarget = { nextNumber: () => ++context.largestObjectNumber, writeRaw: this.writeRaw };
    try {
      const placeables = await embedSource(this.doc, target, input, limits, cache, opened, decoder);
      // Images are embedded (made objects) here.
      await this.doc.flush();
      return placeables.map((p) =>
        p.kind === 'form'
          ? { kind: 'form', number: p.form.ref.objectNumber, width: p.form.width, height: p.form.height, rotate: p.form.rotate }
          : { kind: 'image', number: p.image.ref.objectNumber, width: p.width, height: p.height, rotate: 0 },
      );
    } finally {
      // Everything made for this document goes out now (on failure too: unreferenced, harmless).
      for (const [ref, object] of context.enumerateIndirectObjects()) {
        const bytes = new Uint8Array(object.sizeInBytes());
        object.copyBytesInto(bytes, 0);
        this.writeRaw(ref.objectNumber, [bytes]);
        context.delete(ref);
      }
      this.numbering.last = context.largestObjectNumber;
    }
  }
}
