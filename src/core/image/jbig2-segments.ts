/**
 * The segment headers of a JBIG2 stream in the embedded organisation (ITU-T T.88 §7.2: no file header),
 * walked once for everything that reads them: the checks before a decoder sees an image
 * (jbig2-check.ts) and the OFD reader that re-embeds a .jb2 file in a PDF (ofd/jbig2.ts).
 */

export interface Jbig2Segment {
  /** Where the segment's header starts. */
  start: number;
  number: number;
  type: number;
  /** Where its data starts, and ends: clamped to the bytes; the rest of the stream for an unknown length. */
  dataStart: number;
  dataEnd: number;
  /** The data length said "unknown" (an immediate generic region, §7.2.7): the rest is its data, the last segment. */
  unknownLength: boolean;
}

const UNKNOWN_LENGTH = 0xffffffff;

/**
 * Each segment in order, until the bytes end. A header whose referred-to segments need more bytes than
 * there are ends the walk, or throws `damaged(why)` when given: a count pdf.js would believe.
 */
export function* jbig2Segments(data: Uint8Array, damaged?: (why: string) => Error): Generator<Jbig2Segment> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let pos = 0;
  while (pos + 11 <= data.length) {
    const start = pos;
    const number = view.getUint32(pos);
    const flags = data[pos + 4]!;
    pos += 5;
    // Referred-to segments: a count in 3 bits, or the long form's 29 bits and a bit per segment (§7.2.4).
    let count = data[pos]! >> 5;
    if (count === 7) {
      count = view.getUint32(pos) & 0x1fffffff;
      pos += 4 + Math.ceil((count + 1) / 8);
    } else pos += 1;
    const referenceSize = number <= 256 ? 1 : number <= 65536 ? 2 : 4;
    if (pos + count * referenceSize > data.length) {
      if (damaged) throw damaged(`segment ${number} refers to ${count} segments, more than its bytes hold`);
      return;
    }
    pos += count * referenceSize + (flags & 0x40 ? 4 : 1);
    if (pos + 4 > data.length) return;
    const length = view.getUint32(pos);
    pos += 4;
    const unknownLength = length === UNKNOWN_LENGTH;
    const dataEnd = unknownLength ? data.length : Math.min(data.length, pos + length);
    yield { start, number, type: flags & 0x3f, dataStart: pos, dataEnd, unknownLength };
    if (unknownLength) return;
    pos = dataEnd;
  }
}
