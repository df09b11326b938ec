/**
 * Every match of a global pattern, in order, as `text.matchAll(re)` gives them. `matchAll` first copies
 * the pattern (`new RegExp(re)`), and V8 finds a copy's compiled code in a cache that every full garbage
 * collection ages: a copy made after a few collections is compiled again. For the Western parser's
 * OCR-tolerant label patterns (hundreds to thousands of characters, case-blind) that compiling was
 * most of what a label-and-amount search cost on the document threads (bench/extract/README.md,
 * "Regular expressions compiled again"). `exec` on the pattern itself keeps its compiled code.
 *
 * The pattern's `lastIndex` is set before each search, so the caller may use the same pattern between
 * two matches, and it is left at 0.
 */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern: ${re}`);
  let from = 0;
  try {
    for (;;) {
      re.lastIndex = from;
      const m = re.exec(text);
      if (m === null) return;
      from = re.lastIndex;
      // An empty match: step over one character (one code point for a Unicode pattern), as matchAll does.
      if (m[0] === '') from = re.unicode || re.flags.includes('v') ? from + ((text.codePointAt(from) ?? 0) > 0xffff ? 2 : 1) : from + 1;
      yield m;
    }
  } finally {
    re.lastIndex = 0;
  }
}

/** `text` as a pattern that matches it literally: each character a pattern gives a meaning escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
