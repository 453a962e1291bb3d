import type { Issue } from '../issues/issue.js';
import { peek } from '../issues/from-structure.js';
import { excerpt } from './excerpt.js';

/** A return that was not counted, and why. */
export interface RejectedReturn {
  /** Its position among the values added (0 for the first), so callers can name the file. */
  readonly index: number;
  /** The organisation's name, when the value has a readable one. */
  readonly label?: string;
  /** One plain-English sentence: why it was not counted. */
  readonly reason: string;
  /** The first problems found, as `validateReturn` words them (at most {@link KEPT_ISSUES}). */
  readonly issues: readonly Issue[];
}

/** A rejected return keeps only its first few issues: enough to act on, not a hostile megabyte. */
export const KEPT_ISSUES = 10;

/** The organisation's name in any value that has one, shortened, for naming a return in a list. */
export function readableLabel(value: unknown): string | undefined {
  let name: unknown;
  try {
    name = peek(value, ['organisation', 'name']);
  } catch {
    return undefined;
  }
  if (typeof name !== 'string' || name.trim() === '') return undefined;
  return excerpt(name, 80);
}

/** The first error, in the words `validateReturn` chose, and how many more there are. */
export function reasonFrom(issues: readonly Issue[]): string {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const first = errors[0];
  if (!first) return 'It could not be checked';
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more ${errors.length === 2 ? 'problem' : 'problems'})` : '';
  return `${first.message}${more}`;
}

export function rejection(index: number, value: unknown, reason: string, issues: readonly Issue[]): RejectedReturn {
  const label = readableLabel(value);
  return { index, ...(label === undefined ? {} : { label }), reason, issues: issues.slice(0, KEPT_ISSUES) };
}
