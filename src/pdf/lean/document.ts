/**
 * A PDF file read lazily: the cross-reference sections (tables and streams, with every incremental
 * update), and then only the objects asked for, from their offsets or object streams. pdf-lib parses
 * every object of a file up front (35–70 ms for one invoice carrying an embedded CJK font); text needs
 * a page's content, its fonts' maps and widths, and nothing of the font programs.
 */
import { inflateSync, constants as zlib } from 'node:zlib';
import { standardDecryptor, type Decryptor } from './decrypt.js';
import { isDict, isStream, Keyword, latin1, LeanUnsupported, Lexer, Name, nameOf, numberOr, objectStart, Ref, Str, type Dict, type PdfObject, type Stream } from './syntax.js';

/** Where an object is: at a byte offset of the file (0: a free entry), or the `index`-th object of an object stream. */
export type XrefEntry = { offset: number } | { stream: number; index: number };

/**
 * How the cross-reference data is found: `read` follows startxref and the sections it leads to (a file
 * whose data cannot be followed is refused); `repair` does that, and rebuilds it by scanning the file
 * when it cannot be followed; `rebuild` only scans (a file whose sections point at the wrong bytes).
 */
export type XrefMode = 'read' | 'repair' | 'rebuild';

/** Nested page trees and forms deeper than this are treated as broken (a cycle through references). */
const MAX_DEPTH = 64;

export class LeanDocument {
  private readonly xref = new Map<number, XrefEntry>();
  private readonly cache = new Map<number, PdfObject>();
  private readonly objectStreams = new Map<number, Map<number, PdfObject>>();
  readonly trailer: Dict;
  /** Per-document memo for readers of derived data (parsed ToUnicode maps keyed by their text, CID fonts' glyphs). */
  readonly memo = new Map<string, unknown>();
  /** An encrypted document opened with a password: how its objects decrypt, and the /Encrypt object, which never is. */
  private readonly crypt?: { decryptor: Decryptor; encryptNum: number };

  /**
   * `mode`: how cross-reference data is found (see XrefMode). `password`: open an encrypted document with
   * it (usually ''); without one an encrypted document is LeanUnsupported, and its pages are left to pdf.js.
   */
  constructor(
    readonly bytes: Uint8Array,
    options: { mode?: XrefMode; password?: string } = {},
  ) {
    const mode = options.mode ?? 'read';
    let trailer: Dict;
    try {
      if (mode === 'rebuild') throw new LeanUnsupported('rebuild');
      trailer = this.readXref();
    } catch (err) {
      if (mode === 'read' || !(err instanceof LeanUnsupported)) throw err;
      this.xref.clear();
      trailer = this.rebuildXref();
    }
    this.trailer = trailer;
    const encrypt = this.trailer.get('Encrypt');
    if (encrypt === undefined) return;
    if (options.password === undefined) throw new LeanUnsupported('encrypted');
    // Read before decryption is switched on: the /Encrypt dictionary's strings are stored as they are.
    const dict = this.dict(encrypt);
    const id = this.get(this.array(this.trailer.get('ID'))?.[0]);
    if (!dict) throw new LeanUnsupported('bad /Encrypt');
    const decryptor = standardDecryptor(dict, (o) => this.get(o), Buffer.from(id instanceof Str ? id.bytes : '', 'latin1'), options.password);
    this.crypt = { decryptor, encryptNum: encrypt instanceof Ref ? encrypt.num : -1 };
  }

  /** Where object `num` is, as the newest cross-reference section says (undefined: not listed). */
  entry(num: number): XrefEntry | undefined {
    return this.xref.get(num);
  }

  /** The numbers of every object the cross-reference data lists. */
  objectNumbers(): IterableIterator<number> {
    return this.xref.keys();
  }

  /** Follows a reference (and references to references); other values come back as they are. */
  get(o: PdfObject | undefined): PdfObject | undefined {
    for (let hops = 0; o instanceof Ref; hops++) {
      if (hops > MAX_DEPTH) throw new LeanUnsupported('reference loop');
      o = this.object(o.num);
    }
    return o;
  }

