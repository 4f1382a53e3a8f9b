/**
 * `compute` remembered for the keys asked for lately: each key's value is computed once while it is remembered, and
 * at most `limit` values are kept (all are forgotten when the limit is reached). The content check flattens and
 * splits the bodies that quotes point into; a document's quotes point into itself and its partnership's agreement,
 * checked one after the other, so a few recent bodies are enough. Keeping every flattened body instead held about a
 * gigabyte more at 10 000 partnerships and cost seconds of garbage collection (BENCHMARKS.md).
 */
export function recentMemo<K, V>(compute: (key: K) => V, limit = 64): (key: K) => V {
  const remembered = new Map<K, V>();
  return (key) => {
    if (remembered.has(key)) return remembered.get(key) as V;
    if (remembered.size >= limit) remembered.clear();
    const value = compute(key);
    remembered.set(key, value);
    return value;
  };
}
