/**
 * A ToUnicode CMap's bfchar and bfrange entries: code → text (ISO 32000-1 §9.10.3). CMaps are small
 * PostScript programs of a fixed shape, so they are scanned byte by byte for their hex strings instead
 * of being run: `<src> <dst>` pairs between beginbfchar and endbfchar, `<first> <last> <dst>` or
 * `<first> <last> [<dst>…]` between beginbfrange and endbfrange. A hex string holds hex digits and
 * white space only; anything else between entries is skipped up to the next `<`. (This replaced
 * regular expressions over the CMap's text, which were ~8% of reading a generated invoice: the
 * stream decoded to a string, a match object and substrings per entry.)
 */
import { hexValue, LeanUnsupported } from './syntax.js';

const LT = 0x3c;
const GT = 0x3e;
const OPEN = 0x5b;
const CLOSE = 0x5d;

const BFCHAR = [Buffer.from('beginbfchar'), Buffer.from('endbfchar')] as const;
const BFRANGE = [Buffer.from('beginbfrange'), Buffer.from('endbfrange')] as const;
const USECMAP = Buffer.from('usecmap');

export function parseToUnicode(data: Uint8Array): Map<number, string> {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (hasWord(buf, USECMAP)) throw new LeanUnsupported('ToUnicode with usecmap');
  const map = new Map<number, string>();
  for (const [start, end] of sections(buf, BFCHAR)) readBfChars(buf, start, end, map);
  for (const [start, end] of sections(buf, BFRANGE)) readBfRanges(buf, start, end, map);
  return map;
}

/** `<src> <dst>` pairs. */
function readBfChars(buf: Buffer, start: number, end: number, map: Map<number, string>): void {
  for (let at = nextLt(buf, start, end); at >= 0; ) {
    const src = hexEnd(buf, at, end);
    const dstAt = src < 0 ? -1 : afterSpace(buf, src, end);
    const dst = dstAt >= 0 && buf[dstAt] === LT ? hexEnd(buf, dstAt, end) : -1;
    if (dst < 0) {
      at = nextLt(buf, at + 1, end);
      continue;
    }
    map.set(hexNumber(buf, at, src), utf16(hexBytes(buf, dstAt, dst)));
    at = nextLt(buf, dst, end);
  }
}

/** `<first> <last> <dst>` (the destination's last byte counts up through the range) or `<first> <last> [<dst>…]`. */
function readBfRanges(buf: Buffer, start: number, end: number, map: Map<number, string>): void {
  for (let at = nextLt(buf, start, end); at >= 0; ) {
    const firstEnd = hexEnd(buf, at, end);
    const lastAt = firstEnd < 0 ? -1 : afterSpace(buf, firstEnd, end);
    const lastEnd = lastAt >= 0 && buf[lastAt] === LT ? hexEnd(buf, lastAt, end) : -1;
    const dstAt = lastEnd < 0 ? -1 : afterSpace(buf, lastEnd, end);
    const dstEnd = dstAt < 0 ? -1 : buf[dstAt] === LT ? hexEnd(buf, dstAt, end) : buf[dstAt] === OPEN ? arrayEnd(buf, dstAt, end) : -1;
    if (dstEnd < 0) {
      at = nextLt(buf, at + 1, end);
      continue;
    }
    const first = hexNumber(buf, at, firstEnd);
    const last = hexNumber(buf, lastAt, lastEnd);
    if (!(last >= first) || last - first > 65535) throw new LeanUnsupported('bad bfrange');
    if (buf[dstAt] === OPEN) {
      // Each well-formed hex string of the array, in order.
      let code = first;
      for (let d = nextLt(buf, dstAt, dstEnd); d >= 0; ) {
        const e = hexEnd(buf, d, dstEnd);
        if (e < 0) {
          d = nextLt(buf, d + 1, dstEnd);
          continue;
        }
        map.set(code++, utf16(hexBytes(buf, d, e)));
        d = nextLt(buf, e, dstEnd);
      }
    } else {
      // The destination's last byte counts up; past 0xff it carries into the byte before, as pdf.js
      // does (a CJK font's range of 247 codes from <5ba4> runs on to <5c9a>, not into bytes over 0xff).
      let dst = hexBytes(buf, dstAt, dstEnd);
      const lastByte = dst.length - 1;
      for (let c = first; c <= last; c++) {
        map.set(c, utf16(dst));
        const next = dst.charCodeAt(lastByte) + 1;
        dst = next > 0xff ? dst.substring(0, lastByte - 1) + String.fromCharCode(dst.charCodeAt(lastByte - 1) + 1) + '\x00' : dst.substring(0, lastByte) + String.fromCharCode(next);
      }
    }
    at = nextLt(buf, dstEnd, end);
  }
}

