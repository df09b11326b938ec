/**
 * PDF syntax for the lean text reader: the tokens and objects of PDF files and content streams
 * (ISO 32000-1 §7.2–7.3). Strings stay bytes (one char per byte) until a font or a text decoder says
 * what they mean.
 */

export class Name {
  constructor(readonly name: string) {}
}

export class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** A string's bytes, one char code per byte. */
export class Str {
  constructor(readonly bytes: string) {}
}

/**
 * The content stream operators the text reader acts on, as numbers: its operator switch compared each
 * operator's word with every case before its own (a path-heavy page's `re`, `f` and `l` with all of
 * them); on a number V8 jumps to the case at once. Every other word is `Other`.
 */
export const enum Op {
  Other,
  q,
  Q,
  cm,
  BT,
  Tf,
  Tr,
  Tc,
  Tw,
  Tz,
  TL,
  Ts,
  Td,
  TD,
  Tm,
  TStar,
  Tj,
  Quote,
  DoubleQuote,
  TJ,
  Do,
  gs,
  BMC,
  BDC,
  EMC,
  BI,
  d0,
  d1,
}

const OPS: Record<string, Op> = {
  q: Op.q,
  Q: Op.Q,
  cm: Op.cm,
  BT: Op.BT,
  Tf: Op.Tf,
  Tr: Op.Tr,
  Tc: Op.Tc,
  Tw: Op.Tw,
  Tz: Op.Tz,
  TL: Op.TL,
  Ts: Op.Ts,
  Td: Op.Td,
  TD: Op.TD,
  Tm: Op.Tm,
  'T*': Op.TStar,
  Tj: Op.Tj,
  "'": Op.Quote,
  '"': Op.DoubleQuote,
  TJ: Op.TJ,
  Do: Op.Do,
  gs: Op.gs,
  BMC: Op.BMC,
  BDC: Op.BDC,
  EMC: Op.EMC,
  BI: Op.BI,
  d0: Op.d0,
  d1: Op.d1,
};

/** A bare keyword: an operator in a content stream, or obj/endobj/stream/R/true... in a file. */
export class Keyword {
  /** The operator's number for the text reader (see Op). */
  readonly op: Op;
  constructor(readonly word: string) {
    this.op = Object.hasOwn(OPS, word) ? OPS[word] : Op.Other;
  }
}

/**
 * One Keyword per word: content streams repeat a few dozen operators thousands of times. The operators
 * and the file's keywords start out with the words written here: V8 keeps a literal string once
 * (internalized), so comparing one with a `case` or `===` literal is a pointer comparison, where a word
 * read from the bytes was compared character by character with each case before its own (the content
 * reader's operator switch).
 */
const keywords = new Map<string, Keyword>(
  [
    // Content stream operators (ISO 32000-1, Annex A).
    ...['b', 'B', 'b*', 'B*', 'BDC', 'BI', 'BMC', 'BT', 'BX', 'c', 'cm', 'CS', 'cs', 'd', 'd0', 'd1', 'Do', 'DP', 'EI'],
    ...['EMC', 'ET', 'EX', 'f', 'F', 'f*', 'G', 'g', 'gs', 'h', 'i', 'ID', 'j', 'J', 'K', 'k', 'l', 'm', 'M', 'MP', 'n'],
    ...['q', 'Q', 're', 'RG', 'rg', 'ri', 's', 'S', 'SC', 'sc', 'SCN', 'scn', 'sh', 'T*', 'Tc', 'Td', 'TD', 'Tf', 'Tj'],
    ...['TJ', 'TL', 'Tm', 'Tr', 'Ts', 'Tw', 'Tz', 'v', 'w', 'W', 'W*', 'y', "'", '"'],
    // Delimiters and the file's own keywords.
    ...['[', ']', '<<', '>>', '{', '}', 'obj', 'endobj', 'stream', 'endstream', 'R', 'xref', 'trailer', 'startxref'],
  ].map((word) => [word, new Keyword(word)]),
);
function keyword(word: string): Keyword {
  let k = keywords.get(word);
  if (!k) {
    k = new Keyword(word);
    if (keywords.size < 4096) keywords.set(word, k);
  }
  return k;
}

export type Dict = Map<string, PdfObject>;
export interface Stream {
  dict: Dict;
  /** The raw (still encoded) bytes. */
  raw: Uint8Array;
}
export type PdfObject = number | boolean | null | Name | Ref | Str | PdfObject[] | Dict | Stream;

