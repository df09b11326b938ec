/**
 * A case-blind pattern (`i`) written as the same pattern without `i`, each cased letter spelt as a class
 * of its cases ("total" → "[tT][oO][tT][aA][lL]"). Both match the same strings; V8 compiles the second
 * in about half the time, because under `i` it asks ICU for every letter's case closure in each of its
 * compiling passes (bench/extract/README.md, "Case-blind patterns spelt out"), and a process compiles
 * the parsers' label patterns once per thread, before its first document is read.
 *
 * A letter's cases are its upper and lower case for the Latin letters U+0041–U+024F, but for the few
 * that case-blind matching relates to more or fewer letters (CASE_GROUPS; a Unicode pattern relates
 * k to the Kelvin sign, s to the long s, å to the Ångström sign). For any other cased character, a
 * property (`\p{…}`: case-blind `\p{L}` also matches a few combining marks), a back-reference, a
 * cased character given by its code (`\u…`, `\x…`, `\c…`), or `\w` / `\b` in a Unicode pattern (case-blind,
 * they take in the Kelvin sign and the long s), the pattern is returned as it is.
 */
const CASE_GROUPS = ['µΜμ', 'ı', 'ſ', 'Ǆǅǆ', 'Ǉǈǉ', 'Ǌǋǌ', 'Ǳǲǳ'];
const CASE_GROUPS_UNICODE = ['µΜμ', 'ı', 'sSſ', 'kK\u212a', 'åÅ\u212b', 'ßẞ', 'Ǆǅǆ', 'Ǉǈǉ', 'Ǌǋǌ', 'Ǳǲǳ'];
const CASED = /\p{Changes_When_Casemapped}/u;
/** An ASCII character's cases: "aA" for a, "Aa" for A, the character itself for the others. */
const ASCII_CASES = Array.from({ length: 0x80 }, (_, code) => {
  const c = String.fromCharCode(code);
  return /[a-zA-Z]/.test(c) ? c + (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) : c;
});

/** The characters `c` matches case-blind, or null when that is not known here. */
function casesOf(c: string, unicode: boolean): string | null {
  const code = c.codePointAt(0)!;
  if (code < 0x80 && !(unicode && (code | 0x20) === 0x6b) && !(unicode && (code | 0x20) === 0x73)) return ASCII_CASES[code]!;
  if (!CASED.test(c)) return c;
  const group = (unicode ? CASE_GROUPS_UNICODE : CASE_GROUPS).find((g) => g.includes(c));
  if (group !== undefined) return group;
  if (code > 0x24f) return null;
  let cases = c;
  for (const other of [c.toLowerCase(), c.toUpperCase()]) if (other.length === 1 && !cases.includes(other)) cases += other;
  return cases;
}

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

/**
 * What the spelling-out looks at, in order: an escape (a character given by its code, or any other), the
 * name of a named group (not matched text), a class's brackets, a range (inside a class), a run of ASCII
 * letters, any character outside ASCII. The rest (digits, spaces, punctuation, quantifiers) is kept as it is.
 */
const PART = /\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)|\(\?<[\p{L}$_][^>]*>|[[\]]|([^\\\]])-([^\\\]])|(?:[a-zA-Z](?!-))+|[^\x00-\x7f]/gsu;

export function withCaseClasses(re: RegExp): RegExp {
  if (!re.ignoreCase) return re;
  const unicode = re.unicode;
  let inClass = false;
  let known = true;
  const letters = (run: string) => {
    let out = '';
    for (const c of run) {
      const cases = casesOf(c, unicode);
      if (cases === null) known = false;
      out += cases === null || cases.length === 1 || inClass ? cases ?? c : `[${cases}]`;
    }
    return out;
  };
  const source = re.source.replace(PART, (part: string, from?: string, to?: string) => {
    if (part[0] === '\\') {
      // A character given by its code is kept when it has no case; `\d`, `\s`, `\.` and the like have none.
      if (part.length > 2) known &&= !CASED.test(String.fromCharCode(parseInt(part.slice(2), 16)));
      else known &&= !/[pPkuxc1-9]/.test(part[1]!) && !(unicode && /[wWbB]/.test(part[1]!));
      return part;
    }
    if (part.startsWith('(?<')) return part;
    if (part === '[' || part === ']') {
      inClass = part === '[';
      return part;
    }
    if (from === undefined || to === undefined) return letters(part);
    if (!inClass) return `${letters(from)}-${letters(to)}`;
    const key = `${re.flags}${part}`;
    if (!rangesSeen.has(key)) rangesSeen.set(key, rangeCases(from, to, unicode));
    const range = rangesSeen.get(key)!;
    if (range === null) known = false;
    return range ?? part;
  });
  return known ? new RegExp(source, re.flags.replace('i', '')) : re;
}
