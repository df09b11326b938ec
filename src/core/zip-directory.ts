/**
 * A ZIP archive's central directory, read entry by entry after its end record has said how many entries
 * there are, so an archive of 800,000 tiny entries is refused from 22 bytes, before one entry is looked
 * at (adm-zip builds an object per entry first, gigabytes for such an archive). Entries are then read
 * one at a time on demand. Every entry is judged on its own: a compression method we cannot inflate
 * (bzip2, LZMA, ...), an encrypted entry or a name that two entries share is that entry's error, and the
 * rest of the archive is still read. Only stored and deflated entries are read, through node:zlib with
 * the output capped at the declared size (a bomb cannot inflate past it).
 */
import zlib from 'node:zlib';
import { InvoicectlError } from './errors.js';

export interface ZipDirectoryEntry {
  name: string;
  isDirectory: boolean;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  size: number;
  crc: number;
  mtimeMs: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;

/** The names of the compression methods of APPNOTE 4.4.5, for messages. */
const METHOD_NAMES: Record<number, string> = {
  1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce', 6: 'implode', 9: 'deflate64', 10: 'PKWARE DCL implode',
  12: 'bzip2', 14: 'LZMA', 16: 'IBM z/OS CMPSC', 18: 'IBM TERSE', 19: 'IBM LZ77', 20: 'zstd', 93: 'zstd', 94: 'MP3', 95: 'xz', 96: 'JPEG', 97: 'WavPack', 98: 'PPMd', 99: 'AES encryption',
};

export function methodName(method: number): string {
  return METHOD_NAMES[method] ?? `method ${method}`;
}

const corrupt = (what: string) => new InvoicectlError('ZIP_CORRUPT', `${what} is not a readable ZIP archive: its ZIP structure is damaged`);

interface EndRecord {
  entries: number;
  directoryOffset: number;
  directorySize: number;
}

/** The end-of-central-directory record (and its ZIP64 form), searched in the last 64 KB only. */
function readEnd(bytes: Uint8Array, what: string): EndRecord {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const last = bytes.length - EOCD_SIZE;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (bytes[at] !== 0x50 || view.getUint32(at, true) !== EOCD_SIG) continue;
    let entries = view.getUint16(at + 10, true);
    let directorySize = view.getUint32(at + 12, true);
    let directoryOffset = view.getUint32(at + 16, true);
    const locator = at - 20;
    if ((entries === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) && locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR_SIG) {
      const end64 = Number(view.getBigUint64(locator + 8, true));
      if (end64 + 56 > bytes.length || view.getUint32(end64, true) !== ZIP64_EOCD_SIG) throw corrupt(what);
      entries = Number(view.getBigUint64(end64 + 32, true));
      directorySize = Number(view.getBigUint64(end64 + 40, true));
      directoryOffset = Number(view.getBigUint64(end64 + 48, true));
    }
    return { entries, directoryOffset, directorySize };
  }
  throw corrupt(what);
}

/** How many entries the archive declares: read from its end record alone, in microseconds. */
export function zipEntryCount(bytes: Uint8Array, what = 'the file'): number {
  return readEnd(bytes, what).entries;
}

/**
 * The entries of the central directory. `maxEntries` is checked against the declared count before any
 * entry is read (ZIP_TOO_MANY_ENTRIES); a directory that cannot hold that many entries is ZIP_CORRUPT.
 */
