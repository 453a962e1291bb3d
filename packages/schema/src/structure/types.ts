import type { $ZodIssue } from 'zod/v4/core';

/**
 * What the generated structure checkers (`checkers.generated.ts`) hand back. On success `data` is
 * the checked value itself, not a copy: the check reads it in place.
 */
export type StructureResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly issues: readonly StructureIssue[] };

/**
 * A zod issue as our wording reads it: without zod's English `message` (`fromStructureIssue`
 * words every issue itself, so no zod message is needed at run time) and without a record key's
 * nested `issues`, which nothing reads. A union's `errors` hold issues of the same kind.
 */
export type StructureIssue = Unworded<$ZodIssue>;

type Unworded<T> = T extends unknown ? Omit<T, 'message' | 'errors' | 'issues'> & (T extends { readonly errors: unknown } ? UnionErrors : unknown) : never;

// An interface, not a type literal, so that the type can refer to itself.
interface UnionErrors {
  readonly errors: readonly (readonly StructureIssue[])[];
}
