/**
 * Copies objects from a source PDF into the output as their original bytes, with only the object numbers
 * of their references changed, and with no PDF object model.
 *
 * Fonts, images and form XObjects of a placed page are carried over unchanged; building objects for them
 * (every number of a font's width array becomes an object, and is formatted again on output) and
 * serialising them back is most of what copying them costs. Here each object's bytes are scanned once,
 * token by token, so that strings, comments and stream data are never mistaken for references; each
 * `n g R` is renumbered and the object it names is copied in turn. What the bytes alone do not settle (a
 * damaged object, a stream whose /Length is wrong) is asked of a parser (`ParsedObjects`).
 */
import { latin1 } from './lean/syntax.js';

/** Where the bytes of a source object are: [start, end) of `data`; `end` null means "up to endobj". */
export interface RawLocation {
  data: Uint8Array;
  start: number;
  end: number | null;
}

/**
 * Where copied objects go: a fresh object number of the output, and the object's bytes under it (a
 * string: Latin-1 text). Numbers, not PDFRefs: pdf-lib keeps every PDFRef it makes for the rest of the
 * process, and most copied objects are referred to only from other copied bytes.
 */
export interface RawTarget {
  nextNumber(): number;
  writeRaw(objectNumber: number, parts: (Uint8Array | string)[]): void;
}

/** A source object as a parser reads it, for what its bytes alone do not settle. Either may throw. */
export interface ParsedObjects {
  /** The object written anew (always well-formed), its references renumbered; null when it is missing. */
  objectBytes(objectNumber: number, renumber: (n: number) => number): Uint8Array[];
  /** A stream's data as the parser delimits it. */
  streamData(objectNumber: number): Uint8Array;
}

const enc = new TextEncoder();
// Written around copied stream data; never changed, so one copy serves them all.
const STREAM_START = enc.encode('\nstream\n');
const STREAM_END = enc.encode('\nendstream');

export class RawCopier {
  /** Source object number to output object number. */
  private readonly copied = new Map<number, number>();

  constructor(private readonly locate: (objectNumber: number) => RawLocation | null, private readonly target: RawTarget, private readonly parsed: ParsedObjects) {}

  /** The output number of source object `number`, copied with everything it refers to on first use. */
  copyNumber(number: number): number {
    const known = this.copied.get(number);
    if (known) return known;
    const out = this.target.nextNumber();
    this.copied.set(number, out);
    // Breadth-first through a queue: a long chain of references must not grow the stack.
    const queue: number[] = [number, out];
    for (let next = 0; next < queue.length; next += 2) this.target.writeRaw(queue[next + 1], this.objectBytes(queue[next], queue));
    return out;
  }

  /** The object's bytes, renumbered; objects it refers to that are not copied yet join `queue` (source, output number pairs). */
  private objectBytes(number: number, queue: number[]): (Uint8Array | string)[] {
    const at = this.locate(number);
    // A reference to a missing object means null (PDF 32000-1 7.3.10).
    if (!at) return ['null'];
    const renumber = (n: number) => {
      let to = this.copied.get(n);
      if (to === undefined) {
        to = this.target.nextNumber();
        this.copied.set(n, to);
        queue.push(n, to);
      }
      return to;
    };
    const { parts, stream, streamAt, ended } = rewriteReferences(at, renumber);
    // No `endobj` or `stream` where the object ends: its bytes are damaged (a byte turned into `(`
    // opens a string that swallows the rest), and copied as they are they would damage the output.
    if (!ended) return this.parsed.objectBytes(number, renumber);
    if (stream) {
      const data = this.streamData(at, streamAt);
      if (data) {
        parts.push(STREAM_START, data, STREAM_END);
        return parts;
      }
      // The stream data as the parser delimits it (its /Length, or endstream when /Length is wrong).
      parts.push(STREAM_START, this.parsed.streamData(number), STREAM_END);
    }
    return parts;
  }

