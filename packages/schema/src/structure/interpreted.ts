import { safeParse, type $ZodIssue, type $ZodType, type output } from 'zod/v4/core';

export type StructureResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly $ZodIssue[] };

/**
 * Browser path: zod's interpreter over `zod/mini` schemas. It never builds code with
 * `new Function`, so it runs under a strict Content-Security-Policy without a violation.
 */
export function parseStructure<S extends $ZodType>(schema: S, input: unknown): StructureResult<output<S>> {
  const result = safeParse(schema, input);
  return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues };
}
