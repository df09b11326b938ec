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
