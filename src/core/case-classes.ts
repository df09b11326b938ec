/**
 * A case-blind pattern (`i`) written as the same pattern without `i`, each cased letter spelt as a class
 * of its cases ("total" → "[tT][oO][tT][aA][lL]"). Both match the same strings; V8 compiles the second
 * in about half the time, because under `i` it asks ICU for every letter's case closure in each of its
 * compiling passes (bench/extract/README.md, "Case-blind patterns spelt out"), and a process compiles
 * the parsers' label patterns once per thread, before its first document is read.
 *
 * A letter's cases are its upper and lower case for the Latin letters U+0041–U+024F, the letters of
 * its canonical form for the Greek and Cyrillic ones U+0370–U+052F and the Latin Extended Additional ones
 * U+1E00–U+1EFF (Vietnamese: "ị", "ề"), and the letters those classes hold (a label spelt out twice),
 * without `u`, but for the few that case-blind matching relates to more or fewer letters (CASE_GROUPS;
 * a Unicode pattern relates k to the Kelvin sign, s to the long s, å to the Ångström sign). For any other cased character, a
 * property (`\p{…}`: case-blind `\p{L}` also matches a few combining marks), a back-reference, a
 * cased character given as a control escape or a `\u{…}` code point (one given as `\u00e0` or `\xe0`,
 * alone or as a range's end, is spelt out as the character itself), or `\w` / `\b` in a Unicode pattern
 * (case-blind, they take in the Kelvin sign and the long s), the pattern is returned as it is.
 */
import { onFirstUse } from './remembered.js';

