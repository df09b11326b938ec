/**
 * A case-blind pattern (`i`) written as the same pattern without `i`, each cased letter spelt as a class
 * of its cases ("total" → "[tT][oO][tT][aA][lL]"). Both match the same strings; V8 compiles the second
 * in about half the time, because under `i` it asks ICU for every letter's case closure in each of its
 * compiling passes (bench/extract/README.md, "Case-blind patterns spelt out"), and a process compiles
 * the parsers' label patterns once per thread, before its first document is read.
 *
 * A letter's cases are its upper and lower case for the Latin letters U+0041–U+024F, the letters of
 * its canonical form for the Greek and Cyrillic ones U+0370–U+052F and the Vietnamese and other Latin
 * letters of Latin Extended Additional U+1E00–U+1EFF without `u`, but for the few
 * that case-blind matching relates to more or fewer letters (CASE_GROUPS; a Unicode pattern relates
 * k to the Kelvin sign, s to the long s, å to the Ångström sign). For any other cased character, a
 * property (`\p{…}`: case-blind `\p{L}` also matches a few combining marks), a back-reference, a
 * cased character given as a control escape or a `\u{…}` code point (one given as `\u00e0` or `\xe0`
 * is spelt out as the character itself), or `\w` / `\b` in a Unicode pattern (case-blind,
 * they take in the Kelvin sign and the long s), the pattern is returned as it is.
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
  if (code > 0x24f) return !unicode && ((code >= 0x370 && code <= 0x52f) || (code >= 0x1e00 && code <= 0x1eff)) ? canonicalClasses().get(canonical(c)) ?? null : null;
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
 * The Greek, Cyrillic and Latin Extended Additional letters' classes by canonical form, for patterns
 * without `u`: "σ" is "σςΣ", "ṡ" is "Ṡṡẛ". Built from every character that can share a form with one of
 * them (Latin-1 and Latin Extended-A/B: µ; the Greek iota subscript; Cyrillic Extended-C's old letter
 * forms; Latin Extended Additional's long s with a dot; Greek Extended), once, when a label with such a
 * word is first spelt out. The label patterns of Greek, Bulgarian, Serbian and Russian invoices
 * ("αριθμός", "број") kept their `i` flag without it, and so did every label alternation holding one
 * Vietnamese word ("tên đơn vị", "tiền thuế"): the buyer's labels, the gross total's.
 */
const canonicalClasses = onFirstUse(() => {
  const classes = new Map<string, string>();
  for (const [lo, hi] of [[0x80, 0x24f], [0x345, 0x345], [0x370, 0x52f], [0x1c80, 0x1c8f], [0x1e00, 0x1fff]] as const) {
    for (let code = lo; code <= hi; code++) {
      const c = String.fromCharCode(code);
      const form = canonical(c);
      classes.set(form, (classes.get(form) ?? '') + c);
    }
  }
  return classes;
});

/** The cases of the letters of a class's range `from`-`to` that lie outside it, or null. */
function rangeCases(from: string, to: string, unicode: boolean): string | null {
  const lo = from.codePointAt(0)!;
  const hi = to.codePointAt(0)!;
  let outside = '';
  for (let code = lo; code <= hi; code++) {
    const cases = casesOf(String.fromCodePoint(code), unicode);
    if (cases === null) return null;
    for (const c of cases) if ((c.codePointAt(0)! < lo || c.codePointAt(0)! > hi) && !outside.includes(c)) outside += c;
  }
  return outside;
}

/** Ranges' cases outside them, by flags and range: the same few recur in many label patterns. */
const rangesSeen = new Map<string, string | null>();

/**
 * The character of a class at `at`, written as itself or by its code (`\u00e0`, `\xe0`, as the CLI's
 * bundle writes every non-ASCII character), and where it ends; null for any other escape.
 */
function classChar(src: string, at: number): { c: string; end: number } | null {
  if (src[at] !== '\\') {
    const c = String.fromCodePoint(src.codePointAt(at)!);
    return { c, end: at + c.length };
  }
  const hex = src[at + 1] === 'u' ? /^[0-9a-fA-F]{4}/.exec(src.slice(at + 2, at + 6)) : src[at + 1] === 'x' ? /^[0-9a-fA-F]{2}/.exec(src.slice(at + 2, at + 4)) : null;
  return hex ? { c: String.fromCharCode(parseInt(hex[0], 16)), end: at + 2 + hex[0].length } : null;
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
  const put = (at: number, skip: number, text: string) => {
    out += src.slice(copied, at) + text;
    copied = at + skip;
  };
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    const from = inClass && code !== 0x5d && code !== 0x5b ? classChar(src, i) : null;
    if (from !== null && src[from.end] === '-' && from.end + 1 < src.length && src[from.end + 1] !== ']') {
      // A range, its ends written as characters or by their codes ("[à-ÿ]", "[\u00e0-\u00ff]"), kept as
      // written, with the cases of its letters that lie outside it. (Not a surrogate's code: with `u`, two
      // of them are one character.)
      const to = classChar(src, from.end + 1);
      if (to === null || /[\ud800-\udfff]/.test(from.c + to.c)) return re;
      const key = `${re.flags}${from.c}-${to.c}`;
      if (!rangesSeen.has(key)) rangesSeen.set(key, rangeCases(from.c, to.c, unicode));
      const outside = rangesSeen.get(key);
      if (outside == null) return re;
      put(i, to.end - i, src.slice(i, to.end) + outside);
      i = copied - 1;
    } else if (code === 0x5c) {
      // An escape. A character given by its code is kept when it has no case; `\d`, `\s`, `\.` and the
      // like have none.
      const e = src[i + 1]!;
      // A range from any other escape ("[\d-z]", "[\.-z]"): its letters are not spelt out here.
      if (inClass && src[i + 2] === '-' && src[i + 3] !== ']') return re;
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
    }
    else if (code === 0x5d) inClass = false;
    else if (code === 0x28 && !inClass && src.startsWith('(?<', i) && src[i + 3] !== '=' && src[i + 3] !== '!') {
      // A named group: its name is not matched text.
      i = src.indexOf('>', i);
    } else if (code < 0x80) {
      const cases = ASCII_CASES[code]!;
      if (cases.length > 1 && !(unicode && (code | 0x20) === 0x6b) && !(unicode && (code | 0x20) === 0x73)) put(i, 1, inClass ? cases : ASCII_CLASS[code]!);
      else if (cases.length > 1) put(i, 1, inClass ? casesOf(src[i]!, unicode)! : `[${casesOf(src[i]!, unicode)}]`);
    } else {
      const c = String.fromCodePoint(src.codePointAt(i)!);
      const cases = casesOf(c, unicode);
      if (cases === null) return re;
      if (cases.length > 1) put(i, c.length, inClass ? cases : `[${cases}]`);
      i += c.length - 1;
    }
  }
  return new RegExp(out + src.slice(copied), re.flags.replace('i', ''));
}
