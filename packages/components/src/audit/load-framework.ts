import type { Framework, Issue, Result } from '@s11kit/schema';
import { frameworkIds, isFrameworkId, loadFramework, loadFrameworkOutline, type FrameworkOutline } from '@s11kit/frameworks';
import type { CoreStrings } from '../strings/core-strings.js';

export type LoadFailure = { readonly error: string; readonly issues: readonly Issue[]; readonly source: string };
export type LoadResult = { readonly framework: Framework } | LoadFailure;

/** Checks a framework: `parseFramework`, which arrives with the pages loaded after the task list. */
export type ParseFramework = (data: unknown) => Result<Framework>;

/**
 * The outline of a built-in framework (a small chunk: enough for the task list), so that the task
 * list can be painted before the whole framework arrives. Every failure is a sentence.
 */
export async function loadOutline(id: string, text: CoreStrings): Promise<{ readonly outline: FrameworkOutline } | LoadFailure> {
  if (!isFrameworkId(id)) return { error: text.loadErrorUnknownId(id, frameworkIds.join(', ')), issues: [], source: id };
  try {
    return { outline: await loadFrameworkOutline(id) };
  } catch {
    return { error: text.loadErrorNetwork(id), issues: [], source: id };
  }
}

/**
 * Get a framework from a built-in id (a lazy chunk: unused frameworks cost no bytes) or from a
 * URL, and check it. Every failure becomes a sentence that says what failed and where.
 */
export async function loadFrameworkFrom(
  { id, src }: { id: string; src: string },
  text: CoreStrings,
  parse: () => Promise<ParseFramework>,
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
  let check: ParseFramework;
  try {
    check = await parse();
  } catch {
    return { error: text.loadErrorNetwork(source), issues: [], source };
  }
  return checkFramework(data, text, check, source);
}

/** Check a framework given as data (a property, a fetched file, a built-in chunk). */
export function checkFramework(data: unknown, text: CoreStrings, parse: ParseFramework, source = 'the framework property'): LoadResult {
  const parsed = parse(data);
  if (!parsed.ok) return { error: text.loadErrorInvalid(source, parsed.issues.length), issues: parsed.issues, source };
  return { framework: parsed.value };
}
