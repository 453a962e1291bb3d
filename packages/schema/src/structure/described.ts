import type { Check, DefaultDescriptor, Descriptor } from './descriptor.js';
import type { StructureIssue, StructureResult } from './types.js';

/**
 * The structure check of browsers: checks a value the way zod checks the model the descriptor
 * was generated from, and reports the same issues in the same order, without zod and without
 * eval. `structure-agreement.test.ts` holds the two to that on thousands of inputs.
 *
 * The descriptor is turned into plain closures once, up front (patterns compiled with
 * `new RegExp`, which a strict CSP allows), so that checking a value does no lookups by kind.
 *
 * On purpose it differs from zod in three ways: fields are read from the input's own properties
 * only; zod's English `message` is not made; and issues carry only the fields our wording reads
 * (no `inclusive`, `pattern`, `note`, `received`, nor a record key's own `issues`).
 */
export function describedParser(descriptor: Descriptor): (input: unknown) => StructureResult<unknown> {
  const parse = build(descriptor);
  return (input) => {
    const issues: Gathered[] = [];
    const data = parse(input, [], issues);
    return issues.length ? { success: false, issues: issues.map(finish) } : { success: true, data };
  };
}

type Key = string | number | symbol;

/** Checks `value`, adds its issues with `path` (which it may extend and restores), returns the parsed value. */
type Parser = (value: unknown, path: Key[], issues: Gathered[]) => unknown;

/**
 * An issue while it is gathered keeps zod's `continue`: `true` lets its node's later checks run,
 * absent stops them, `false` stops even the length checks.
 */
type Gathered = StructureIssue & { readonly continue?: boolean };
type Fields = Gathered extends infer I ? (I extends unknown ? Omit<I, 'path'> : never) : never;

const isObject = (value: unknown): value is Record<Key, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Adds an issue; `fields` is always a new object literal, so it is completed in place. */
function add(issues: Gathered[], path: readonly Key[], fields: Fields): void {
  (fields as { path?: Key[] }).path = path.slice();
  issues.push(fields as Gathered);
}

/** The issue as zod hands it out: without `continue`. */
function finish({ continue: _continue, ...issue }: Gathered): StructureIssue {
  return issue;
}

/** Whether an issue from `from` on stops later checks, or with `evenLength`, stops all of them. */
function stopped(issues: readonly Gathered[], from: number, evenLength?: boolean): boolean {
  for (let i = from; i < issues.length; i++) {
    const go = issues[i]!.continue;
    if (evenLength ? go === false : go !== true) return true;
  }
  return false;
}

function build(node: Descriptor): Parser {
  switch (node.type) {
    case 'optional': {
      const inner = build(node.inner);
      return (value, path, issues) => (value === undefined ? value : inner(value, path, issues));
    }
    case 'default': {
      // Only an object's key reads this; buildObject fills in the value for an absent key.
      const inner = build(node.inner);
      const fresh = freshDefault(node.value);
      return (value, path, issues) => (value === undefined ? fresh() : inner(value, path, issues));
    }
    case 'nullable': {
      const inner = build(node.inner);
      return (value, path, issues) => (value === null ? value : inner(value, path, issues));
    }
    case 'union':
      return buildUnion(node.options.map(build));
    case 'enum': {
      const { values } = node;
      return (value, path, issues) => {
        if (!values.includes(value as never)) add(issues, path, { code: 'invalid_value', values: [...values] });
        return value;
      };
    }
    case 'number':
      return withChecks(node.checks, true, (value, path, issues) => {
        // zod's number refuses NaN and the infinities too.
        if (!Number.isFinite(value)) add(issues, path, { code: 'invalid_type', expected: 'number' });
        return value;
      });
    case 'string':
    case 'boolean': {
      const { type } = node;
      return withChecks(node.type === 'string' ? node.checks : undefined, false, (value, path, issues) => {
        if (typeof value !== type) add(issues, path, { code: 'invalid_type', expected: type });
        return value;
      });
    }
    case 'array':
      return withChecks(node.checks, false, buildArray(build(node.element), node.checks ?? []));
    case 'object':
      return buildObject(Object.entries(node.shape).map(([key, field]) => [key, build(field), field.type === 'optional', field.type === 'default']));
    case 'record':
      return buildRecord(build(node.key), build(node.value));
  }
}

