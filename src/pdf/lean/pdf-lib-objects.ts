/**
 * One object of a PDF file read with the lean reader's lexer and built as pdf-lib objects, for merge's
 * lazily read sources (lazy-pdf.ts): the same objects pdf-lib's PDFObjectParser makes (except that a
 * name's lower-case hex escape is decoded, which pdf-lib leaves as written). pdf-lib's parser builds
 * every name one character at a time and decodes it with a regular expression; a generated e-invoice's
 * page names a font under 128 resource names, and parsing such page dictionaries was about a fifth of
 * a 200-invoice merge's CPU profile.
 *
 * Strings keep their bytes as written (escapes and all), numbers are read from their digits as pdf-lib
 * reads them (`Number`), a stream's data is where its direct /Length says, else where pdf-lib's scan for
 * endstream would end it. Anything unusual (a stray keyword, an unbalanced dictionary, a stream that
 * scan would read as nested) is left to pdf-lib's parser: the caller gets undefined.
 */
import { PDFArray, PDFBool, PDFCatalog, PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, PDFPageLeaf, PDFPageTree, PDFRawStream, PDFRef, PDFString, type PDFContext, type PDFObject } from 'pdf-lib';
import { remembered } from '../../core/remembered.js';
import { Keyword, latin1, Lexer, Name, Ref, Str } from './syntax.js';

/** Thrown (one shared value, no stack to capture) when pdf-lib's parser must read the object. */
const NOT_PLAIN = Symbol('not plain');

/** The object at the start of `bytes` (after `N G obj`), or undefined when pdf-lib's parser must read it. */
export function readPdfLibObject(bytes: Uint8Array, context: PDFContext): PDFObject | undefined {
  const lx = new Lexer(bytes);
  try {
    const value = objectAt(lx, context);
    if (!(value instanceof PDFDict)) return value;
    lx.skipSpace();
    if (!startsWith(bytes, lx.pos, STREAM)) return value;
    return streamData(lx, value);
  } catch (err) {
    if (err === NOT_PLAIN) return undefined;
    throw err;
  }
}

const STREAM = Buffer.from('stream', 'latin1');
const ENDSTREAM = Buffer.from('endstream', 'latin1');
/** What may follow `stream` before the data, longest first, as pdf-lib's parser tries them. */
const STREAM_ENDS_OF_LINE = [[0x20, 0x0d, 0x0a], [0x0d, 0x0a], [0x0d], [0x0a], []];

function startsWith(bytes: Uint8Array, at: number, word: Uint8Array | number[]): boolean {
  for (let i = 0; i < word.length; i++) if (bytes[at + i] !== word[i]) return false;
  return true;
}

/**
 * A stream's data, delimited as pdf-lib's parser delimits it: where its direct /Length says when
 * `endstream` follows there, else (an indirect or wrong /Length) up to the first `endstream` and the
 * end-of-line before it, as pdf-lib finds it by scanning. What that scan would read otherwise (a bare
 * `stream` in the data, which it takes for a nested stream; no `endstream`) is NOT_PLAIN.
 */
function streamData(lx: Lexer, dict: PDFDict): PDFRawStream {
  const { bytes } = lx;
  const afterKeyword = lx.pos + STREAM.length;
  const eol = STREAM_ENDS_OF_LINE.find((e) => startsWith(bytes, afterKeyword, e))!;
  const start = afterKeyword + eol.length;
  const length = dict.get(LENGTH);
  if (length instanceof PDFNumber) {
    const end = start + length.asNumber();
    if (end >= start && end <= bytes.length) {
      lx.pos = end;
      lx.skipSpace();
      if (startsWith(bytes, lx.pos, ENDSTREAM)) return PDFRawStream.of(dict, bytes.slice(start, end));
    }
  }
  return PDFRawStream.of(dict, bytes.slice(start, scannedEnd(bytes, start)));
}

const END = Buffer.from('end', 'latin1');
const CR = 0x0d;
const LF = 0x0a;

/**
 * Where pdf-lib's findEndOfStreamFallback ends a stream whose data starts at `start`. It walks the bytes
 * one at a time for `stream` (one level deeper) or `endstream` after \r\n, \r, \n or nothing (one
 * level up); every one of those holds `stream`, so before the first `stream` in the data none can match.
 * When that first one is the tail of an `endstream`, the scan stops at the earliest of its forms
 * there, and that is found here with a native search instead of pdf-lib's byte-by-byte walk (a page's
 * content stream with an indirect /Length took ~0.1 ms a kilobyte that way, cold).
 */
