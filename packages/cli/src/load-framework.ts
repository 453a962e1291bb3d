import { parseFramework, type Framework } from '@s11kit/schema';
import { loadRef } from './load-ref.js';

/** A framework named by a built-in id or a JSON file path, parsed and checked. */
export const loadFrameworkRef = (ref: string): Promise<Framework> =>
  loadRef(ref, {
    noun: 'framework',
    ids: (builtIns) => builtIns.frameworkIds,
    load: (builtIns, id) => builtIns.loadFramework(id),
    parse: parseFramework,
  });
