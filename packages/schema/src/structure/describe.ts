import * as z from 'zod/mini';
import { util, type $ZodCheck, type $ZodType } from 'zod/v4/core';
import type { BoundCheck, Check, DefaultDescriptor, Descriptor, NumberCheck, StringCheck } from './descriptor.js';

/**
 * Turn a zod model into a descriptor for the CSP-safe structure check. Runs at build time only.
 *
 * Only what our models use is supported, and every part of each zod definition is accounted for:
 * an option this file does not know (a refinement, a transform, a loose object, an email format,
 * a custom `when`...) throws here, at build time, rather than being checked differently in
 * browsers without anyone noticing.
 */
export function describeSchema(schema: $ZodType): Descriptor {
  return describeNode(schema, '', new Set());
}

/** A zod definition seen as plain data, which is how this file reads it. */
type Def = Record<string, unknown> & { readonly type: string };
type Kind = 'string' | 'number' | 'array';

const defOf = (node: { _zod: { def: unknown } }): Def => node._zod.def as Def;

function fail(at: string, what: string): never {
  throw new Error(
    `describeSchema: ${what} at ${at || 'the root'} is not supported by the CSP-safe structure check. ` +
      'Keep the model to what src/structure/describe.ts supports, or teach it and described.ts the new case.',
  );
}

/** Every own key of a definition must be one this file understands. */
function onlyKeys(def: Def, keys: readonly string[], at: string): void {
  for (const key of Object.keys(def)) {
    if (!keys.includes(key)) fail(at, `option "${key}" of a ${def.type} schema`);
  }
}

/** `error` only words zod's message, which our issues never use: it does not change the check. */
const COMMON = ['type', 'error'];

function noChecks(def: Def, at: string): void {
  if (Array.isArray(def.checks) && def.checks.length > 0) fail(at, `a check on a ${def.type} schema`);
}

function describeNode(schema: $ZodType, at: string, parents: Set<$ZodType>): Descriptor {
  // A recursive model (z.lazy, a getter) has no fixed depth; the interpreter relies on one.
  if (parents.has(schema)) fail(at, 'a recursive schema');
  parents.add(schema);
  try {
    return describeDef(schema, defOf(schema), at, parents);
  } finally {
    parents.delete(schema);
  }
}

function describeDef(schema: $ZodType, def: Def, at: string, parents: Set<$ZodType>): Descriptor {
  switch (def.type) {
    case 'string': {
      onlyKeys(def, [...COMMON, 'checks', 'coerce', ...FORMAT_KEYS], at);
      if (def.coerce) fail(at, 'z.coerce');
      const checks = schemaChecks(schema, def, 'string', at) as StringCheck[];
      return checks.length ? { type: 'string', checks } : { type: 'string' };
    }
    case 'number': {
      onlyKeys(def, [...COMMON, 'checks', 'coerce', 'check', 'format', 'abort'], at);
      if (def.coerce) fail(at, 'z.coerce');
      const checks = schemaChecks(schema, def, 'number', at) as NumberCheck[];
      return checks.length ? { type: 'number', checks } : { type: 'number' };
    }
    case 'boolean':
      onlyKeys(def, [...COMMON, 'coerce'], at);
      if (def.coerce) fail(at, 'z.coerce');
      return { type: 'boolean' };
    case 'enum':
      onlyKeys(def, [...COMMON, 'entries', 'checks'], at);
      noChecks(def, at);
      return { type: 'enum', values: literalValues(util.getEnumValues(def.entries as util.EnumLike), at) };
    case 'literal':
      onlyKeys(def, [...COMMON, 'values', 'checks'], at);
      noChecks(def, at);
      return { type: 'enum', values: literalValues(def.values as unknown[], at) };
    case 'array': {
      onlyKeys(def, [...COMMON, 'element', 'checks'], at);
      const element = describeNode(def.element as $ZodType, `${at}[]`, parents);
      const checks = schemaChecks(schema, def, 'array', at) as BoundCheck[];
      return checks.length ? { type: 'array', element, checks } : { type: 'array', element };
    }
    case 'object':
      return describeObject(def, at, parents);
    case 'record': {
      onlyKeys(def, [...COMMON, 'keyType', 'valueType', 'checks'], at);
      noChecks(def, at);
      // A string key schema never accepts a number, so zod's numeric-key retry cannot change the
      // outcome, and the interpreter can leave it out.
      const key = describeNode(def.keyType as $ZodType, `${at}{key}`, parents);
      if (key.type !== 'string') fail(at, `a record with ${key.type} keys`);
      return { type: 'record', key, value: describeNode(def.valueType as $ZodType, `${at}{}`, parents) };
    }
    case 'union': {
      onlyKeys(def, [...COMMON, 'options', 'checks'], at);
      noChecks(def, at);
      const options = (def.options as $ZodType[]).map((option, i) => describeNode(option, `${at}|${i}`, parents));
      // zod runs a one-option union as that option, issues included.
      return options.length === 1 ? options[0]! : { type: 'union', options };
    }
    case 'nullable':
      onlyKeys(def, [...COMMON, 'innerType', 'checks'], at);
      noChecks(def, at);
      return { type: 'nullable', inner: describeNode(def.innerType as $ZodType, at, parents) };
    case 'optional':
      return fail(at, 'z.optional other than as the value of an object key');
    case 'default':
      return fail(at, 'z._default other than as the value of an object key');
    default:
      return fail(at, `a ${def.type} schema`);
  }
}