function scannedEnd(bytes: Uint8Array, start: number): number {
  const at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(STREAM, start);
  const endstream = at - END.length;
  if (at < 0 || endstream < start || !startsWith(bytes, endstream, END)) throw NOT_PLAIN;
  if (endstream - 2 >= start && bytes[endstream - 2] === CR && bytes[endstream - 1] === LF) return endstream - 2;
  if (endstream - 1 >= start && (bytes[endstream - 1] === CR || bytes[endstream - 1] === LF)) return endstream - 1;
  return endstream;
}

const TYPE = PDFName.of('Type');
const LENGTH = PDFName.of('Length');
const byType = new Map<PDFObject, (map: Map<PDFName, PDFObject>, context: PDFContext) => PDFDict>([
  [PDFName.of('Catalog'), (m, c) => PDFCatalog.fromMapWithContext(m, c)],
  [PDFName.of('Pages'), (m, c) => PDFPageTree.fromMapWithContext(m, c)],
  [PDFName.of('Page'), (m, c) => PDFPageLeaf.fromMapWithContext(m, c)],
]);

function objectAt(lx: Lexer, context: PDFContext): PDFObject {
  const value = valueOf(lx, context);
  if (value instanceof Keyword) throw NOT_PLAIN;
  return value;
}

/** The next value, or the Keyword that ends an array or a dictionary. */
function valueOf(lx: Lexer, context: PDFContext): PDFObject | Keyword {
  lx.skipSpace();
  const start = lx.pos;
  // Arrays and dictionaries are built here; object() reads everything else (and `n g R`).
  const c = lx.bytes[start];
  const t = c === 0x5b || (c === 0x3c && lx.bytes[start + 1] === 0x3c) ? lx.token() : lx.object();
  if (t === undefined) throw NOT_PLAIN;
  if (t instanceof Keyword) {
    if (t.word === '[') {
      const array = PDFArray.withContext(context);
      for (let v = valueOf(lx, context); !(v instanceof Keyword && v.word === ']'); v = valueOf(lx, context)) {
        if (v instanceof Keyword) throw NOT_PLAIN;
        array.push(v);
      }
      return array;
    }
    if (t.word === '<<') {
      const map = new Map<PDFName, PDFObject>();
      for (;;) {
        const key = valueOf(lx, context);
        if (key instanceof Keyword && key.word === '>>') break;
        if (!(key instanceof PDFName)) throw NOT_PLAIN;
        map.set(key, objectAt(lx, context));
      }
      const make = byType.get(map.get(TYPE)!);
      return make ? make(map, context) : PDFDict.fromMapWithContext(map, context);
    }
    if (t.word === ']' || t.word === '>>') return t;
    throw NOT_PLAIN;
  }
  if (typeof t === 'number') return Number.isInteger(t) ? pdfInteger(t) : PDFNumber.of(Number(latin1(lx.bytes, start, lx.pos)) || t);
  if (t instanceof Name) return pdfName(t.name);
  if (t instanceof Ref) return t.gen === 0 ? pdfRef(t.num) : PDFRef.of(t.num, t.gen);
  if (t instanceof Str) {
    // As written between the delimiters, which is what pdf-lib's string objects hold.
    const raw = latin1(lx.bytes, start + 1, lx.pos - 1);
    return lx.bytes[start] === 0x28 ? PDFString.of(raw) : PDFHexString.of(raw);
  }
  if (t === true || t === false) return t ? PDFBool.True : PDFBool.False;
  if (t === null) return PDFNull;
  throw NOT_PLAIN;
}

/**
 * Integers and `n 0 R` references come from maps too: the same few recur in every file (a generated
 * invoice's page refers to its font 128 times), pdf-lib makes a new PDFNumber, formatting its text,
 * each time, and finds a PDFRef by a string it builds. All three are immutable, so sharing them is safe.
 */
const pdfInteger = remembered((n: number) => PDFNumber.of(n));
const pdfRef = remembered((num: number) => PDFRef.of(num, 0));

/**
 * pdf-lib's name for a decoded name. PDFName.of decodes `#xx` again (with a regular expression, on every
 * call), so a literal '#' goes in as '#23'; names seen before come from the map.
 */
const pdfName = remembered((name: string) => PDFName.of(name.includes('#') ? name.replaceAll('#', '#23') : name));
