const merged = new WeakMap<object, WeakMap<object, object>>();

/**
 * A table of defaults with a page's overrides on top. Cached per overrides object and table, so
 * an element re-rendering does not copy the table each time.
 */
export function mergeStrings<T extends object>(defaults: T, overrides: object | undefined): T {
  if (!overrides) return defaults;
  let byDefaults = merged.get(overrides);
  if (!byDefaults) merged.set(overrides, (byDefaults = new WeakMap()));
  let table = byDefaults.get(defaults) as T | undefined;
  if (!table) {
    table = { ...defaults, ...overrides };
    byDefaults.set(defaults, table);
  }
  return table;
}