/** [start, end) of the text between each begin keyword and the first end keyword after it. */
function* sections(buf: Buffer, [begin, finish]: readonly [Buffer, Buffer]): Generator<[number, number]> {
  for (let at = buf.indexOf(begin); at >= 0; ) {
    const start = at + begin.length;
    const end = buf.indexOf(finish, start);
    if (end < 0) return;
    yield [start, end];
    at = buf.indexOf(begin, end + finish.length);
  }
}

/** Whether `word` occurs with no letter, digit or underscore on either side. */
function hasWord(buf: Buffer, word: Buffer): boolean {
  for (let at = buf.indexOf(word); at >= 0; at = buf.indexOf(word, at + 1)) {
    if (!isWordByte(buf[at - 1]) && !isWordByte(buf[at + word.length])) return true;
  }
  return false;
}

function isWordByte(c: number | undefined): boolean {
  return c !== undefined && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95);
}

function nextLt(buf: Buffer, from: number, end: number): number {
  const at = buf.indexOf(LT, from);
  return at >= 0 && at < end ? at : -1;
}

/** White space as the regular expressions read it: latin1's no-break space included. */
function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 11 || c === 160;
}

function afterSpace(buf: Buffer, at: number, end: number): number {
  while (at < end && isSpace(buf[at])) at++;
  return at < end ? at : -1;
}

/** The position after the `>` closing the hex string that opens at `at`, or -1 when it is not one. */
function hexEnd(buf: Buffer, at: number, end: number): number {
  for (let i = at + 1; i < end; i++) {
    const c = buf[i];
    if (c === GT) return i + 1;
    if (hexValue(c) < 0 && !isSpace(c)) return -1;
  }
  return -1;
}

/** The position after the `]` closing the array that opens at `at`, or -1 when there is none. */
function arrayEnd(buf: Buffer, at: number, end: number): number {
  const close = buf.indexOf(CLOSE, at + 1);
  return close >= 0 && close < end ? close + 1 : -1;
}

/** A hex string's digits as one number (NaN when it has none). */
function hexNumber(buf: Buffer, at: number, end: number): number {
  let value = NaN;
  for (let i = at + 1; i < end - 1; i++) {
    const v = hexValue(buf[i]);
    if (v >= 0) value = (Number.isNaN(value) ? 0 : value * 16) + v;
  }
  return value;
}

/** A hex string's bytes, one char each (an odd last digit taken as its high half). */
function hexBytes(buf: Buffer, at: number, end: number): string {
  let out = '';
  let high = -1;
  for (let i = at + 1; i < end - 1; i++) {
    const v = hexValue(buf[i]);
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      out += String.fromCharCode(high * 16 + v);
      high = -1;
    }
  }
  return high < 0 ? out : out + String.fromCharCode(high * 16);
}

/**
 * UTF-16BE bytes → text, decoded as pdf.js decodes a ToUnicode destination: an odd length gets a
 * leading zero byte, and a surrogate always takes the next unit as its pair (a missing one counts as
 * 0), so a map that gives half a pair (emoji fonts' broken CMaps) still reads as pdf.js reads it.
 */
function utf16(bytes: string): string {
  if (bytes.length % 2) bytes = '\0' + bytes;
  let s = '';
  for (let i = 0; i < bytes.length; i += 2) {
    const w1 = (bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1);
    if ((w1 & 0xf800) !== 0xd800) {
      s += String.fromCharCode(w1);
      continue;
    }
    i += 2;
    const w2 = i < bytes.length ? (bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1) : 0;
    s += String.fromCodePoint(((w1 & 0x3ff) << 10) + (w2 & 0x3ff) + 0x10000);
  }
  return s;
}
