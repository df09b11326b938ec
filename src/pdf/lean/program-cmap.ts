/**
 * The characters a CID font's embedded TrueType program gives each of its glyphs: its own `cmap`
 * table (Unicode → glyph) turned round. A PDF writer picks each glyph by that table from the character
 * it sets, so a ToUnicode map that gives a glyph a character the table does not is suspect: the map some
 * issuers write says other, valid-looking characters than their pages show (all of GB2312, so nothing
 * in the text itself tells). Read only to judge a Chinese document's maps (font-maps.ts), never for the
 * text itself, which stays as pdf.js would read it.
 */
import type { LeanDocument } from './document.js';
import { inflateSync, constants as zlib } from 'node:zlib';
import { isStream, nameOf, type Dict, type Stream } from './syntax.js';

/**
 * For a CIDFontType2 descendant with an embedded TrueType program and a Unicode cmap table: each of
 * `cids` whose glyph the table reaches → the characters it gives that glyph. Undefined when there is
 * nothing to judge by (no program, no Unicode subtable: subset writers often drop it).
 */
export function programChars(doc: LeanDocument, descendant: Dict, cids: readonly number[]): Map<number, string[]> | undefined {
  if (nameOf(doc.get(descendant.get('Subtype'))) !== 'CIDFontType2') return undefined;
  const descriptor = doc.dict(descendant.get('FontDescriptor'));
  const program = descriptor && doc.get(descriptor.get('FontFile2'));
  if (!isStream(program)) return undefined;
  let toGid: (cid: number) => number;
  try {
    toGid = cidToGid(doc, descendant);
  } catch {
    return undefined;
  }
  // Only the glyphs shown are looked up: a CJK font's table reaches tens of thousands.
  const wanted = new Set(cids.map(toGid));
  let byGlyph: Map<number, string[]> | undefined | null = null;
  const head = programHead(doc, program);
  if (head) {
    try {
      byGlyph = glyphChars(head, wanted);
    } catch {
      // A table that points past the bytes inflated: the whole program below.
    }
  }
  if (byGlyph === null) {
    let data: Uint8Array;
    try {
      data = doc.streamData(program)!;
    } catch {
      // A filter the lean reader does not decode, a broken stream: nothing to judge by, the text read as it is.
      return undefined;
    }
    try {
      // Read in place: a CJK program is megabytes, and copying it was a fifth of judging it.
      byGlyph = glyphChars(Buffer.from(data.buffer, data.byteOffset, data.byteLength), wanted);
    } catch {
      // A program cut short or malformed: nothing to judge by.
      return undefined;
    }
  }
  if (!byGlyph) return undefined;
  const out = new Map<number, string[]>();
  for (const cid of cids) {
    const chars = byGlyph.get(toGid(cid));
    if (chars) out.set(cid, chars);
  }
  return out;
}

/** Compressed bytes inflated first for a program's head; eight times as many each further try. */
const HEAD_START = 4096;

/**
 * The start of a Flate-compressed program, up to the end of its table directory and its `cmap` table,
 * from a prefix of the compressed bytes (inflated as far as they go); undefined when that is not less than
 * the whole, or the stream is not plain FlateDecode. A CJK program inflates to megabytes for a table of a
 * few kilobytes that subset writers put before the glyphs, and inflating it whole was most of judging a
 * Chinese document's maps. What glyphChars reads within these bytes is what it reads in the whole program;
 * a read past them throws, and the caller then reads the whole program. (Deflate data broken after the
 * tables no longer keeps the tables from being read.)
 */
function programHead(doc: LeanDocument, program: Stream): Buffer | undefined {
  const filter = doc.get(program.dict.get('Filter'));
  const only = Array.isArray(filter) && filter.length === 1 ? doc.get(filter[0]) : filter;
  const name = nameOf(only);
  if ((name !== 'FlateDecode' && name !== 'Fl') || program.dict.has('DecodeParms')) return undefined;
  const raw = program.raw;
  for (let n = HEAD_START; n < raw.length; n *= 8) {
    let head: Buffer;
    try {
      head = inflateSync(raw.subarray(0, n), { finishFlush: zlib.Z_SYNC_FLUSH });
    } catch {
      return undefined;
    }
    const end = tablesEnd(head);
    if (end >= 0 && end <= head.length) return head;
  }
  return undefined;
}

