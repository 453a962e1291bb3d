// A module of its own: the rules read the raw input with it, and code bound for a browser's first
// load (the task list's checks) should not bring the wording of structure issues along.

/** The value at a path of the raw input, reading own properties only. */
export function peek(root: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