  dict(o: PdfObject | undefined): Dict | undefined {
    const v = this.get(o);
    if (isDict(v)) return v;
    if (isStream(v)) return v.dict;
    return undefined;
  }

  array(o: PdfObject | undefined): PdfObject[] | undefined {
    const v = this.get(o);
    return Array.isArray(v) ? v : undefined;
  }

  number(o: PdfObject | undefined, fallback: number): number {
    return numberOr(this.get(o), fallback);
  }

  /**
   * A stream's decoded bytes: FlateDecode (with or without PNG predictors), ASCIIHexDecode and
   * ASCII85Decode, alone or chained (older writers wrap deflated data in ASCII85); other filters are not
   * handled.
   */
  streamData(o: PdfObject | undefined): Uint8Array | undefined {
    const s = this.get(o);
    if (!isStream(s)) return undefined;
    return this.decode(s);
  }

  private decode(s: Stream): Uint8Array {
    const filter = this.get(s.dict.get('Filter'));
    const filters = (Array.isArray(filter) ? filter : filter === undefined || filter === null ? [] : [filter]).map((f) => nameOf(this.get(f)));
    const parms = this.get(s.dict.get('DecodeParms'));
    let data = s.raw;
    filters.forEach((name, i) => {
      if (name === 'FlateDecode' || name === 'Fl') data = this.inflate(data, this.dict(Array.isArray(parms) ? parms[i] : parms));
      else if (name === 'ASCIIHexDecode' || name === 'AHx') data = asciiHexDecode(data);
      else if (name === 'ASCII85Decode' || name === 'A85') data = ascii85Decode(data);
      else throw new LeanUnsupported(`filter ${filters.join(',')}`);
    });
    return data;
  }

  private inflate(raw: Uint8Array, params: Dict | undefined): Uint8Array {
    let data: Uint8Array;
    try {
      data = inflateSync(raw);
    } catch {
      // A stream cut short or with a bad checksum: keep what inflates, as readers do.
      try {
        data = inflateSync(raw, { finishFlush: zlib.Z_SYNC_FLUSH });
      } catch {
        throw new LeanUnsupported('broken deflate stream');
      }
    }
    const predictor = this.number(params?.get('Predictor'), 1);
    if (predictor >= 10) {
      const bits = this.number(params?.get('Colors'), 1) * this.number(params?.get('BitsPerComponent'), 8);
      // A row is Columns pixels of `bits` each; PNG's "left" is the byte one whole pixel back (at least one byte).
      return unpredictPng(data, Math.ceil((this.number(params?.get('Columns'), 1) * bits) / 8), Math.max(1, Math.ceil(bits / 8)));
    }
    if (predictor !== 1) throw new LeanUnsupported(`predictor ${predictor}`);
    return data;
  }

  private object(num: number): PdfObject | undefined {
    if (this.cache.has(num)) return this.cache.get(num);
    const entry = this.xref.get(num);
    let value: PdfObject | undefined = null;
    if (entry && 'offset' in entry) value = entry.offset > 0 ? this.readAt(entry.offset, num) : null;
    else if (entry) value = this.fromObjectStream(entry.stream, num);
    this.cache.set(num, value ?? null);
    return value ?? null;
  }

  /** `num gen obj <value> [stream ... endstream] endobj` at an offset. */
  private readAt(offset: number, num: number): PdfObject | undefined {
    const header = objectStart(this.bytes, offset);
    if (header?.num !== num) throw new LeanUnsupported(`object ${num} is not at its offset`);
    const value = this.readValue(header.lexer);
    // Objects inside an object stream are not encrypted themselves: the object stream is.
    return this.crypt && value !== undefined && num !== this.crypt.encryptNum ? this.decrypted(value, num, header.gen) : value;
  }

  private readValue(lx: Lexer): PdfObject | undefined {
    const value = lx.object();
    if (value instanceof Keyword || value === undefined) return null;
    if (!isDict(value)) return value;
    const save = lx.pos;
    const next = lx.token();
    if (!(next instanceof Keyword) || next.word !== 'stream') {
      lx.pos = save;
      return value;
    }
    let start = lx.pos;
    if (this.bytes[start] === 13) start++;
    if (this.bytes[start] === 10) start++;
    const length = this.get(value.get('Length'));
    let end = typeof length === 'number' ? start + length : -1;
    if (!this.endsStream(end)) end = this.findEndstream(start);
    return { dict: value, raw: this.bytes.subarray(start, end) };
  }