  /**
   * A stream's data found from its /Length alone, without parsing the object (most of what
   * copying a font or an image cost): only when `endstream` follows exactly where /Length says. Anything
   * else (a wrong or missing /Length, an odd layout) returns undefined and the parser decides.
   */
  private streamData(at: RawLocation, streamAt: number): Uint8Array | undefined {
    const { data } = at;
    const head = latin1(data, at.start, streamAt);
    const m = /\/Length(?![A-Za-z0-9])\s*(\d+)(?:\s+(\d+)\s+R)?/.exec(head);
    if (!m) return undefined;
    let length = Number(m[1]);
    if (m[2] !== undefined) {
      const lengthAt = this.locate(length);
      const value = lengthAt && /^\s*(\d+)\s*(?:endobj|$)/.exec(latin1(lengthAt.data, lengthAt.start, Math.min(lengthAt.end ?? lengthAt.data.length, lengthAt.start + 32)));
      if (!value) return undefined;
      length = Number(value[1]);
    }
    // `stream` is followed by CRLF or LF (PDF 32000-1 7.3.8.1); a lone CR is tolerated as pdf-lib does.
    let start = streamAt + 'stream'.length;
    if (data[start] === 13 && data[start + 1] === 10) start += 2;
    else if (data[start] === 10 || data[start] === 13) start += 1;
    else return undefined;
    const end = start + length;
    if (end > data.length) return undefined;
    let i = end;
    while (i < data.length && WHITE[data[i]]) i++;
    if (latin1(data, i, i + 9) !== 'endstream') return undefined;
    return data.subarray(start, end);
  }
}

const WHITE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
const DELIMITER = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIMITER[c.charCodeAt(0)] = 1;
const LPAREN = 0x28, RPAREN = 0x29, LT = 0x3c, GT = 0x3e, SLASH = 0x2f, PERCENT = 0x25, BACKSLASH = 0x5c, R = 0x52;
const ENDOBJ = Buffer.from('endobj', 'latin1');
const STREAM = Buffer.from('stream', 'latin1');

function isKeyword(data: Uint8Array, start: number, length: number, keyword: Uint8Array): boolean {
  if (length !== keyword.length) return false;
  for (let k = 0; k < length; k++) if (data[start + k] !== keyword[k]) return false;
  return true;
}

/**
 * The object's bytes with every `n g R` renumbered, up to `endobj` or `stream` (reported). `ended` is
 * false for damaged bytes: no `endobj` (outside object streams), a string, dictionary or array not closed.
 */
function rewriteReferences(at: RawLocation, renumber: (n: number) => number): { parts: (Uint8Array | string)[]; stream: boolean; streamAt: number; ended: boolean } {
  const { data } = at;
  const end = at.end ?? data.length;
  // The object's bytes between references, and each renumbered reference as text.
  const parts: (Uint8Array | string)[] = [];
  let copiedUpTo = at.start;
  // The last two tokens, when they were unsigned integers (start -1: not one): a following `R` makes them
  // a reference. Plain numbers, not objects: a font's width arrays hold thousands of integers.
  let firstStart = -1;
  let firstValue = 0;
  let secondStart = -1;
  let secondValue = 0;
  // Open dictionaries and arrays, and whether a string ran past the end: either means damaged bytes.
  let depth = 0;
  let unterminated = false;
  let i = at.start;
  while (i < end) {
    const c = data[i];
    if (WHITE[c]) {
      i++;
      continue;
    }
    if (c === PERCENT) {
      while (i < end && data[i] !== 10 && data[i] !== 13) i++;
      continue;
    }
    if (c === LPAREN) {
      i = skipLiteralString(data, i, end);
      if (i < 0) {
        unterminated = true;
        i = end;
      }
      firstStart = secondStart = -1;
      continue;
    }
    if (c === LT && data[i + 1] !== LT) {
      while (i < end && data[i] !== GT) i++;
      if (i >= end) unterminated = true;
      i++;
      firstStart = secondStart = -1;
      continue;
    }
    if (DELIMITER[c] && c !== SLASH) {
      const double = c === LT || (c === GT && data[i + 1] === GT);
      if (c === LT || c === 0x5b) depth++;
      else if (double || c === 0x5d) depth--;
      i += double ? 2 : 1;
      firstStart = secondStart = -1;
      continue;
    }
    // A name or a regular token (number, keyword).
    const start = i;
    i++;
    while (i < end && !WHITE[data[i]] && !DELIMITER[data[i]]) i++;
    if (c === SLASH) {
      firstStart = secondStart = -1;
      continue;
    }
    // Tokens are told apart by their bytes: making a string of each one cost more than the scan itself.
    const length = i - start;
    if (length === 1 && c === R && firstStart >= 0 && secondStart >= 0) {
      parts.push(data.subarray(copiedUpTo, firstStart), `${renumber(firstValue)} 0 R`);
      copiedUpTo = i;
      firstStart = secondStart = -1;
      continue;
    }
    const stream = isKeyword(data, start, length, STREAM);
    if (stream || isKeyword(data, start, length, ENDOBJ)) {
      parts.push(data.subarray(copiedUpTo, start));
      return { parts, stream, streamAt: start, ended: depth === 0 };
    }
    let value = 0;
    let digits = true;
    for (let k = start; k < i && digits; k++) {
      const d = data[k] - 0x30;
      if (d < 0 || d > 9) digits = false;
      else value = value * 10 + d;
    }
    if (digits) {
      firstStart = secondStart;
      firstValue = secondValue;
      secondStart = start;
      secondValue = value;
    } else firstStart = secondStart = -1;
  }
  parts.push(data.subarray(copiedUpTo, end));
  // In an object stream an object ends where the next begins, without `endobj`.
  return { parts, stream: false, streamAt: -1, ended: at.end !== null && depth === 0 && !unterminated };
}

