import type { FrameworkMapping } from '../models/mapping.js';
import { parseMapping } from '../mapping/parse-mapping.js';
import { formatPath } from '../issues/text.js';
import { readJson } from './read-json.js';
import { UsageError } from './usage-error.js';
import { builtIns, looksLikeFile } from './built-ins.js';

/** A mapping named by a built-in id ("<from>--<to>") or a JSON file path, with its shape checked. */
export async function loadMappingRef(ref: string): Promise<FrameworkMapping> {
  let data: unknown;
  if (looksLikeFile(ref)) {
    data = await readJson(ref);
  } else {
    const mappings = await builtIns();
    if (!mappings)
      throw new UsageError(`mapping "${ref}" is a built-in id, but @s11kit/frameworks is not installed: npm install @s11kit/frameworks, or pass a mapping file`);
    if (!mappings.mappingIds.includes(ref))
      throw new UsageError(`unknown mapping "${ref}": use one of ${mappings.mappingIds.join(', ')}, or a path to a mapping .json file`);
    const [fromId, toId] = ref.split('--') as [string, string];
    data = await mappings.loadMapping(fromId, toId);
  }
  const parsed = parseMapping(data);
  if (!parsed.ok) {
    const first = parsed.issues[0]!;
    const where = first.path.length ? `${formatPath(first.path)}: ` : '';
    const more = parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more problems)` : '';
    throw new UsageError(`${ref}: not a valid mapping: ${where}${first.message}${more}`);
  }
  return parsed.value;
}