function buildArray(element: Parser, checks: readonly Check[]): Parser {
  const ceilings = checks.flatMap((check) => ('max' in check ? [check.max] : []));
  return (value, path, issues) => {
    if (!Array.isArray(value)) {
      add(issues, path, { code: 'invalid_type', expected: 'array' });
      return value;
    }
    // A list over its ceiling is refused before any item is read, and nothing else is said.
    const ceiling = ceilings.find((max) => value.length > max);
    if (ceiling !== undefined) {
      add(issues, path, { code: 'too_big', origin: 'array', maximum: ceiling, continue: false });
      return value;
    }
    const items: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      items.push(element(Object.hasOwn(value, i) ? value[i] : undefined, path, issues));
      path.pop();
    }
    return items;
  };
}

/** A default as zod gives it: the same string or number, a new empty list each time. */
function freshDefault(value: DefaultDescriptor['value']): () => unknown {
  return Array.isArray(value) ? () => [] : () => value;
}

function buildObject(fields: readonly (readonly [key: string, parse: Parser, optional: boolean, defaulted: boolean])[]): Parser {
  const known = new Set(fields.map(([key]) => key));
  return (value, path, issues) => {
    if (!isObject(value)) {
      add(issues, path, { code: 'invalid_type', expected: 'object' });
      return value;
    }
    const object: Record<string, unknown> = {};
    for (const [key, parse, optional, defaulted] of fields) {
      const present = Object.hasOwn(value, key);
      if (!present && optional) continue;
      if (!present && defaulted) {
        object[key] = parse(undefined, path, issues);
        continue;
      }
      path.push(key);
      object[key] = parse(present ? value[key] : undefined, path, issues);
      path.pop();
    }
    // An own __proto__ key (JSON.parse makes one) is unrecognized too, and never copied.
    let unknown: string[] | undefined;
    for (const key in value) if (Object.hasOwn(value, key) && !known.has(key)) (unknown ??= []).push(key);
    if (unknown) add(issues, path, { code: 'unrecognized_keys', keys: unknown, continue: true });
    return object;
  };
}

function buildRecord(key: Parser, entry: Parser): Parser {
  return (value, path, issues) => {
    if (!isPlainObject(value)) {
      add(issues, path, { code: 'invalid_type', expected: 'record' });
      return value;
    }
    const record: Record<Key, unknown> = {};
    for (const name of Reflect.ownKeys(value)) {
      // zod leaves a record's __proto__ key out without a word (the cover rule reports it).
      if (name === '__proto__' || !Object.prototype.propertyIsEnumerable.call(value, name)) continue;
      const keyIssues: Gathered[] = [];
      key(name, [], keyIssues);
      path.push(name);
      if (keyIssues.length) add(issues, path, { code: 'invalid_key', origin: 'record' });
      else record[name] = entry(value[name], path, issues);
      path.pop();
    }
    return record;
  };
}

/** zod's test of what a record accepts: an object made by `Object` (in any realm) or by nothing. */
function isPlainObject(value: unknown): value is Record<Key, unknown> {
  if (!isObject(value)) return false;
  const maker = value.constructor;
  return typeof maker !== 'function' || (isObject(maker.prototype) && Object.hasOwn(maker.prototype, 'isPrototypeOf'));
}

/**
 * The first option that passes wins. When none does, zod passes on the issues of the one option
 * that did not stop early if there is exactly one (a slug with a bad character), and otherwise
 * reports one `invalid_union` holding every option's issues.
 */