export function readZipDirectory(bytes: Uint8Array, what: string, maxEntries: number): ZipDirectoryEntry[] {
  const end = readEnd(bytes, what);
  if (end.entries > maxEntries) {
    throw new InvoicectlError('ZIP_TOO_MANY_ENTRIES', `${what} has ${end.entries} entries, over the limit of ${maxEntries}`, { entries: end.entries, limit: maxEntries });
  }
  if (end.directoryOffset + end.directorySize > bytes.length || end.entries * CENTRAL_SIZE > end.directorySize) throw corrupt(what);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder('utf-8');
  const out: ZipDirectoryEntry[] = [];
  let at = end.directoryOffset;
  for (let i = 0; i < end.entries; i++) {
    if (at + CENTRAL_SIZE > bytes.length || view.getUint32(at, true) !== CENTRAL_SIG) throw corrupt(what);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const time = view.getUint16(at + 12, true);
    const date = view.getUint16(at + 14, true);
    const crc = view.getUint32(at + 16, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let localOffset = view.getUint32(at + 42, true);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > bytes.length) throw corrupt(what);
    const name = decoder.decode(bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength));
    // ZIP64: the sizes and offset that do not fit 32 bits are in the 0x0001 extra field, in this order.
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const zip64 = findExtra(view, at + CENTRAL_SIZE + nameLength, extraLength, 0x0001);
      if (zip64) {
        let field = zip64.start;
        const take = () => {
          const value = field + 8 <= zip64.end ? Number(view.getBigUint64(field, true)) : NaN;
          field += 8;
          return value;
        };
        if (size === 0xffffffff) size = take();
        if (compressedSize === 0xffffffff) compressedSize = take();
        if (localOffset === 0xffffffff) localOffset = take();
      }
    }
    out.push({
      name,
      isDirectory: name.endsWith('/'),
      method,
      encrypted: (flags & 1) === 1,
      compressedSize,
      size,
      crc,
      mtimeMs: dosTime(date, time),
      localOffset,
    });
    at = next;
  }
  return out;
}

function findExtra(view: DataView, start: number, length: number, id: number): { start: number; end: number } | null {
  for (let at = start; at + 4 <= start + length; ) {
    const size = view.getUint16(at + 2, true);
    if (view.getUint16(at, true) === id) return { start: at + 4, end: Math.min(at + 4 + size, start + length) };
    at += 4 + size;
  }
  return null;
}

function dosTime(date: number, time: number): number {
  const ms = new Date(1980 + (date >> 9), ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2).getTime();
  return Number.isFinite(ms) ? ms : Date.now();
}

/**
 * Why an entry cannot be read by us, or null when it can: ZIP_UNSUPPORTED_METHOD names the method
 * (or says the entry is encrypted).
 */
export function unreadableReason(entry: ZipDirectoryEntry, shown: string): InvoicectlError | null {
  if (entry.encrypted || entry.method === 99) {
    return new InvoicectlError('ZIP_UNSUPPORTED_METHOD', `${shown} is encrypted (password-protected); extract it with its password first`, { method: 'encrypted' });
  }
  if (entry.method !== 0 && entry.method !== 8) {
    const method = methodName(entry.method);
    return new InvoicectlError('ZIP_UNSUPPORTED_METHOD', `${shown} is compressed with ${method}, which is not supported (only stored and deflate entries are read); re-pack the archive with deflate`, { method });
  }
  return null;
}

/** An entry's bytes, inflated to at most its declared size and checked against it and its CRC. */
export function readZipEntry(bytes: Uint8Array, entry: ZipDirectoryEntry, shown: string): Buffer {
  const unreadable = unreadableReason(entry, shown);
  if (unreadable) throw unreadable;
  const damaged = (why: string) => new InvoicectlError('ZIP_CORRUPT', `${shown} cannot be read from its archive: ${why}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + LOCAL_SIZE > bytes.length || view.getUint32(local, true) !== LOCAL_SIG) throw damaged('its ZIP structure is damaged');
  const dataStart = local + LOCAL_SIZE + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (dataStart + entry.compressedSize > bytes.length) throw damaged('its data is truncated');
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  let out: Buffer;
  if (entry.method === 0) {
    out = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  } else {
    try {
      out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
    } catch {
      throw damaged('its compressed data is damaged or larger than its header says');
    }
  }
  if (out.length !== entry.size) throw damaged('its decompressed size does not match the header');
  if (crc32(out) !== entry.crc) throw damaged('its checksum does not match its data');
  return out;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE), as every ZIP entry records it; node:zlib has none before Node 22. */
function crc32(data: Uint8Array): number {
  const table = (crcTable ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  }));
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
