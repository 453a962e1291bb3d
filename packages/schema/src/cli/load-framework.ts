import type { Framework } from '../models/framework.js';
import { parseFramework } from '../framework/parse-framework.js';
import { formatPath } from '../issues/text.js';
import { readJson } from './read-json.js';
import { UsageError } from './usage-error.js';
import { builtIns, looksLikeFile } from './built-ins.js';

/** A framework named by a built-in id or a JSON file path, parsed and checked. */
export async function loadFrameworkRef(ref: string): Promise<Framework> {
  let data: unknown;
  if (looksLikeFile(ref)) {
    data = await readJson(ref);
  } else {
    const frameworks = await builtIns();
    if (!frameworks)
      throw new UsageError(
        `framework "${ref}" is a built-in id, but @s11kit/frameworks is not installed: npm install @s11kit/frameworks, or pass a framework file`,
      );
    if (!frameworks.frameworkIds.includes(ref))
      throw new UsageError(`unknown framework "${ref}": use one of ${frameworks.frameworkIds.join(', ')}, or a path to a framework .json file`);
    data = await frameworks.loadFramework(ref);
  }
  const parsed = parseFramework(data);
  if (!parsed.ok) {
    const first = parsed.issues[0]!;
    const where = first.path.length ? `${formatPath(first.path)}: ` : '';
    const more = parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more problems)` : '';
    throw new UsageError(`${ref}: not a valid framework: ${where}${first.message}${more}`);
  }
  return parsed.value;
}
