/**
 * A cache of values made once per owner and key, the owner held weakly: a chart per claim of a Site, a layout per
 * width of a series. When the dev server checks the content again, the old Site and all it cached can go.
 */
export function weakMemo<Owner extends WeakKey, Key, Value>(): (owner: Owner, key: Key, make: () => Value) => Value {
  const caches = new WeakMap<Owner, Map<Key, Value>>();
  return (owner, key, make) => {
    let cache = caches.get(owner);
    if (!cache) {
      cache = new Map();
      caches.set(owner, cache);
    }
    if (cache.has(key)) return cache.get(key) as Value;
    const value = make();
    cache.set(key, value);
    return value;
  };
}
