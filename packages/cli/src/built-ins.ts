import { frameworkIds, loadFramework, loadMapping, mappingIds } from '@s11kit/frameworks';

/** What the CLI uses of @s11kit/frameworks: the built-in frameworks and mappings, by id. */
export interface BuiltIns {
  readonly frameworkIds: readonly string[];
  loadFramework(id: string): Promise<unknown>;
  readonly mappingIds: readonly string[];
  loadMapping(fromId: string, toId: string): Promise<unknown>;
}

export const builtIns: BuiltIns = { frameworkIds, loadFramework, mappingIds, loadMapping };

/** A reference that names a file rather than a built-in id. */
export const looksLikeFile = (ref: string): boolean => ref.endsWith('.json') || ref.includes('/') || ref.includes('\\');