/** Raised for what the lean reader does not handle; the caller reads the document with pdf.js instead. */
export class LeanUnsupported extends Error {}

const WHITE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;

const ESCAPES: Record<number, number> = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12, 40: 40, 41: 41, 92: 92 };

export class Lexer {
  pos: number;
  /**
   * A plain Uint8Array over the bytes it was given. Files and inflated streams come as Buffers, other
   * streams as Uint8Arrays: two object shapes, and V8 threw away the lexer's optimised code (a "wrong map"
   * deoptimisation of token, skipSpace, number...) whenever the other one came, then compiled it again.
   */
  readonly bytes: Uint8Array;
  private readonly text: Buffer;
  /**
   * `references`: whether `n g R` makes a Ref. Content streams hold no indirect references (ISO 32000-1
   * §7.8.2), and looking two tokens ahead after every integer was a few % of reading a page's text.
   */
  constructor(
    bytes: Uint8Array,
    start = 0,
    private readonly references = true,
  ) {
    this.pos = start;
    this.bytes = Object.getPrototypeOf(bytes) === Uint8Array.prototype ? bytes : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  skipSpace(): void {
    const b = this.bytes;
    while (this.pos < b.length) {
      const c = b[this.pos];
      if (WHITE[c]) this.pos++;
      else if (c === 37 /* % */) {
        while (this.pos < b.length && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++;
      } else break;
    }
  }

  /** The next token: a value, a Keyword, or the delimiters '[' ']' '<<' '>>' as Keywords; undefined at the end. */
  token(): PdfObject | Keyword | undefined {
    this.skipSpace();
    const b = this.bytes;
    if (this.pos >= b.length) return undefined;
    const c = b[this.pos];
    if (c === 47 /* / */) return this.name();
    if (c === 40 /* ( */) return this.literal();
    if (c === 60 /* < */) {
      if (b[this.pos + 1] === 60) {
        this.pos += 2;
        return keyword('<<');
      }
      return this.hex();
    }
    if (c === 62 /* > */ && b[this.pos + 1] === 62) {
      this.pos += 2;
      return keyword('>>');
    }
    if (c === 91 || c === 93 || c === 123 || c === 125) {
      this.pos++;
      return keyword(String.fromCharCode(c));
    }
    if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) return this.number();
    const start = this.pos;
    while (this.pos < b.length && !WHITE[b[this.pos]] && !DELIM[b[this.pos]]) this.pos++;
    if (this.pos === start) this.pos++; // a stray delimiter (')' or '>'): skip it
    // Operators are one to three bytes: found by their bytes, without making a string each time.
    if (this.pos - start <= 3) return shortKeyword(b, start, this.pos, this.text);
    const word = this.text.toString('latin1', start, this.pos);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return keyword(word);
  }

  /** Integers and reals (`12`, `-3.5`, `.5`); digits are summed directly, this runs for most tokens. */
  private number(): number {
    const b = this.bytes;
    let sign = 1;
    if (b[this.pos] === 45) {
      sign = -1;
      this.pos++;
    } else if (b[this.pos] === 43) this.pos++;
    let value = 0;
    let scale = 0;
    for (; this.pos < b.length; this.pos++) {
      const c = b[this.pos];
      if (c >= 48 && c <= 57) {
        value = value * 10 + (c - 48);
        if (scale) scale *= 10;
      } else if (c === 46 && !scale) scale = 1;
      else if (c !== 45) break; // "--5" and "5-" occur in broken files: the extra minus is dropped, as pdf.js does
    }
    return sign * (scale ? value / scale : value);
  }

  private name(): Name {
    const b = this.bytes;
    this.pos++;
    let end = this.pos;
    while (end < b.length && !WHITE[b[end]] && !DELIM[b[end]] && b[end] !== 35) end++;
    if (end >= b.length || b[end] !== 35) {
      const name = end - this.pos <= SHORT_NAME ? shortName(b, this.pos, end) : new Name(this.text.toString('latin1', this.pos, end));
      this.pos = end;
      return name;
    }
    let out = '';
    while (this.pos < b.length && !WHITE[b[this.pos]] && !DELIM[b[this.pos]]) {
      const c = b[this.pos++];
      // `#` and two hex digits is one byte; a `#` before anything else stays a `#`, as pdf.js reads it.
      const high = c === 35 /* # */ && this.pos + 1 < b.length ? hexValue(b[this.pos]) : -1;
      const low = high >= 0 ? hexValue(b[this.pos + 1]) : -1;
      if (low >= 0) {
        out += String.fromCharCode(high * 16 + low);
        this.pos += 2;
      } else out += String.fromCharCode(c);
    }
    return new Name(out);
  }

  private literal(): Str {
    const b = this.bytes;
    this.pos++;
    // Most strings have neither escapes nor nested parentheses: one slice.
    let end = this.pos;
    while (end < b.length && b[end] !== 41 && b[end] !== 92 && b[end] !== 40) end++;
    if (b[end] === 41) {
      const str = new Str(this.text.toString('latin1', this.pos, end));
      this.pos = end + 1;
      return str;
    }
    let depth = 1;
    const out: number[] = [];
    while (this.pos < b.length) {
      let c = b[this.pos++];
      if (c === 40) depth++;
      else if (c === 41 && --depth === 0) break;
      else if (c === 92 /* \ */) {
        c = b[this.pos++];
        if (c in ESCAPES) out.push(ESCAPES[c]);
        else if (c >= 48 && c <= 55) {
          let v = c - 48;
          for (let i = 0; i < 2 && b[this.pos] >= 48 && b[this.pos] <= 55; i++) v = v * 8 + b[this.pos++] - 48;
          out.push(v & 0xff);
        } else if (c === 13) {
          if (b[this.pos] === 10) this.pos++;
        } else if (c !== 10) out.push(c);
        continue;
      }
      out.push(c);
    }
    return new Str(fromCodes(out));
  }

  /**
   * `<…>`: the bytes decoded into one scratch buffer, then made a string at once (CID fonts' text is
   * all hex strings: an array of numbers per string had been a large share of what a Chinese page's
   * reading allocated).
   */
  private hex(): Str {
    const b = this.bytes;
    this.pos++;
    let end = this.pos;
    while (end < b.length && b[end] !== 62) end++;
    // At most one byte per two characters, and one more for an odd last digit.
    const room = ((end - this.pos) >> 1) + 1;
    if (room > hexScratch.length) hexScratch = Buffer.allocUnsafe(Math.max(room, 2 * hexScratch.length));
    const out = hexScratch;
    let n = 0;
    let high = -1;
    for (let p = this.pos; p < end; p++) {
      const v = hexValue(b[p]);
      if (v < 0) continue;
      if (high < 0) high = v;
      else {
        out[n++] = high * 16 + v;
        high = -1;
      }
    }
    if (high >= 0) out[n++] = high * 16;
    this.pos = end + 1;
    return new Str(n <= 8 ? shortLatin1(out, n) : out.toString('latin1', 0, n));
  }

  /**
   * A whole object: arrays and dictionaries built, `n g R` made a Ref. `stream` bodies are not read
   * here (the file reader knows where they end).
   */
  object(): PdfObject | Keyword | undefined {
    const t = this.token();
    if (t instanceof Keyword) {
      if (t.word === '[') {
        const arr: PdfObject[] = [];
        for (;;) {
          const v = this.object();
          if (v === undefined || (v instanceof Keyword && v.word === ']')) return arr;
          if (!(v instanceof Keyword)) arr.push(v);
        }
      }
      if (t.word === '<<') {
        const dict: Dict = new Map();
        for (;;) {
          const k = this.object();
          if (k === undefined || (k instanceof Keyword && k.word === '>>')) return dict;
          if (k instanceof Name) {
            const v = this.object();
            if (v instanceof Keyword && v.word === '>>') return dict;
            if (!(v instanceof Keyword) && v !== undefined) dict.set(k.name, v);
          }
        }
      }
      return t;
    }
    if (this.references && typeof t === 'number' && Number.isInteger(t) && t >= 0) {
      // `n g R`: look ahead two tokens, put them back when it is not a reference. Peeked at byte level
      // (what token() would read: a number, then the word `R`), since content streams are mostly numbers
      // followed by operands and operators that were otherwise read twice.
      const save = this.pos;
      this.skipSpace();
      const b = this.bytes;
      const c = b[this.pos];
      if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
        const g = this.number();
        if (Number.isInteger(g)) {
          this.skipSpace();
          const after = this.pos + 1;
          if (b[this.pos] === 82 /* R */ && (after >= b.length || WHITE[b[after]] || DELIM[b[after]])) {
            this.pos = after;
            return new Ref(t, g);
          }
        }
      }
      this.pos = save;
    }
    return t;
  }
}