const CASE_GROUPS = ['µΜμ', 'ı', 'ſ', 'Ǆǅǆ', 'Ǉǈǉ', 'Ǌǋǌ', 'Ǳǲǳ'];
const CASE_GROUPS_UNICODE = ['µΜμ', 'ı', 'sSſ', 'kK\u212a', 'åÅ\u212b', 'ßẞ', 'Ǆǅǆ', 'Ǉǈǉ', 'Ǌǋǌ', 'Ǳǲǳ'];
const CASED = onFirstUse(() => /\p{Changes_When_Casemapped}/u);
/** An ASCII character's cases: "aA" for a, "Aa" for A, the character itself for the others. */
const ASCII_CASES = Array.from({ length: 0x80 }, (_, code) => {
  const c = String.fromCharCode(code);
  return /[a-zA-Z]/.test(c) ? c + (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c;
});

/** The characters `c` matches case-blind, or null when that is not known here. */
function casesOf(c: string, unicode: boolean): string | null {
  const code = c.codePointAt(0)!;
  if (code < 0x80 && !(unicode && (code | 0x20) === 0x6b) && !(unicode && (code | 0x20) === 0x73)) return ASCII_CASES[code]!;
  if (!CASED().test(c)) return c;
  const group = (unicode ? CASE_GROUPS_UNICODE : CASE_GROUPS).find((g) => g.includes(c));
  if (group !== undefined) return group;
  if (code > 0x24f) return !unicode && FORM_RANGES.some(([lo, hi]) => lo > 0x24f && code >= lo && code <= hi) ? greekOrCyrillicCases().get(canonical(c)) ?? null : null;
  let cases = c;
  for (const other of [c.toLowerCase(), c.toUpperCase()]) if (other.length === 1 && !cases.includes(other)) cases += other;
  return cases;
}

/**
 * What a case-blind pattern without `u` takes a character for (ECMAScript's Canonicalize): its upper case
 * when that is one character, and not an ASCII one for a character outside ASCII.
 */
function canonical(c: string): string {
  const upper = c.toUpperCase();
  return upper.length === 1 && !(c.charCodeAt(0) >= 0x80 && upper.charCodeAt(0) < 0x80) ? upper : c;
}

/**
 * The Greek and Cyrillic letters' classes by canonical form, for patterns without `u`: "σ" is "σςΣ".
 * Built from every character that can share a form with one of them (Latin-1 and Latin Extended-A/B:
 * µ; the Greek iota subscript; Cyrillic Extended-C's old letter forms, and Extended-B, whose "Ꙋ" is the form
 * of one of them; Latin Extended Additional and Greek Extended), once, when a label with a Greek, Cyrillic or
 * Vietnamese word is first spelt out. The label patterns of Greek, Bulgarian, Serbian, Russian and Vietnamese
 * invoices ("αριθμός", "број", "đơn vị") kept their `i` flag without it.
 */
const FORM_RANGES = [[0x80, 0x24f], [0x345, 0x345], [0x370, 0x52f], [0x1c80, 0x1c8f], [0x1e00, 0x1fff], [0xa640, 0xa69f]] as const;
const greekOrCyrillicCases = onFirstUse(() => {
  const classes = new Map<string, string>();
  for (const [lo, hi] of FORM_RANGES) {
    for (let code = lo; code <= hi; code++) {
      const c = String.fromCharCode(code);
      const form = canonical(c);
      classes.set(form, (classes.get(form) ?? '') + c);
    }
  }
  return classes;
});

/** The range `from`-`to` of a class and the cases of its letters that lie outside it, or null. */
function rangeCases(from: string, to: string, unicode: boolean): string | null {
  const lo = from.codePointAt(0)!;
  const hi = to.codePointAt(0)!;
  let outside = '';
  for (let code = lo; code <= hi; code++) {
    const cases = casesOf(String.fromCodePoint(code), unicode);
    if (cases === null) return null;
    for (const c of cases) if ((c.codePointAt(0)! < lo || c.codePointAt(0)! > hi) && !outside.includes(c)) outside += c;
  }
  return `${from}-${to}${outside}`;
}

/** Ranges as rangeCases writes them, by flags and range: the same few recur in many label patterns. */
const rangesSeen = new Map<string, string | null>();

/** A range's letters and their cases outside it, as rangeCases writes them, remembered by flags and range. */
function casedRange(flags: string, from: string, to: string, unicode: boolean): string | null {
  const key = `${flags}${from}-${to}`;
  if (!rangesSeen.has(key)) rangesSeen.set(key, rangeCases(from, to, unicode));
  return rangesSeen.get(key)!;
}

/** The character an escape at `at` gives by its code (`\uXXXX`, `\xXX`), or null for any other escape. */
function escapedChar(src: string, at: number): string | null {
  const e = src[at + 1];
  const hex = e === 'u' ? /^[0-9a-fA-F]{4}/.exec(src.slice(at + 2, at + 6)) : e === 'x' ? /^[0-9a-fA-F]{2}/.exec(src.slice(at + 2, at + 4)) : null;
  return hex ? String.fromCharCode(parseInt(hex[0], 16)) : null;
}

/** A range's last character at `at`, as written or by its code, and where it ends; null for another escape. */
function rangeEnd(src: string, at: number): { char: string; end: number } | null {
  if (src[at] !== '\\') {
    const char = String.fromCodePoint(src.codePointAt(at)!);
    return { char, end: at + char.length };
  }
  const char = escapedChar(src, at);
  return char === null ? null : { char, end: at + (src[at + 1] === 'u' ? 6 : 4) };
}

/** A character as a `\uXXXX` escape: a range's end given by its code may be one a class cannot hold as it is ("]", "\\"). */
const codeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The characters written as they are in the class whose first character is at `at` (escapes left out). */
function literalsOfClass(src: string, at: number): string {
  let out = '';
  for (let j = at; j < src.length && src[j] !== ']'; j++) {
    if (src[j] !== '\\') out += src[j];
    else j += src[j + 1] === 'u' ? 5 : src[j + 1] === 'x' ? 3 : src[j + 1] === 'c' ? 2 : 1;
  }
  return out;
}

/** An ASCII letter outside a class, spelt out: "[aA]" for a and for A. */
const ASCII_CLASS = ASCII_CASES.map((cases) => (cases.length === 1 ? cases : `[${cases}]`));

/**
 * One pass over the pattern's code units, copying what has no case as it is: the label patterns are
 * rewritten as their modules load, by every process, so this stays a plain loop (a tokenizing `replace`
 * with a callback per letter cost about as much as the compiling it saved).
 */
export function withCaseClasses(re: RegExp): RegExp {
  if (!re.ignoreCase) return re;
  const unicode = re.unicode;
  const src = re.source;
  let out = '';
  let copied = 0;
  let inClass = false;
  // The characters the class being read holds as they are: a letter's cases already there are not written
  // again ("[tT]" of a label spelt out once, spelt again as part of a larger pattern, stays "[tT]").
  let classLiterals = '';
  const notInClass = (cases: string, c: string) => (classLiterals === '' ? cases : c + [...cases].filter((other) => other !== c && !classLiterals.includes(other)).join(''));
  const put = (at: number, skip: number, text: string) => {
    out += src.slice(copied, at) + text;
    copied = at + skip;
  };
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    if (code === 0x5c) {
      // An escape. A character given by its code is kept when it has no case; `\d`, `\s`, `\.` and the
      // like have none.
      const e = src[i + 1]!;
      const after = i + 2 + (e === 'u' ? 4 : e === 'x' ? 2 : 0);
      if (inClass && src[after] === '-' && src[after + 1] !== ']') {
        // A range from an escape, as the CLI's bundle writes one ("[\u0410-\u044f]", "[a-z\u00e0-\u00ff]"):
        // spelt out as the range written with its characters.
        const from = escapedChar(src, i);
        const to = from === null ? null : rangeEnd(src, after + 1);
        if (from === null || to === null || to.char.length > 1) return re;
        const range = casedRange(re.flags, from, to.char, unicode);
        if (range == null) return re;
        put(i, to.end - i, `${codeEscape(from)}-${codeEscape(to.char)}${range.slice(from.length + 1 + to.char.length)}`);
        i = copied - 1;
        continue;
      }
      const hex = e === 'u' ? /^[0-9a-fA-F]{4}/.exec(src.slice(i + 2, i + 6)) : e === 'x' ? /^[0-9a-fA-F]{2}/.exec(src.slice(i + 2, i + 4)) : null;
      if (hex) {
        // A letter by its code, as the CLI's bundle writes every non-ASCII character of its patterns
        // ("[\u00e0a]"): spelt out as the letter itself would be.
        const c = String.fromCharCode(parseInt(hex[0], 16));
        const cases = casesOf(c, unicode);
        if (cases === null) return re;
        if (cases.length > 1) {
          put(i, 2 + hex[0].length, inClass ? cases : `[${cases}]`);
          i = copied - 1;
        } else i += 1 + hex[0].length;
      } else if ('pPkuxc123456789'.includes(e) || (unicode && 'wWbB'.includes(e))) return re;
      else i++;
    } else if (code === 0x5b) {
      if (inClass && src.charCodeAt(i + 1) === 0x2d) return re;
      inClass = true;
      classLiterals = unicode ? '' : literalsOfClass(src, i + 1);
    }
    else if (code === 0x5d) inClass = false;
    else if (code === 0x28 && !inClass && src.startsWith('(?<', i) && src[i + 3] !== '=' && src[i + 3] !== '!') {
      // A named group: its name is not matched text.
      i = src.indexOf('>', i);
    } else if (inClass && src.charCodeAt(i + 1) === 0x2d && i + 2 < src.length && src[i + 2] !== ']') {
      // A range.
      const from = String.fromCodePoint(src.codePointAt(i)!);
      const to = rangeEnd(src, i + from.length + 1);
      if (to === null) return re;
      const range = casedRange(re.flags, from, to.char, unicode);
      if (range == null) return re;
      // An end given by its code stays so ("[a-\u00ff]").
      put(i, to.end - i, src[i + from.length + 1] === '\\' ? `${from}-${codeEscape(to.char)}${range.slice(from.length + 1 + to.char.length)}` : range);
      i = copied - 1;
    } else if (code < 0x80) {
      const cases = ASCII_CASES[code]!;
      if (cases.length > 1 && !(unicode && (code | 0x20) === 0x6b) && !(unicode && (code | 0x20) === 0x73)) put(i, 1, inClass ? notInClass(cases, src[i]!) : ASCII_CLASS[code]!);
      else if (cases.length > 1) put(i, 1, inClass ? casesOf(src[i]!, unicode)! : `[${casesOf(src[i]!, unicode)}]`);
    } else {
      const c = String.fromCodePoint(src.codePointAt(i)!);
      const cases = casesOf(c, unicode);
      if (cases === null) return re;
      if (cases.length > 1) put(i, c.length, inClass ? notInClass(cases, c) : `[${cases}]`);
      i += c.length - 1;
    }
  }
  return new RegExp(out + src.slice(copied), re.flags.replace('i', ''));
}
