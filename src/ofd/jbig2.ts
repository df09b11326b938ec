/**
 * Just enough of JBIG2 (ITU T.88) to embed an OFD's .jb2 image in a PDF, which decodes JBIG2 natively:
 * strip the standalone file header (PDF wants bare segments) and read the page size from the
 * page-information segment. Only the sequential organisation is handled; random-access files
 * (all headers first) return undefined and the image is left out.
 */
export interface Jbig2Info {
  width: number;
  height: number;
  segments: Uint8Array;
}

const FILE_ID = [0x97, 0x4a, 0x42, 0x32, 0x0d, 0x0a, 0x1a, 0x0a];

export function readJbig2Info(bytes: Uint8Array): Jbig2Info | undefined {
  let pos = 0;
  if (FILE_ID.every((b, i) => bytes[i] === b)) {
    const flags = bytes[8]!;
    if ((flags & 0x01) === 0) return undefined; // random-access organisation
    pos = 9 + ((flags & 0x02) === 0 ? 4 : 0); // page count present unless "unknown"
  }
  const segments = bytes.subarray(pos);
  const view = new DataView(segments.buffer, segments.byteOffset, segments.byteLength);
  let p = 0;
  // Walk segment headers to the first page-information segment (type 48).
  while (p + 11 <= segments.length) {
    const number = view.getUint32(p);
    const flags = segments[p + 4]!;
    const type = flags & 0x3f;
    p += 5;
    let referred = segments[p]! >> 5;
    if (referred === 7) {
      referred = view.getUint32(p) & 0x1fffffff;
      p += 4 + Math.ceil((referred + 1) / 8);
    } else p += 1;
    p += referred * (number <= 256 ? 1 : number <= 65536 ? 2 : 4);
    p += flags & 0x40 ? 4 : 1;
    if (p + 4 > segments.length) return undefined;
    const length = view.getUint32(p);
    p += 4;
    if (type === 48) {
      if (p + 8 > segments.length) return undefined;
      const width = view.getUint32(p);
      const height = view.getUint32(p + 4);
      return width > 0 && height > 0 ? { width, height, segments } : undefined;
    }
    if (length === 0xffffffff) return undefined; // unknown length (immediate generic region): give up
    p += length;
  }
  return undefined;
}
