/**
 * A function of one key whose results are kept, up to a bound: for hot paths that compute the same few
 * values again and again (a page's glyph texts, a file's names and references). Only for pure functions
 * whose results may be shared (immutable).
 */
export function remembered<K, V>(make: (key: K) => V, bound = 65_536): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) {
      value = make(key);
      if (seen.size < bound) seen.set(key, value);
    }
    return value;
  };
}

/**
 * A value made the first time it is asked for, for a module's constants that cost to make and that many
 * processes never use. Regular expressions with `\p{…}` properties: V8 parses a pattern as it is created
 * and builds each property's character set anew (~0.35 M instructions apiece, bench/extract/README.md,
 * "Start-up odds and ends"), so the Western parser's patterns, made as their modules loaded, cost every
 * extract of a Chinese invoice ~5% of its instructions.
 */
export function onFirstUse<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