/** Where a TrueType program's table directory and its `cmap` table end; -1 while the directory is not all in `font`. */
function tablesEnd(font: Buffer): number {
  if (font.length < 12) return -1;
  const directoryEnd = 12 + 16 * font.readUInt16BE(4);
  if (font.length < directoryEnd) return -1;
  let end = directoryEnd;
  for (let at = 12; at < directoryEnd; at += 16) {
    if (font.toString('latin1', at, at + 4) === 'cmap') end = Math.max(end, font.readUInt32BE(at + 8) + font.readUInt32BE(at + 12));
  }
  return end;
}

/** CIDToGIDMap: Identity (also when absent), or a stream of two bytes per CID. */
function cidToGid(doc: LeanDocument, descendant: Dict): (cid: number) => number {
  const map = doc.get(descendant.get('CIDToGIDMap'));
  if (!isStream(map)) return (cid) => cid;
  const bytes = doc.streamData(map)!;
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return (cid) => (2 * cid + 1 < data.length ? data.readUInt16BE(2 * cid) : 0);
}

/** Each of `glyphs` → its characters in the first Unicode subtable (3,10 or 0,* format 12; 3,1 or 0,* format 4); undefined without one. */
function glyphChars(font: Buffer, glyphs: ReadonlySet<number>): Map<number, string[]> | undefined {
  {
    const tables = font.readUInt16BE(4);
    let cmap = -1;
    for (let i = 0; i < tables; i++) if (font.toString('latin1', 12 + 16 * i, 16 + 16 * i) === 'cmap') cmap = font.readUInt32BE(12 + 16 * i + 8);
    if (cmap < 0) return undefined;
    const subtables: { rank: number; at: number }[] = [];
    for (let i = 0, n = font.readUInt16BE(cmap + 2); i < n; i++) {
      const platform = font.readUInt16BE(cmap + 4 + 8 * i);
      const encoding = font.readUInt16BE(cmap + 6 + 8 * i);
      const at = cmap + font.readUInt32BE(cmap + 8 + 8 * i);
      const format = font.readUInt16BE(at);
      const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
      if (unicode && (format === 4 || format === 12)) subtables.push({ rank: format === 12 ? 0 : 1, at });
    }
    subtables.sort((a, b) => a.rank - b.rank);
    const first = subtables[0];
    if (!first) return undefined;
    const out = new Map<number, string[]>();
    const add = (code: number, gid: number) => {
      // A private-use code (symbol fonts' F0xx) names no character.
      if (!glyphs.has(gid) || gid === 0 || (code >= 0xe000 && code <= 0xf8ff) || code === 0xffff) return;
      const chars = out.get(gid);
      if (chars) chars.push(String.fromCodePoint(code));
      else out.set(gid, [String.fromCodePoint(code)]);
    };
    if (font.readUInt16BE(first.at) === 12) format12(font, first.at, glyphs, add);
    else format4(font, first.at, glyphs, add);
    return out;
  }
}

// Where a run maps its codes to glyphs by a constant delta, the codes of the wanted glyphs are worked
// out from them rather than every code of the run visited (a CJK table's runs span tens of thousands).

function format4(font: Buffer, at: number, glyphs: ReadonlySet<number>, add: (code: number, gid: number) => void): void {
  const segments = font.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const offsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    const end = font.readUInt16BE(ends + 2 * s);
    const start = font.readUInt16BE(starts + 2 * s);
    const delta = font.readInt16BE(deltas + 2 * s);
    const offset = font.readUInt16BE(offsets + 2 * s);
    if (!offset) {
      for (const gid of glyphs) {
        const code = (gid - delta) & 0xffff;
        if (code >= start && code <= end && code !== 0xffff) add(code, gid);
      }
      continue;
    }
    for (let code = start; code <= end && code !== 0xffff; code++) {
      const gid = font.readUInt16BE(offsets + 2 * s + offset + 2 * (code - start));
      if (gid) add(code, (gid + delta) & 0xffff);
    }
  }
}

function format12(font: Buffer, at: number, glyphs: ReadonlySet<number>, add: (code: number, gid: number) => void): void {
  for (let g = 0, n = font.readUInt32BE(at + 12); g < n; g++) {
    const start = font.readUInt32BE(at + 16 + 12 * g);
    const end = font.readUInt32BE(at + 20 + 12 * g);
    const first = font.readUInt32BE(at + 24 + 12 * g);
    for (const gid of glyphs) if (gid >= first && gid - first <= end - start) add(start + gid - first, gid);
  }
}
