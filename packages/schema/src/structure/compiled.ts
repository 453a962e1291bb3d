import { compile, safeParse, type $ZodType } from 'zod/v4/core';
import { FrameworkSchema } from '../models/framework.js';
import { AuditReturnSchema } from '../models/return.js';
import { FrameworkMappingSchema } from '../models/mapping.js';
import type { DocumentName, ParseStructure, StructureDocuments, StructureResult } from './types.js';

/**
 * Node path: the zod models compiled by zod into straight-line parsers, several times faster for
 * servers that check thousands of returns. Code generation is fine on a server; browsers get
 * `csp-safe.js` through the `#structure` import condition.
 */
const models: Record<DocumentName, $ZodType> = {
  framework: FrameworkSchema,
  auditReturn: AuditReturnSchema,
  mapping: FrameworkMappingSchema,
};
const compiled = new Map<DocumentName, $ZodType>();

export const parseStructure: ParseStructure = (name, input) => {
  let fast = compiled.get(name);
  if (!fast) {
    // Compiled on first use, not at import. compile() hands the schema back unchanged when it
    // cannot compile it, so this never fails.
    fast = compile(models[name]);
    compiled.set(name, fast);
  }
  const result = safeParse(fast, input);
  return (result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues }) as StructureResult<
    StructureDocuments[typeof name]
  >;
};