/** Skips a literal string (balanced parentheses, backslash escapes); -1 when it does not end before `end`. */
function skipLiteralString(data: Uint8Array, i: number, end: number): number {
  let depth = 0;
  for (; i < end; i++) {
    const c = data[i];
    if (c === BACKSLASH) i++;
    else if (c === LPAREN) depth++;
    else if (c === RPAREN && --depth === 0) return i + 1;
  }
  return -1;
}

const WORDS = new Set(['true', 'false', 'null', 'R', 'obj', 'endobj', 'stream', 'endstream']);

/**
 * Whether the object's bytes (up to `stream` or `endobj`) are plain PDF syntax: every bare word a number,
 * `R`, true, false or null, strings closed and brackets balanced. The lean reader's lexer skips a stray
 * word (`/MediaBox [0 0 1e400 842]` reads as four numbers) where pdf-lib's parser reads it as null; a
 * value read from an object that is not plain is left to pdf-lib.
 */
export function isPlainObject(at: RawLocation): boolean {
  const { data } = at;
  const end = at.end ?? data.length;
  let depth = 0;
  let i = at.start;
  while (i < end) {
    const c = data[i];
    if (WHITE[c]) i++;
    else if (c === PERCENT) while (i < end && data[i] !== 10 && data[i] !== 13) i++;
    else if (c === LPAREN) {
      i = skipLiteralString(data, i, end);
      if (i < 0) return false;
    } else if (c === LT && data[i + 1] !== LT) {
      while (i < end && data[i] !== GT) i++;
      if (i >= end) return false;
      i++;
    } else if (DELIMITER[c] && c !== SLASH) {
      const double = c === LT || (c === GT && data[i + 1] === GT);
      if (c === LT || c === 0x5b) depth++;
      else if (double || c === 0x5d) depth--;
      else return false; // `)`, `>`, `{` or `}` on their own
      if (depth < 0) return false;
      i += double ? 2 : 1;
    } else {
      const start = i;
      i++;
      while (i < end && !WHITE[data[i]] && !DELIMITER[data[i]]) i++;
      if (c === SLASH) continue;
      // Numbers and the R of references are most of the words: told by their bytes, without a string.
      if (isNumber(data, start, i) || (i - start === 1 && c === R)) continue;
      const word = latin1(data, start, i);
      if (word === 'stream' || word === 'endobj') return depth === 0;
      if (!WORDS.has(word)) return false;
    }
  }
  // In an object stream an object ends where the next begins, without `endobj`.
  return at.end !== null && depth === 0;
}

/** `[+-]?(\d+\.?\d*|\.\d+)`: a number as pdf-lib's parser reads one, told by its bytes. */
function isNumber(data: Uint8Array, start: number, end: number): boolean {
  let i = data[start] === 0x2b || data[start] === 0x2d ? start + 1 : start;
  let digits = 0;
  let dots = 0;
  for (; i < end; i++) {
    const c = data[i];
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (c === 0x2e && dots++ === 0) continue;
    else return false;
  }
  return digits > 0;
}
