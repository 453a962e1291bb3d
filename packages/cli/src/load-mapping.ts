import { parseMapping, type FrameworkMapping } from '@s11kit/schema';
import { loadRef } from './load-ref.js';

/** A mapping named by a built-in id ("<from>--<to>") or a JSON file path, with its shape checked. */
export const loadMappingRef = (ref: string): Promise<FrameworkMapping> =>
  loadRef(ref, {
    noun: 'mapping',
    ids: (builtIns) => builtIns.mappingIds,
    load: (builtIns, id) => {
      const [fromId, toId] = id.split('--') as [string, string];
      return builtIns.loadMapping(fromId, toId);
    },
    parse: (data) => parseMapping(data),
  });