/** A hex digit's value, or -1 for any other byte. */
export function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** `num gen obj` at `offset`: the object's number and generation, and a Lexer right after `obj`; undefined if not there. */
export function objectStart(bytes: Uint8Array, offset: number): { num: number; gen: number; lexer: Lexer } | undefined {
  const lexer = new Lexer(bytes, offset);
  const num = lexer.token();
  const gen = lexer.token();
  const obj = lexer.token();
  if (typeof num !== 'number' || typeof gen !== 'number' || !(obj instanceof Keyword) || obj.word !== 'obj') return undefined;
  return { num, gen, lexer };
}

export function latin1(b: Uint8Array, start: number, end: number): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1', Math.max(0, start), Math.min(end, b.byteLength));
}

/** Where hex strings are decoded (grown when one is longer). */
let hexScratch = Buffer.allocUnsafe(256);

/** The first `n` bytes as one char each, without a call into Buffer's decoder (a few bytes: a CID or two). */
function shortLatin1(b: Uint8Array, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += String.fromCharCode(b[i]);
  return out;
}

/** Byte values → one char each (Latin-1). Short strings (glyph codes of a text run) without a Buffer. */
function fromCodes(codes: number[]): string {
  return codes.length <= 1024 ? String.fromCharCode.apply(null, codes) : Buffer.from(codes).toString('latin1');
}

