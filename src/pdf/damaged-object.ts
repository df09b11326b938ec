/**
 * The first object that the pages of a document use and that pdf-lib's parser could not read. pdf-lib
 * keeps such an object as its damaged bytes (PDFInvalidObject) and a copy writes them out again as they
 * are: a merged PDF with an object a stray `(` swallowed, or without its `endobj`.
 */
import { PDFArray, PDFDict, PDFInvalidObject, PDFRawStream, PDFRef, type PDFContext, type PDFObject } from 'pdf-lib';

export function firstDamagedObject(context: PDFContext, roots: PDFObject[]): PDFRef | undefined {
  const seen = new Set<PDFRef>();
  // A stack, not recursion: a long chain of references must not grow the call stack.
  const stack: { object: PDFObject; ref?: PDFRef }[] = roots.map((object) => ({ object }));
  while (stack.length) {
    const { object, ref } = stack.pop()!;
    if (object instanceof PDFRef) {
      if (seen.has(object)) continue;
      seen.add(object);
      const target = context.lookup(object);
      if (target) stack.push({ object: target, ref: object });
    } else if (object instanceof PDFInvalidObject) return ref;
    else if (object instanceof PDFRawStream) stack.push({ object: object.dict, ref });
    else if (object instanceof PDFDict) for (const value of object.values()) stack.push({ object: value, ref });
    else if (object instanceof PDFArray) for (const value of object.asArray()) stack.push({ object: value, ref });
  }
  return undefined;
}
