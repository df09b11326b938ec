/**
 * A TIFF's structure checked before utif2 reads it (see png-check.ts for why). utif2 follows the chain
 * of image directories (IFDs) and their sub-directories without bounds: a chain that loops back spins
 * forever, a sub-directory that points at itself overflows the stack, and a tag claiming billions of
 * values loops over them. So every directory is walked here first: inside the file, visited once, every
 * tag of a known type with its values inside the file, and each page's size against the pixel limit
 * and its strips or tiles inside the file.
 */
import { InvoicectlError } from '../errors.js';

/** Bytes per value of TIFF field types 1..13. */
const TYPE_SIZES = [0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8, 4];
/** Tags whose values point at further directories (sub-IFDs, EXIF, GPS, DNG private, Fuji). */
const DIRECTORY_TAGS = new Set([330, 34665, 34853, 50740, 61440]);
/** More pages than any scan has; also bounds the work a hostile chain can ask for. */
const MAX_DIRECTORIES = 1000;

interface Entry {
  type: number;
  count: number;
  /** Where the values are: inside the entry when they fit in 4 bytes, else at the offset it holds. */
  at: number;
}

export function checkTiff(b: Uint8Array, name: string, maxPixels = Number.POSITIVE_INFINITY): void {
  const corrupt = (why: string) => new InvoicectlError('IMAGE_CORRUPT', `${name}: the TIFF is damaged (${why})`, { file: name });
  if (b.length < 8) throw corrupt('too short');
  const le = b[0] === 0x49;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const u16 = (o: number) => view.getUint16(o, le);
  const u32 = (o: number) => view.getUint32(o, le);
  const value = (e: Entry, i: number) => (e.type === 3 ? u16(e.at + 2 * i) : u32(e.at + 4 * i));
  const visited = new Set<number>();

  const readDirectory = (offset: number): Map<number, Entry> => {
    if (visited.has(offset)) throw corrupt('its directories loop');
    if (visited.size >= MAX_DIRECTORIES) throw corrupt(`more than ${MAX_DIRECTORIES} directories`);
    visited.add(offset);
    if (offset < 8 || offset + 2 > b.length) throw corrupt(`a directory offset outside the file (${offset})`);
    const count = u16(offset);
    if (offset + 2 + count * 12 + 4 > b.length) throw corrupt('a directory runs past the end of the file');
    const entries = new Map<number, Entry>();
    for (let i = 0; i < count; i++) {
      const o = offset + 2 + i * 12;
      const [tag, type, n] = [u16(o), u16(o + 2), u32(o + 4)];
      if (type < 1 || type >= TYPE_SIZES.length) throw corrupt(`tag ${tag} has an unknown type ${type}`);
      const bytes = n * TYPE_SIZES[type];
      const at = bytes <= 4 ? o + 8 : u32(o + 8);
      if (at + bytes > b.length) throw corrupt(`the values of tag ${tag} lie outside the file`);
      entries.set(tag, { type, count: n, at });
    }
    for (const [tag, e] of entries) {
      if (!DIRECTORY_TAGS.has(tag)) continue;
      if (e.type !== 4 && e.type !== 13) throw corrupt(`tag ${tag} must point at a directory`);
      for (let i = 0; i < e.count; i++) readDirectory(value(e, i));
    }
    return entries;
  };

  const checkPage = (tags: Map<number, Entry>) => {
    const first = (tag: number) => {
      const e = tags.get(tag);
      return e && e.count > 0 && (e.type === 3 || e.type === 4) ? value(e, 0) : undefined;
    };
    const [width, height] = [first(256), first(257)];
    if (width === undefined && height === undefined) return; // a directory without an image (EXIF and the like)
    if (!width || !height) throw corrupt('a page without a size');
    if (width * height > maxPixels) {
      throw new InvoicectlError('IMAGE_TOO_LARGE', `${name}: ${width}×${height} pixels, over the limit of ${maxPixels}`, { file: name, maxImagePixels: maxPixels });
    }
    for (const [offsetsTag, countsTag] of [[273, 279], [324, 325]]) {
      const offsets = tags.get(offsetsTag);
      const counts = tags.get(countsTag);
      if (!offsets && !counts) continue;
      if (!offsets || !counts || offsets.count !== counts.count) throw corrupt('image data offsets and sizes that do not match');
      for (let i = 0; i < offsets.count; i++) {
        if (value(offsets, i) + value(counts, i) > b.length) throw corrupt('image data outside the file');
      }
    }
  };

  let next = u32(4);
  if (u16(2) !== 42) throw corrupt('not a TIFF version 42 header');
  do {
    const page = readDirectory(next);
    checkPage(page);
    const at = next + 2 + u16(next) * 12;
    next = u32(at);
  } while (next !== 0);
}
