import { describedParser } from './described.js';
import { auditReturnDescriptor, frameworkDescriptor, mappingDescriptor } from './descriptors.generated.js';
import type { ParseStructure, StructureDocuments, StructureResult } from './types.js';

/**
 * Browser path (and any runtime without the `node` condition): checks structure from descriptors
 * generated from the zod models, so browsers download neither zod nor the models, and nothing
 * builds code with `new Function`: it runs under a strict Content-Security-Policy.
 */
const parsers = {
  framework: describedParser(frameworkDescriptor),
  auditReturn: describedParser(auditReturnDescriptor),
  mapping: describedParser(mappingDescriptor),
};

export const parseStructure: ParseStructure = (name, input) =>
  // The descriptor is generated from the model whose type this is, and the agreement test holds
  // the interpreter to zod's verdict on it.
  parsers[name](input) as StructureResult<StructureDocuments[typeof name]>;