  /** An object's strings and stream data decrypted (cross-reference streams, and metadata left in clear, are stored as they are). */
  private decrypted(value: PdfObject, num: number, gen: number): PdfObject {
    const { decryptor } = this.crypt!;
    const walk = (o: PdfObject): PdfObject => {
      if (o instanceof Str) return new Str(Buffer.from(decryptor.bytes(Buffer.from(o.bytes, 'latin1'), num, gen, 'string')).toString('latin1'));
      if (Array.isArray(o)) return o.map(walk);
      if (isDict(o)) return new Map([...o].map(([k, v]) => [k, walk(v)]));
      if (!isStream(o)) return o;
      const dict = walk(o.dict) as Dict;
      const type = nameOf(dict.get('Type'));
      if (type === 'XRef' || (type === 'Metadata' && !decryptor.encryptsMetadata)) return { dict, raw: o.raw };
      return { dict, raw: decryptor.bytes(o.raw, num, gen, type === 'EmbeddedFile' ? 'file' : 'stream') };
    };
    return walk(value);
  }

  private endsStream(end: number): boolean {
    if (end < 0 || end > this.bytes.length) return false;
    let p = end;
    while (p < this.bytes.length && (this.bytes[p] === 10 || this.bytes[p] === 13 || this.bytes[p] === 32)) p++;
    return latin1(this.bytes, p, p + 9) === 'endstream';
  }