/**
 * Names of up to SHORT_NAME bytes, one Name per spelling as long as it stays in its slot: a file's
 * dictionaries and a page's content repeat a few dozen names (/Type, /Font, /F1, /Span, /MCID...)
 * thousands of times, and each had been a new string made by Buffer's latin1 decoder (a call into C++,
 * ~60-150 ns) and a new Name. A slot is found by a hash of the bytes and checked byte by byte, so a
 * name read from it is always the one written; a different name in the same slot replaces it.
 */
const SHORT_NAME = 16;
const NAME_SLOTS = 2048;
const nameSlots: Name[] = new Array<Name>(NAME_SLOTS).fill(new Name('\uffff'));
function shortName(b: Uint8Array, start: number, end: number): Name {
  const length = end - start;
  let h = length;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + b[i]) | 0;
  const slot = h & (NAME_SLOTS - 1);
  const cached = nameSlots[slot];
  const text = cached.name;
  if (text.length === length) {
    let i = 0;
    while (i < length && text.charCodeAt(i) === b[start + i]) i++;
    if (i === length) return cached;
  }
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(b[i]);
  return (nameSlots[slot] = new Name(out));
}

/**
 * Keywords of one to three bytes by their bytes (never 0: a NUL is whitespace, so lengths cannot
 * collide): in a table of KEYWORD_SLOTS slots by a hash of the code, each slot checked against the code
 * it holds (a Map's lookup ran for every operator); a word whose slot is taken is looked up by its text.
 */
const KEYWORD_SLOTS = 1024;
const keywordCodes = new Int32Array(KEYWORD_SLOTS);
const keywordSlots: (Keyword | undefined)[] = new Array<Keyword | undefined>(KEYWORD_SLOTS).fill(undefined);
function shortKeyword(b: Uint8Array, start: number, end: number, text: Buffer): Keyword {
  let code = 0;
  for (let i = start; i < end; i++) code = code * 256 + b[i];
  const slot = Math.imul(code, 0x27d4eb2f) >>> 22; // the top 10 bits: no two of the standard operators share a slot
  if (keywordCodes[slot] === code) return keywordSlots[slot]!;
  const k = keyword(text.toString('latin1', start, end));
  if (keywordCodes[slot] === 0) {
    keywordCodes[slot] = code;
    keywordSlots[slot] = k;
  }
  return k;
}

export const isDict = (o: unknown): o is Dict => o instanceof Map;
export const isStream = (o: unknown): o is Stream => typeof o === 'object' && o !== null && 'raw' in o && 'dict' in o;
export const nameOf = (o: unknown): string | undefined => (o instanceof Name ? o.name : undefined);
export const numberOr = (o: unknown, fallback: number): number => (typeof o === 'number' ? o : fallback);
