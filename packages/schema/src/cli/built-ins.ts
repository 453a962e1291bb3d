/** What the CLI uses of @s11kit/frameworks. */
export interface BuiltIns {
  readonly frameworkIds: readonly string[];
  loadFramework(id: string): Promise<unknown>;
  readonly mappingIds: readonly string[];
  loadMapping(fromId: string, toId: string): Promise<unknown>;
}

/**
 * Built-in frameworks and mappings live in @s11kit/frameworks, which itself depends on this
 * package; it is loaded at run time (an optional peer) so that the dependency graph stays one-way.
 */
export async function builtIns(): Promise<BuiltIns | undefined> {
  const specifier = '@s11kit/frameworks';
  try {
    return (await import(specifier)) as BuiltIns;
  } catch {
    return undefined;
  }
}

/** A reference that names a file rather than a built-in id. */
export const looksLikeFile = (ref: string): boolean => ref.endsWith('.json') || ref.includes('/') || ref.includes('\\');
