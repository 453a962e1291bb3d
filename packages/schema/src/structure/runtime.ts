import type { StructureIssue } from './types.js';

/**
 * What the generated structure checkers (`checkers.generated.ts`) share: the few steps that only
 * run when something is wrong, and the issue bookkeeping. Kept by hand, small, and free of zod,
 * so that browsers and Node run the very same checking code.
 */

type Key = string | number | symbol;

/**
 * An issue while it is gathered keeps zod's `continue`: `true` lets its node's later checks run,
 * absent stops them, `false` stops even the length checks.
 */
export type Gathered = StructureIssue & { readonly continue?: boolean };

/** What a leaf check found wrong, without its path (the caller knows it). */
export type Found = Record<string, unknown>;

/** Add what a leaf check found at `path`; each found object is new, so it is completed in place. */
export function at(issues: Gathered[], path: Key[], found: readonly Found[]): void {
  for (let i = 0; i < found.length; i++) {
    const fields = found[i]!;
    fields.path = i === 0 ? path : path.slice();
    issues.push(fields as unknown as Gathered);
  }
}

/** The issue as zod hands it out: without `continue`. */
export function finish({ continue: _continue, ...issue }: Gathered): StructureIssue {
  return issue;
}

/** Whether an issue from `from` on stops later checks, or with `evenLength`, stops all of them. */
export function stopped(issues: readonly Gathered[], from: number, evenLength?: boolean): boolean {
  for (let i = from; i < issues.length; i++) {
    const go = issues[i]!.continue;
    if (evenLength ? go === false : go !== true) return true;
  }
  return false;
}

export const isObject = (value: unknown): value is Record<Key, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** zod's test of what a record accepts: an object made by `Object` (in any realm) or by nothing. */
export function isPlainObject(value: unknown): value is Record<Key, unknown> {
  if (!isObject(value)) return false;
  const maker = value.constructor;
  return typeof maker !== 'function' || (isObject(maker.prototype) && Object.hasOwn(maker.prototype, 'isPrototypeOf'));
}

export const isEnumerable = (value: object, key: Key): boolean => Object.prototype.propertyIsEnumerable.call(value, key);

/** Own enumerable keys that a strict object does not know, in the order zod lists them; or undefined. */
export function unknownKeys(own: ReadonlySet<string>, known: ReadonlySet<string>): string[] | undefined {
  let unknown: string[] | undefined;
  // An own __proto__ key (JSON.parse makes one) is unrecognized too.
  for (const key of own) if (!known.has(key)) (unknown ??= []).push(key);
  return unknown;
}

const push = (issues: Gathered[], fields: Record<string, unknown>): void => void issues.push(fields as unknown as Gathered);

/** The value is not of the expected kind (`object`, `array`, `record`). */
export const wrong = (issues: Gathered[], path: Key[], expected: string): void => push(issues, { code: 'invalid_type', expected, path });

/** A list over a ceiling (`go: false`: refused before any item is read) or a bound. */
export const tooLong = (issues: Gathered[], path: Key[], maximum: number, go: boolean): void => push(issues, { code: 'too_big', origin: 'array', maximum, continue: go, path });

export const tooShort = (issues: Gathered[], path: Key[], minimum: number): void => push(issues, { code: 'too_small', origin: 'array', minimum, continue: true, path });

export const unrecognized = (issues: Gathered[], path: Key[], keys: string[]): void => push(issues, { code: 'unrecognized_keys', keys, continue: true, path });

/** A record key that its key schema refuses. */
export const invalidKey = (issues: Gathered[], path: Key[]): void => push(issues, { code: 'invalid_key', origin: 'record', path });

const ASTRAL_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Length in code points (a surrogate pair once), as zod counts text. */
export const codePoints = (text: string): number => text.replace(ASTRAL_PAIR, ' ').length;

/**
 * A length bound on a value of the wrong type that still has a length (a list where text belongs,
 * `{ length: 600 }`): zod runs length checks on anything with a length. Its comparisons are kept
 * as written (`!(a >= b)`): a `length` that is not a number compares differently the other way round.
 */
function lengthBound(value: unknown, lower: boolean, limit: number): Found | undefined {
  if (value == null || (value as { length?: unknown }).length === undefined) return undefined;
  const units = (value as { length: unknown }).length;
  const size = typeof value === 'string' && (lower ? value.length < limit * 2 : value.length > limit) ? codePoints(value) : units;
  if (lower ? (size as number) >= limit : (size as number) <= limit) return undefined;
  const origin = Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';
  return lower ? { code: 'too_small', origin, minimum: limit, continue: true } : { code: 'too_big', origin, maximum: limit, continue: true };
}

/** The length bounds `[lower, limit]` of a node, in order, on a value of the wrong type. */
export function lengthBounds(value: unknown, bounds: readonly (readonly [lower: boolean, limit: number])[]): Found[] {
  const found: Found[] = [];
  for (const [lower, limit] of bounds) {
    const issue = lengthBound(value, lower, limit);
    if (issue) found.push(issue);
  }
  return found;
}

/**
 * No option of a union passed. zod passes on the issues of the one option that did not stop early
 * if there is exactly one (a slug with a bad character), and otherwise reports one `invalid_union`
 * holding every option's issues. Options were checked from a path of their own.
 */
export function unionFailed(issues: Gathered[], path: Key[], failures: readonly Gathered[][]): void {
  const unstopped = failures.filter((optionIssues) => !stopped(optionIssues, 0));
  if (unstopped.length === 1) for (const issue of unstopped[0]!) issues.push({ ...issue, path: [...path, ...issue.path] });
  else issues.push({ code: 'invalid_union', errors: failures.map((optionIssues) => optionIssues.map(finish)), path } as unknown as Gathered);
}
