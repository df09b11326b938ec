/**
 * Edit distances of short strings (names, words): insertions, deletions and substitutions, as the whole
 * of one string against the whole, the start or any part of the other.
 */

/** Edit distance of two short strings. */
export function editDistance(a: string, b: string): number {
  return lastRow(a, b, false)[b.length]!;
}

/** The fewest edits that make `key` the start of `text`. */
export function prefixEdits(key: string, text: string): number {
  return Math.min(...lastRow(key, text, false));
}

/** The fewest edits that make `key` a part of `text` (0: `text` holds it as it is). */
export function editsToFind(key: string, text: string): number {
  // The part of `text` before the match is free: the first row costs nothing.
  return Math.min(...lastRow(key, text, true));
}

/** The last row of the edit table of `a` against `b`: entry j is the edits of `a` against `b`'s first j characters. */
function lastRow(a: string, b: string, freeStart: boolean): number[] {
  let row = Array.from({ length: b.length + 1 }, (_, j) => (freeStart ? 0 : j));
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row;
}