  /** A wrong /Length: the stream ends before the next "endstream" (and its end-of-line). */
  private findEndstream(start: number): number {
    const at = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength).indexOf('endstream', start, 'latin1');
    if (at < 0) throw new LeanUnsupported('stream without endstream');
    let end = at;
    if (this.bytes[end - 1] === 10) end--;
    if (this.bytes[end - 1] === 13) end--;
    return end;
  }

  /** An object from an object stream; the whole stream is parsed once (invoices keep their fonts' dictionaries together). */
  private fromObjectStream(streamNum: number, num: number): PdfObject | undefined {
    let objects = this.objectStreams.get(streamNum);
    if (!objects) {
      objects = new Map();
      const s = this.object(streamNum);
      if (!isStream(s)) throw new LeanUnsupported('object stream missing');
      const data = this.decode(s);
      const count = this.number(s.dict.get('N'), 0);
      const first = this.number(s.dict.get('First'), 0);
      const head = new Lexer(data);
      const pairs: [number, number][] = [];
      for (let i = 0; i < count; i++) pairs.push([head.token() as number, head.token() as number]);
      for (const [n, off] of pairs) {
        const lx = new Lexer(data, first + off);
        const v = lx.object();
        objects.set(n, v instanceof Keyword || v === undefined ? null : v);
      }
      this.objectStreams.set(streamNum, objects);
    }
    return objects.get(num);
  }

  /** Every cross-reference section from the last one back through /Prev; the newest entry of an object wins. */
  private readXref(): Dict {
    // The last `startxref` anywhere, not only near the end: bytes after %%EOF (padding, appended junk)
    // are common, and pdf.js reads such files; a native search over the whole file costs microseconds.
    const at = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength).lastIndexOf('startxref');
    const m = at < 0 ? null : /^startxref\s+(\d+)/.exec(latin1(this.bytes, at, at + 64));
    if (!m) throw new LeanUnsupported('no startxref');
    let offset: number | undefined = Number(m[1]);
    let trailer: Dict | undefined;
    const seen = new Set<number>();
    while (offset !== undefined && !seen.has(offset)) {
      seen.add(offset);
      const section = this.readSection(offset);
      trailer ??= section;
      const hybrid = section.get('XRefStm');
      if (typeof hybrid === 'number' && !seen.has(hybrid)) {
        seen.add(hybrid);
        this.readSection(hybrid);
      }
      const prev = section.get('Prev');
      offset = typeof prev === 'number' ? prev : undefined;
    }
    if (!trailer?.get('Root')) throw new LeanUnsupported('no trailer');
    return trailer;
  }

  /**
   * The cross-reference data rebuilt from the objects themselves, as pdf-lib's and MuPDF's full parses
   * read a file whose startxref or offsets are wrong (a tool edited it without updating them): every
   * `n g obj` in file order, a later one of a number replacing an earlier one (an incremental update);
   * stream data is skipped, so bytes in it never count as objects. The trailer is the last `trailer`
   * dictionary naming a /Root. Objects inside object streams are not found this way: such a file is
   * refused.
   */
  private rebuildXref(): Dict {
    const { bytes } = this;
    const text = latin1(bytes, 0, bytes.length);
    const header = /(?<![0-9])(\d+)[ \t\r\n\f\0]+(\d+)[ \t\r\n\f\0]+obj(?![A-Za-z0-9])/g;
    for (let m = header.exec(text); m; m = header.exec(text)) {
      const num = Number(m[1]);
      const start = objectStart(bytes, m.index);
      if (!start) continue;
      const lx = start.lexer;
      const value = lx.object();
      if (isDict(value) && nameOf(value.get('Type')) === 'ObjStm') throw new LeanUnsupported('object streams in a file without usable cross-reference data');
      this.xref.set(num, { offset: m.index });
      if (isDict(value)) {
        const save = lx.pos;
        const next = lx.token();
        if (next instanceof Keyword && next.word === 'stream') {
          const end = text.indexOf('endstream', lx.pos);
          if (end < 0) break;
          lx.pos = end + 'endstream'.length;
        } else lx.pos = save;
      }
      header.lastIndex = Math.max(header.lastIndex, lx.pos);
    }
    for (let at = text.lastIndexOf('trailer'); at >= 0; at = text.lastIndexOf('trailer', at - 1)) {
      const trailer = new Lexer(bytes, at + 'trailer'.length).object();
      if (isDict(trailer) && trailer.get('Root') instanceof Ref) return trailer;
    }
    throw new LeanUnsupported('no trailer');
  }

  private readSection(offset: number): Dict {
    if (offset <= 0 || offset >= this.bytes.length) throw new LeanUnsupported('xref offset out of the file');
    const lx = new Lexer(this.bytes, offset);
    const first = lx.token();
    if (first instanceof Keyword && first.word === 'xref') return this.readTable(lx);
    if (typeof first === 'number') return this.readXrefStream(offset);
    throw new LeanUnsupported('no xref at startxref');
  }

  private readTable(lx: Lexer): Dict {
    for (;;) {
      const t = lx.token();
      if (t instanceof Keyword && t.word === 'trailer') {
        const trailer = lx.object();
        if (!isDict(trailer)) throw new LeanUnsupported('bad trailer');
        return trailer;
      }
      const count = lx.token();
      if (typeof t !== 'number' || typeof count !== 'number') throw new LeanUnsupported('bad xref table');
      for (let i = this.readStandardEntries(lx, t, count); i < count; i++) {
        const off = lx.token();
        lx.token();
        const kind = lx.token();
        const num = t + i;
        if (!(kind instanceof Keyword)) throw new LeanUnsupported('bad xref entry');
        if (!this.xref.has(num) && kind.word === 'n' && typeof off === 'number' && off > 0) this.xref.set(num, { offset: off });
        else if (!this.xref.has(num) && kind.word === 'f') this.xref.set(num, { offset: 0 });
      }
    }
  }

  /**
   * Entries of a table subsection as PDF 32000-1 7.5.4 lays them out, 20 bytes each
   * (`oooooooooo ggggg n` and a two-byte end of line), read by position: a table lists every object of
   * the file, and reading each entry as three tokens was most of opening an invoice's cross-reference
   * data. Returns how many were read; the rest (an entry laid out otherwise) are read as tokens.
   */
  private readStandardEntries(lx: Lexer, first: number, count: number): number {
    const b = this.bytes;
    lx.skipSpace();
    let i = 0;
    for (; i < count; i++) {
      const p = lx.pos;
      if (p + 20 > b.length || b[p + 10] !== 32 || b[p + 16] !== 32 || !XREF_EOL[b[p + 18]] || !XREF_EOL[b[p + 19]]) break;
      const kind = b[p + 17];
      if (kind !== 110 /* n */ && kind !== 102 /* f */) break;
      const offset = digits(b, p, 10);
      if (offset < 0 || digits(b, p + 11, 5) < 0) break;
      const num = first + i;
      if (!this.xref.has(num)) {
        if (kind === 110 && offset > 0) this.xref.set(num, { offset });
        else if (kind === 102) this.xref.set(num, { offset: 0 });
      }
      lx.pos = p + 20;
    }
    return i;
  }

  private readXrefStream(offset: number): Dict {
    const lx = new Lexer(this.bytes, offset);
    const num = lx.token() as number;
    const s = this.readAt(offset, num);
    if (!isStream(s) || nameOf(s.dict.get('Type')) !== 'XRef') throw new LeanUnsupported('bad xref stream');
    const w = (s.dict.get('W') as number[]) ?? [];
    const size = this.number(s.dict.get('Size'), 0);
    const index = (s.dict.get('Index') as number[] | undefined) ?? [0, size];
    const data = this.decode(s);
    const rowLength = w[0] + w[1] + w[2];
    let p = 0;
    const field = (width: number, fallback: number) => {
      if (!width) return fallback;
      let v = 0;
      for (let i = 0; i < width; i++) v = v * 256 + data[p++];
      return v;
    };
    for (let k = 0; k + 1 < index.length; k += 2) {
      for (let i = 0; i < index[k + 1] && p + rowLength <= data.length; i++) {
        const type = field(w[0], 1);
        const a = field(w[1], 0);
        const b = field(w[2], 0); // generation, or index in the object stream
        const n = index[k] + i;
        if (this.xref.has(n)) continue;
        if (type === 1) this.xref.set(n, { offset: a });
        else if (type === 2) this.xref.set(n, { stream: a, index: b });
        else this.xref.set(n, { offset: 0 });
      }
    }
    return s.dict;
  }

  /** The pages in order, each with what it inherits from the tree (Resources, MediaBox, CropBox, Rotate). */
  pages(): Dict[] {
    const root = this.dict(this.trailer.get('Root'));
    const out: Dict[] = [];
    const walk = (node: PdfObject | undefined, inherited: Dict, depth: number) => {
      if (depth > MAX_DEPTH) throw new LeanUnsupported('page tree too deep');
      const d = this.dict(node);
      if (!d) return;
      const here: Dict = new Map(inherited);
      for (const key of INHERITED) if (d.has(key)) here.set(key, d.get(key)!);
      const kids = this.array(d.get('Kids'));
      if (kids && nameOf(d.get('Type')) !== 'Page') for (const kid of kids) walk(kid, here, depth + 1);
      else out.push(new Map([...here, ...d]));
    };
    walk(root?.get('Pages'), new Map(), 0);
    if (!out.length) throw new LeanUnsupported('no pages');
    return out;
  }

  /** Names of a name tree (§7.9.6), leaves in order. */
  nameTree(node: PdfObject | undefined, depth = 0): [string, PdfObject][] {
    const d = this.dict(node);
    if (!d || depth > MAX_DEPTH) return [];
    const out: [string, PdfObject][] = [];
    const names = this.array(d.get('Names'));
    if (names) for (let i = 0; i + 1 < names.length; i += 2) out.push([textString(this.get(names[i])), names[i + 1]]);
    for (const kid of this.array(d.get('Kids')) ?? []) out.push(...this.nameTree(kid, depth + 1));
    return out;
  }
}

