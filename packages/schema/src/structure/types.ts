import type { $ZodIssue } from 'zod/v4/core';
import type { AuditReturn } from '../models/return.js';
import type { Framework } from '../models/framework.js';
import type { FrameworkMapping } from '../models/mapping.js';

/**
 * The contract of the internal `#structure` import, shared by its two modules: `compiled.js`
 * (Node: zod's compiled parsers) and `csp-safe.js` (everywhere else: no zod, no eval). Callers
 * name the document rather than pass a zod schema, so that nothing in the browser path has to
 * import a zod model.
 */
export interface StructureDocuments {
  readonly framework: Framework;
  readonly auditReturn: AuditReturn;
  readonly mapping: FrameworkMapping;
}

export type DocumentName = keyof StructureDocuments;

export type StructureResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly StructureIssue[] };

/**
 * A zod issue as our wording reads it: without zod's English `message` (`fromStructureIssue`
 * words every issue itself, so the CSP-safe path carries no zod messages) and without a record
 * key's nested `issues`, which nothing reads. A union's `errors` hold issues of the same kind.
 */
export type StructureIssue = Unworded<$ZodIssue>;

type Unworded<T> = T extends unknown
  ? Omit<T, 'message' | 'errors' | 'issues'> & (T extends { readonly errors: unknown } ? UnionErrors : unknown)
  : never;

// An interface, not a type literal, so that the type can refer to itself.
interface UnionErrors {
  readonly errors: readonly (readonly StructureIssue[])[];
}

/** Check that a value has the structure of the named document. Never throws on plain data. */
export type ParseStructure = <N extends DocumentName>(name: N, input: unknown) => StructureResult<StructureDocuments[N]>;

// What TypeScript sees for `#structure` (package.json "imports" → "types"); each module exports
// a `parseStructure` of this type.
export declare const parseStructure: ParseStructure;
