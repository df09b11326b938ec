/**
 * The raw copy (raw-copy.ts) for pdf-lib objects: a page's resources and annotation appearances, given as
 * pdf-lib objects of a source context, brought into the output context with their references copied as
 * the original bytes. What the bytes alone do not settle is read by pdf-lib's parser.
 */
import { PDFArray, PDFDict, PDFInvalidObject, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFContext, type PDFObject } from 'pdf-lib';
import { RawCopier, type RawLocation, type RawTarget } from './raw-copy.js';

export type { RawLocation, RawTarget } from './raw-copy.js';

export interface RawSource {
  context: PDFContext;
  locate(objectNumber: number): RawLocation | null;
}

const enc = new TextEncoder();

export class RawObjectCopier {
  private readonly raw: RawCopier;

  constructor(private readonly source: RawSource, target: RawTarget, private readonly context: PDFContext) {
    this.raw = new RawCopier(source.locate, target, {
      objectBytes: (number, renumber) => this.parsedBytes(number, renumber),
      streamData: (number) => this.parsedStreamData(number),
    });
  }

  /**
   * A copy of `object` for the output context: references become references to copied objects; direct
   * dictionaries and arrays are rebuilt around them; names, numbers and strings are immutable and shared.
   */
  copy<T extends PDFObject>(object: T): T {
    if (object instanceof PDFRef) return PDFRef.of(this.raw.copyNumber(object.objectNumber)) as unknown as T;
    if (object instanceof PDFRawStream) {
      const dict = this.copy(object.dict);
      return PDFRawStream.of(dict, object.contents) as unknown as T;
    }
    if (object instanceof PDFDict) {
      const dict = PDFDict.withContext(this.context);
      for (const [key, value] of object.entries()) dict.set(key, this.copy(value));
      return dict as unknown as T;
    }
    if (object instanceof PDFArray) {
      const array = PDFArray.withContext(this.context);
      for (const value of object.asArray()) array.push(this.copy(value));
      return array as unknown as T;
    }
    return object;
  }

  /**
   * The object as pdf-lib's parser reads it, written anew (always well-formed), its references renumbered.
   * One it cannot read throws: the caller then tries pdf-lib's full parse of the file.
   */
  private parsedBytes(number: number, renumber: (n: number) => number): Uint8Array[] {
    const parsed = this.source.context.lookup(PDFRef.of(number));
    if (parsed instanceof PDFInvalidObject) throw new Error(`object ${number} is damaged`);
    if (!parsed) return [enc.encode('null')];
    const object = renumbered(parsed, renumber, this.context);
    const bytes = new Uint8Array(object.sizeInBytes());
    object.copyBytesInto(bytes, 0);
    return [bytes];
  }

  /** The stream data as the parser delimited it (its /Length, or endstream when /Length is wrong). */
  private parsedStreamData(number: number): Uint8Array {
    const parsed = this.source.context.lookup(PDFRef.of(number));
    if (!(parsed instanceof PDFRawStream)) throw new Error(`object ${number} is not a readable stream`);
    // With an indirect /Length the parser scanned for endstream, taking the end-of-line before it too.
    const length = parsed.dict.lookup(PDFName.of('Length'));
    const n = length instanceof PDFNumber ? length.asNumber() : parsed.contents.length;
    return parsed.contents.subarray(0, Math.min(n, parsed.contents.length));
  }
}

/** `object` with every reference renumbered; direct dictionaries, arrays and streams rebuilt around them. */
function renumbered(object: PDFObject, renumber: (n: number) => number, context: PDFContext): PDFObject {
  if (object instanceof PDFRef) return PDFRef.of(renumber(object.objectNumber));
  if (object instanceof PDFRawStream) return PDFRawStream.of(renumbered(object.dict, renumber, context) as PDFDict, object.contents);
  if (object instanceof PDFDict) {
    const dict = PDFDict.withContext(context);
    for (const [key, value] of object.entries()) dict.set(key, renumbered(value, renumber, context));
    return dict;
  }
  if (object instanceof PDFArray) {
    const array = PDFArray.withContext(context);
    for (const value of object.asArray()) array.push(renumbered(value, renumber, context));
    return array;
  }
  return object;
}