function buildUnion(options: readonly Parser[]): Parser {
  return (value, path, issues) => {
    // Options are checked from a path of their own: their issues are kept relative to the union,
    // as an invalid_union's `errors` need them, and cost little when the next option passes.
    const failures: Gathered[][] = [];
    for (const option of options) {
      const optionIssues: Gathered[] = [];
      const parsed = option(value, [], optionIssues);
      if (!optionIssues.length) return parsed;
      failures.push(optionIssues);
    }
    const unstopped = failures.filter((optionIssues) => !stopped(optionIssues, 0));
    if (unstopped.length === 1) for (const issue of unstopped[0]!) issues.push({ ...issue, path: [...path, ...issue.path] });
    else add(issues, path, { code: 'invalid_union', errors: failures.map((optionIssues) => optionIssues.map(finish)) });
    return value;
  };
}

/** A check, and whether it is a length check (zod runs those even after a wrong type). */
type BuiltCheck = readonly [apply: (value: unknown, path: Key[], issues: Gathered[]) => void, onLength: boolean];

/**
 * Runs a node's checks after it, in order, with zod's rules for which still run: a length check
 * runs whenever the value has a length unless an issue stopped everything; any other check only
 * while no issue has stopped the node.
 */
function withChecks(checks: readonly Check[] | undefined, onNumber: boolean, parse: Parser): Parser {
  if (!checks?.length) return parse;
  const built = checks.map((check) => buildCheck(check, onNumber));
  return (value, path, issues) => {
    const start = issues.length;
    const parsed = parse(value, path, issues);
    let halted = stopped(issues, start);
    for (const [apply, onLength] of built) {
      if (onLength ? value == null || (value as { length?: unknown }).length === undefined || stopped(issues, start, true) : halted) continue;
      const before = issues.length;
      apply(value, path, issues);
      halted ||= stopped(issues, before);
    }
    return parsed;
  };
}

const ASTRAL_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
const codePoints = (text: string): number => text.replace(ASTRAL_PAIR, ' ').length;

function buildCheck(check: Check, onNumber: boolean): BuiltCheck {
  if ('format' in check) {
    if (check.format === 'safeint') return [safeInt, false];
    const pattern = new RegExp(check.pattern, check.flags);
    const { format } = check;
    return [
      (value, path, issues) => {
        if (!pattern.test(value as string)) add(issues, path, { code: 'invalid_format', format, continue: true });
      },
      false,
    ];
  }
  // A lower or upper bound, on a number or on a length. zod's comparisons are kept as written
  // (`!(a >= b)`): a `length` that is not a number compares differently the other way round.
  const lower = 'min' in check;
  const limit = lower ? check.min : check.max;
  return [
    (value, path, issues) => {
      const units = onNumber ? value : (value as { length: unknown }).length;
      // zod counts code points (a surrogate pair once) only where units alone do not settle it.
      const size = typeof value === 'string' && (lower ? value.length < limit * 2 : value.length > limit) ? codePoints(value) : units;
      if (lower ? (size as number) >= limit : (size as number) <= limit) return;
      const origin = onNumber ? 'number' : Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'unknown';
      add(issues, path, lower ? { code: 'too_small', origin, minimum: limit, continue: true } : { code: 'too_big', origin, maximum: limit, continue: true });
    },
    !onNumber,
  ];
}

function safeInt(value: unknown, path: Key[], issues: Gathered[]): void {
  const number = value as number;
  if (!Number.isInteger(number)) add(issues, path, { code: 'invalid_type', expected: 'int', continue: false });
  else if (!Number.isSafeInteger(number))
    add(
      issues,
      path,
      number > 0
        ? { code: 'too_big', origin: 'int', maximum: Number.MAX_SAFE_INTEGER, continue: true }
        : { code: 'too_small', origin: 'int', minimum: Number.MIN_SAFE_INTEGER, continue: true },
    );
}
