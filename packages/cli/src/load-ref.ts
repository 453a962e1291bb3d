import { formatPath, type Result } from '@s11kit/schema';
import { readJson } from './read-json.js';
import { UsageError } from './usage-error.js';
import { builtIns, looksLikeFile, type BuiltIns } from './built-ins.js';

/** What the CLI loads by a built-in id or a file path: how to find built-ins of it and check one. */
export interface RefKind<T> {
  readonly noun: string;
  readonly ids: (builtIns: BuiltIns) => readonly string[];
  readonly load: (builtIns: BuiltIns, id: string) => Promise<unknown>;
  readonly parse: (data: unknown) => Result<T>;
}

/**
 * A framework or mapping named by a built-in id or a JSON file path, parsed and checked. Every
 * failure is a UsageError naming the reference and the first problem, so the CLI exits 2 with
 * one line that says what to fix.
 */
export async function loadRef<T>(ref: string, kind: RefKind<T>): Promise<T> {
  const { noun } = kind;
  let data: unknown;
  if (looksLikeFile(ref)) {
    data = await readJson(ref);
  } else {
    const ids = kind.ids(builtIns);
    if (!ids.includes(ref)) throw new UsageError(`unknown ${noun} "${ref}": use one of ${ids.join(', ')}, or a path to a ${noun} .json file`);
    data = await kind.load(builtIns, ref);
  }
  const parsed = kind.parse(data);
  if (!parsed.ok) {
    const first = parsed.issues[0]!;
    const where = first.path.length ? `${formatPath(first.path)}: ` : '';
    const more = parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more problems)` : '';
    throw new UsageError(`${ref}: not a valid ${noun}: ${where}${first.message}${more}`);
  }
  return parsed.value;
}
