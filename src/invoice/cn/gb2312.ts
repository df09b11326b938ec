/**
 * GB2312, the character set every Chinese invoice printer's fonts cover: its 6,763 hanzi and its
 * symbols. A Han character outside it is rare in invoice text (a few personal and place names), and
 * common in text whose font maps glyphs to the wrong characters, so a run of them is a sign of a
 * broken map. The set comes from the platform's GB18030 decoder (GB2312 is its two-byte A1A1–F7FE
 * block), not from a table of our own.
 */

let gb2312: Uint8Array | undefined;

/**
 * Decodes every GB2312 code once (a few ms), leaving out the unassigned positions (the decoder's
 * private-use characters): a flag per BMP code point, since a lookup by number costs a fraction of a
 * Set's by string.
 */
function characters(): Uint8Array {
  if (gb2312) return gb2312;
  const bytes: number[] = [];
  for (let hi = 0xa1; hi <= 0xf7; hi++) {
    // Rows AA–AF are user-defined in GB2312.
    if (hi >= 0xaa && hi <= 0xaf) continue;
    for (let lo = 0xa1; lo <= 0xfe; lo++) bytes.push(hi, lo);
  }
  const text = new TextDecoder('gb18030').decode(new Uint8Array(bytes));
  gb2312 = new Uint8Array(0x10000);
  for (let i = 0; i < text.length; i++) {
    const cp = text.charCodeAt(i);
    if (!(cp >= 0xe000 && cp <= 0xf8ff) && cp !== 0xfffd) gb2312[cp] = 1;
  }
  return gb2312;
}

/**
 * CJK ideographs by code point (the unified blocks and their extensions, the compatibility block): a
 * comparison instead of a Unicode-property test per character, since this runs over every Chinese PDF.
 */
function isIdeograph(cp: number): boolean {
  return (cp >= 0x3400 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3134f);
}

/** The ideographs of `text` that GB2312 does not have, in order (repeats kept). */
export function hanOutsideGb2312(text: string): string[] {
  const set = characters();
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++; // a surrogate pair: never GB2312
    if (isIdeograph(cp) && !set[cp]) out.push(String.fromCodePoint(cp));
  }
  return out;
}

/** How many ideographs `text` has. */
export function ideographs(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (isIdeograph(cp)) n++;
  }
  return n;
}
