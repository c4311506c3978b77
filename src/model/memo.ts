// Memoisation for pure string functions of the extractors: in a batch the same names and phrases
// recur across documents. The cache is bounded: cleared once it holds `limit` entries.

export function memoize<T>(compute: (key: string) => T, limit = 20_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}
