/**
 * Just enough of JBIG2 (ITU T.88) to embed an OFD's .jb2 image in a PDF, which decodes JBIG2 natively:
 * drop the standalone file header and the end-of-file segment (PDF's embedded organisation has
 * neither; poppler rejects them) and read the page size from the page-information segment. Only the
 * sequential organisation is handled; random-access files (all headers first) return undefined and the
 * image is left out.
 */
import { jbig2Segments } from '../core/image/jbig2-segments.js';

export interface Jbig2Info {
  width: number;
  height: number;
  segments: Uint8Array;
}

const FILE_ID = [0x97, 0x4a, 0x42, 0x32, 0x0d, 0x0a, 0x1a, 0x0a];
const PAGE_INFORMATION = 48;
const END_OF_FILE = 51;

export function readJbig2Info(bytes: Uint8Array): Jbig2Info | undefined {
  let start = 0;
  if (FILE_ID.every((b, i) => bytes[i] === b)) {
    const flags = bytes[8]!;
    if ((flags & 0x01) === 0) return undefined; // random-access organisation
    start = 9 + ((flags & 0x02) === 0 ? 4 : 0); // page count present unless "unknown"
  }
  const data = bytes.subarray(start);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const kept: Uint8Array[] = [];
  let width = 0;
  let height = 0;
  for (const segment of jbig2Segments(data)) {
    if (segment.type === PAGE_INFORMATION && segment.dataStart + 8 <= data.length && width === 0) {
      width = view.getUint32(segment.dataStart);
      height = view.getUint32(segment.dataStart + 4);
    }
    if (segment.type !== END_OF_FILE) kept.push(data.subarray(segment.start, segment.dataEnd));
  }
  if (width === 0 || height === 0) return undefined;
  return { width, height, segments: Buffer.concat(kept) };
}
