/**
 * The order of file names (a folder's files, an archive's entries): Unicode collation for English, as
 * `new Intl.Collator('en')` compares. Building that collator costs ~5 CPU-ms the first time in a process
 * (ICU loads its collation data), a fourteenth of a merge's whole start-up, to sort names that are very
 * often plain ASCII (`inv-00012.pdf`, `Invoice 2024-03.pdf`). For those the same order is computed here:
 * in the root collation, which English uses unchanged, every printable ASCII character has a weight of
 * its own at the first level except that a letter and its capital share one, and the capital comes after
 * at the third; there are no contractions among them and none is ignorable. Any other name brings in the
 * collator. test/core/name-order.test.ts compares both on the Node that runs it.
 */

/** Printable ASCII in the root collation's order: space, punctuation and symbols, digits, letters. */
const ROOT_ORDER = ` _-,;:!?.'"()[]{}@*/\\&#%\`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz`;

/** First-level weight of each printable ASCII code (a capital weighs as its small letter); 0: none here. */
const PRIMARY = new Uint8Array(128);
for (let i = 0; i < ROOT_ORDER.length; i++) {
  const c = ROOT_ORDER.charCodeAt(i);
  PRIMARY[c] = i + 1;
  if (c >= 0x61 && c <= 0x7a) PRIMARY[c - 0x20] = i + 1;
}

let collator: Intl.Collator | undefined;

/** Compares like `new Intl.Collator('en').compare`; the collator is built only for a name outside ASCII. */
export function compareNames(a: string, b: string): number {
  return isPlain(a) && isPlain(b) ? compareAscii(a, b) : (collator ??= new Intl.Collator('en')).compare(a, b);
}

function isPlain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** Two printable ASCII strings: first-level weights, then the first capital against a small letter. */
function compareAscii(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = PRIMARY[a.charCodeAt(i)] - PRIMARY[b.charCodeAt(i)];
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  // Same letters: at the first difference in case, the small letter comes first (a < A).
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return x > y ? -1 : 1;
  }
  return 0;
}
