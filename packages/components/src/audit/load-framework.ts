import { parseFramework, type Framework, type Issue } from '@s11kit/schema';
import { frameworkIds, isFrameworkId, loadFramework } from '@s11kit/frameworks';
import type { AuditStrings } from '../strings/audit-strings.js';

export type LoadResult =
  | { readonly framework: Framework }
  | { readonly error: string; readonly issues: readonly Issue[]; readonly source: string };

/**
 * Get a framework from a built-in id (a lazy chunk: unused frameworks cost no bytes) or from a
 * URL, and check it. Every failure becomes a sentence that says what failed and where.
 */
export async function loadFrameworkFrom(
  { id, src }: { id: string; src: string },
  text: AuditStrings,
  signal?: AbortSignal,
): Promise<LoadResult> {
  const source = src || id;
  if (!source) return { error: text.loadErrorMissing, issues: [], source };
  let data: unknown;
  if (src) {
    let response: globalThis.Response;
    try {
      response = await fetch(src, { signal: signal ?? null, headers: { accept: 'application/json' } });
    } catch {
      return { error: text.loadErrorNetwork(src), issues: [], source };
    }
    if (!response.ok) return { error: text.loadErrorNotFound(src, `${response.status} ${response.statusText}`.trim()), issues: [], source };
    try {
      data = await response.json();
    } catch {
      return { error: text.loadErrorJson(src), issues: [], source };
    }
  } else {
    if (!isFrameworkId(id)) return { error: text.loadErrorUnknownId(id, frameworkIds.join(', ')), issues: [], source };
    try {
      data = await loadFramework(id);
    } catch {
      return { error: text.loadErrorNetwork(id), issues: [], source };
    }
  }
  return checkFramework(data, text, source);
}

/** Check a framework given as data (a property, a fetched file, a built-in chunk). */
export function checkFramework(data: unknown, text: AuditStrings, source = 'the framework property'): LoadResult {
  const parsed = parseFramework(data);
  if (!parsed.ok) return { error: text.loadErrorInvalid(source, parsed.issues.length), issues: parsed.issues, source };
  return { framework: parsed.value };
}