const INHERITED = ['Resources', 'MediaBox', 'CropBox', 'Rotate'];

/** White-space bytes (7.2.2), which end a cross-reference entry. */
const XREF_EOL = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) XREF_EOL[c] = 1;

/** The value of `length` decimal digits at `at`, or -1 when one of them is not a digit. */
function digits(b: Uint8Array, at: number, length: number): number {
  let value = 0;
  for (let k = at; k < at + length; k++) {
    const d = b[k] - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** PNG predictors (the usual encoding of xref streams): each row starts with its filter type. */
/** ASCIIHexDecode: pairs of hex digits up to `>`, white space skipped, a lone last digit followed by 0. */
function asciiHexDecode(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.length / 2));
  let n = 0;
  let high = -1;
  for (const c of data) {
    if (c === 0x3e) break;
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x57 : -1;
    if (d < 0) {
      if (c > 0x20) throw new LeanUnsupported('bad ASCIIHexDecode data');
      continue;
    }
    if (high < 0) high = d;
    else {
      out[n++] = high * 16 + d;
      high = -1;
    }
  }
  if (high >= 0) out[n++] = high * 16;
  return out.subarray(0, n);
}

/** ASCII85Decode: groups of five digits `!`..`u` to four bytes, `z` for four zeros, up to `~>`; a short last group padded with `u`. */
function ascii85Decode(data: Uint8Array): Uint8Array {
  let zeros = 0;
  for (const c of data) if (c === 0x7a) zeros++;
  const out = new Uint8Array(Math.ceil((data.length * 4) / 5) + 4 * zeros + 4);
  let n = 0;
  const group: number[] = [];
  const flush = (count: number) => {
    let v = 0;
    for (let k = 0; k < 5; k++) v = v * 85 + (k < group.length ? group[k] : 84);
    for (let k = 0; k < count; k++) out[n++] = (v >>> (24 - 8 * k)) & 0xff;
    group.length = 0;
  };
  for (const c of data) {
    if (c === 0x7e) break;
    if (c <= 0x20) continue;
    if (c === 0x7a && group.length === 0) {
      n += 4;
      continue;
    }
    if (c < 0x21 || c > 0x75) throw new LeanUnsupported('bad ASCII85Decode data');
    group.push(c - 0x21);
    if (group.length === 5) flush(4);
  }
  if (group.length === 1) throw new LeanUnsupported('bad ASCII85Decode data');
  if (group.length) flush(group.length - 1);
  return out.subarray(0, n);
}