/** Options of `z.iso.date()` and `z.iso.datetime()`; zod turns them all into `pattern`. */
const FORMAT_KEYS = ['check', 'format', 'pattern', 'abort', 'when', 'offset', 'local', 'precision'];

function describeObject(def: Def, at: string, parents: Set<$ZodType>): Descriptor {
  onlyKeys(def, [...COMMON, 'shape', 'catchall', 'checks'], at);
  noChecks(def, at);
  // Only strict objects: a loose or stripping object treats unknown keys another way.
  const catchall = def.catchall as $ZodType | undefined;
  if (!catchall || defOf(catchall).type !== 'never') fail(at, 'an object that is not a z.strictObject');
  const shape = def.shape as Record<PropertyKey, $ZodType>;
  if (Object.getOwnPropertySymbols(shape).length) fail(at, 'a symbol key');
  const described: Record<string, Descriptor> = {};
  for (const key of Object.keys(shape)) {
    // zod skips a declared __proto__; so would the interpreter's plain output object, silently.
    if (key === '__proto__') fail(at, 'a __proto__ key');
    const field = shape[key]!;
    const fieldAt = at ? `${at}.${key}` : key;
    const fieldDef = defOf(field);
    if (fieldDef.type === 'optional') {
      onlyKeys(fieldDef, [...COMMON, 'innerType', 'checks'], fieldAt);
      noChecks(fieldDef, fieldAt);
      described[key] = { type: 'optional', inner: describeNode(fieldDef.innerType as $ZodType, fieldAt, parents) };
    } else if (fieldDef.type === 'default') {
      onlyKeys(fieldDef, [...COMMON, 'innerType', 'defaultValue', 'checks'], fieldAt);
      noChecks(fieldDef, fieldAt);
      described[key] = { type: 'default', inner: describeNode(fieldDef.innerType as $ZodType, fieldAt, parents), value: defaultValue(fieldDef.defaultValue, fieldAt) };
    } else {
      // Anything else that lets a key be left out (a default, an optional inside a union) would
      // change how absent keys are reported.
      if (field._zod.optin !== undefined) fail(fieldAt, 'a key that may be absent without z.optional');
      described[key] = describeNode(field, fieldAt, parents);
    }
  }
  return { type: 'object', shape: described };
}

/** A default the interpreter can copy: a string, number, boolean, null or an empty list. */
function defaultValue(value: unknown, at: string): DefaultDescriptor['value'] {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (Array.isArray(value) && value.length === 0) return [];
  return fail(at, 'a default other than a string, number, boolean, null or an empty list');
}