function unpredictPng(data: Uint8Array, columns: number, bpp: number): Uint8Array {
  const rowLength = columns + 1;
  const rows = Math.floor(data.length / rowLength);
  const out = new Uint8Array(rows * columns);
  // One loop per filter type (not a test per byte): an image XObject is tens of thousands of bytes.
  for (let r = 0; r < rows; r++) {
    const type = data[r * rowLength];
    const src = r * rowLength + 1;
    const dst = r * columns;
    const prev = dst - columns;
    if (type === 0) out.set(data.subarray(src, src + columns), dst);
    else if (type === 1) for (let i = 0; i < columns; i++) out[dst + i] = data[src + i] + (i >= bpp ? out[dst + i - bpp] : 0);
    else if (type === 2) for (let i = 0; i < columns; i++) out[dst + i] = data[src + i] + (r ? out[prev + i] : 0);
    else if (type === 3) for (let i = 0; i < columns; i++) out[dst + i] = data[src + i] + (((i >= bpp ? out[dst + i - bpp] : 0) + (r ? out[prev + i] : 0)) >> 1);
    else if (type === 4) {
      for (let i = 0; i < columns; i++) {
        const left = i >= bpp ? out[dst + i - bpp] : 0;
        const up = r ? out[prev + i] : 0;
        const upLeft = r && i >= bpp ? out[prev + i - bpp] : 0;
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        out[dst + i] = data[src + i] + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft);
      }
    } else throw new LeanUnsupported(`PNG filter ${type}`);
  }
  return out;
}

/** A text string (§7.9.2.2): UTF-16BE with a byte-order mark, else PDFDocEncoding (read as Latin-1, close enough for names). */
export function textString(o: PdfObject | undefined): string {
  if (!(o && typeof o === 'object' && 'bytes' in o)) return o instanceof Name ? o.name : '';
  const b = o.bytes;
  if (b.charCodeAt(0) === 0xfe && b.charCodeAt(1) === 0xff) {
    let s = '';
    for (let i = 2; i + 1 < b.length; i += 2) s += String.fromCharCode((b.charCodeAt(i) << 8) | b.charCodeAt(i + 1));
    return s;
  }
  if (b.charCodeAt(0) === 0xef && b.charCodeAt(1) === 0xbb && b.charCodeAt(2) === 0xbf) return Buffer.from(b.slice(3), 'latin1').toString('utf8');
  return b;
}