function literalValues(values: readonly unknown[], at: string): (string | number | boolean | null)[] {
  return values.map((value) => {
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    return fail(at, `the literal value ${typeof value === 'bigint' || typeof value === 'symbol' ? String(value) : (JSON.stringify(value) ?? typeof value)}`);
  });
}

/**
 * A schema's checks in the order zod runs them: a format schema (`z.int()`, `z.iso.date()`) is
 * its own first check, then come those added with `.check()`.
 */
function schemaChecks(schema: $ZodType, def: Def, kind: Kind, at: string): Check[] {
  const checks = (def.checks ?? []) as $ZodCheck[];
  const own = 'check' in def ? [schema as unknown as $ZodCheck] : [];
  return [...own, ...checks].map((check) => describeCheck(check, kind, at));
}

/** zod's default `when` of length checks (run whenever the value has a length). */
const LENGTH_WHEN = [z.minLength(0)._zod.def.when, z.maxLength(0)._zod.def.when];

/** The formats whose check is nothing but their pattern (no code of their own). */
const PATTERN_FORMATS: Record<string, string> = { regex: '$ZodCheckRegex', date: '$ZodISODate', datetime: '$ZodISODateTime' };

function describeCheck(check: $ZodCheck, kind: Kind, at: string): Check {
  const def = check._zod.def as Record<string, unknown> & { readonly check: string };
  const where = `${at || 'the root'} (check ${def.check})`;
  // `abort: true` and a custom `when` change which later checks run.
  if (def.abort) fail(where, 'abort: true');
  const isLength = def.check === 'min_length' || def.check === 'max_length';
  if (isLength ? !LENGTH_WHEN.includes(def.when as never) : def.when !== undefined) fail(where, 'a custom when');
  const on = (...kinds: Kind[]) => {
    if (!kinds.includes(kind)) fail(where, `a ${def.check} check on a ${kind}`);
  };
  const keys = (...extra: string[]) => {
    for (const key of Object.keys(def)) {
      if (!['check', 'abort', 'when', 'error', ...extra].includes(key)) fail(where, `option "${key}"`);
    }
  };
  switch (def.check) {
    case 'min_length':
      on('string', 'array');
      keys('minimum');
      return { min: finite(def.minimum, where) };
    case 'max_length':
      on('string', 'array');
      keys('maximum');
      return { max: finite(def.maximum, where) };
    case 'greater_than':
    case 'less_than':
      on('number');
      keys('value', 'inclusive');
      // z.minimum and z.maximum; z.gt and z.lt (exclusive) are not used.
      if (def.inclusive !== true) fail(where, 'an exclusive bound');
      return def.check === 'greater_than' ? { min: finite(def.value, where) } : { max: finite(def.value, where) };
    case 'string_format': {
      on('string');
      keys('format', 'pattern', 'type', 'coerce', 'checks', 'offset', 'local', 'precision');
      const format = def.format as string;
      const traits = (check as unknown as { _zod: { traits: Set<string> } })._zod.traits;
      const trait = PATTERN_FORMATS[format];
      if (!trait || !traits.has(trait)) fail(where, `the string format "${format}"`);
      const pattern = def.pattern;
      if (!(pattern instanceof RegExp)) return fail(where, 'a format without a pattern');
      // zod resets lastIndex itself; the interpreter keeps `test` stateless instead.
      if (/[gy]/.test(pattern.flags)) fail(where, `the regular expression flags "${pattern.flags}"`);
      return {
        format: format as 'regex' | 'date' | 'datetime',
        pattern: pattern.source,
        ...(pattern.flags ? { flags: pattern.flags } : {}),
      };
    }
    case 'number_format':
      on('number');
      keys('format', 'type', 'coerce', 'checks');
      if (def.format !== 'safeint') fail(where, `the number format "${String(def.format)}"`);
      return { format: 'safeint' };
    default:
      return fail(where, `a ${def.check} check`);
  }
}

function finite(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fail(where, `the limit ${String(value)}`);
  return value;
}
