import type { StructureIssue } from '../structure/types.js';
import type { Issue, IssueCode } from './issue.js';
import { capitalise, expectedInWords, kindOf, listOr, quote } from './text.js';
import { peek } from './peek.js';

export { peek };

/** Names a place in the checked value in words: "the lead for action 1 of standard 6, Safe recruitment". */
export type DescribePath = (path: ReadonlyArray<string | number>) => string;

const FORMAT_HELP: Record<string, string> = {
  date: 'a real date in the form YYYY-MM-DD, like 2027-03-31',
  datetime: 'a date and time like 2026-05-01T16:30:00Z',
  regex: 'lower-case letters, numbers and single hyphens only, like “safe-recruitment”',
};

/** Fields that hold a list, named in the plural: "the actions … are missing", not "is". */
const PLURAL = new Set([
  'actions',
  'partnerships',
  'responses',
  'items',
  'progress',
  'revisions',
  'changedStandards',
  'expectations',
  'evidencePrompts',
  'standards',
  'sectors',
  'levels',
  'variants',
  'coverSheet',
  'questions',
  'answers',
  'identifiers',
  'requires',
]);

const isPlural = (path: readonly (string | number)[]): boolean => {
  const last = path[path.length - 1];
  // A mapping entry's `from`: "the source standards of standards entry 2".
  return typeof last === 'string' && (PLURAL.has(last) || (last === 'from' && path.length === 3 && path[0] === 'standards'));
};

function toPath(path: ReadonlyArray<PropertyKey>): (string | number)[] {
  return path.map((part) => (typeof part === 'symbol' ? String(part) : part));
}

/**
 * Turn one zod issue into our issue: a stable code and a sentence that says which field, what is
 * wrong and how to fix it. `raw` is the unparsed input, used to tell "missing" from "wrong type".
 */
export function fromStructureIssue(issue: StructureIssue, raw: unknown, describe: DescribePath): Issue[] {
  const path = toPath(issue.path);
  const thing = () => describe(path);
  const is = isPlural(path) ? 'are' : 'is';
  const make = (code: IssueCode, message: string, at = path): Issue => ({
    path: at,
    code,
    severity: 'error',
    message,
  });

  switch (issue.code) {
    case 'invalid_type': {
      const parentPath = path.slice(0, -1);
      const parent = peek(raw, parentPath);
      const key = path[path.length - 1];
      const absent = key !== undefined && parent !== null && typeof parent === 'object' && !Object.prototype.hasOwnProperty.call(parent, key);
      if (absent) return [make('missing_field', `${capitalise(thing())} ${is} missing: add ${is === 'are' ? 'them' : 'it'}`)];
      const found = kindOf(peek(raw, path));
      return [make('invalid_type', `${capitalise(thing())} must be ${expectedInWords(issue.expected)}, not ${found}`)];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        make('unknown_field', `${capitalise(thing())} has a field ${quote(key)} that does not belong there: remove it or correct its name`, [...path, key]),
      );
    case 'invalid_value':
      return [make('invalid_value', `${capitalise(thing())} must be ${listOr(issue.values.map((v) => quote(String(v))))}`)];
    case 'invalid_format':
      return [make('invalid_format', `${capitalise(thing())} must be ${FORMAT_HELP[issue.format] ?? `in the ${issue.format} format`}`)];
    case 'too_big':
      if (issue.origin === 'string') return [make('too_long', `${capitalise(thing())} must be ${issue.maximum} characters or fewer`)];
      if (issue.origin === 'array' || issue.origin === 'set') return [make('too_many', `${capitalise(thing())} must have ${issue.maximum} items or fewer`)];
      return [make('invalid_value', `${capitalise(thing())} must be ${issue.maximum} or less`)];
    case 'too_small':
      if (issue.origin === 'string') return [make('too_short', `${capitalise(thing())} must not be empty`)];
      if (issue.origin === 'array' || issue.origin === 'set') return [make('too_few', `${capitalise(thing())} must have at least ${issue.minimum}`)];
      return [make('invalid_value', `${capitalise(thing())} must be ${issue.minimum} or more`)];
    case 'invalid_union': {
      // `'' | date` fields: say what a date looks like rather than "matches no option".
      const nested = issue.errors.flat();
      const format = nested.find((n) => n.code === 'invalid_format');
      if (format && format.code === 'invalid_format' && typeof peek(raw, path) === 'string') {
        return [make('invalid_format', `${capitalise(thing())} must be ${FORMAT_HELP[format.format] ?? 'valid'}, or left empty`)];
      }
      return [make('invalid_type', `${capitalise(thing())} must be text, not ${kindOf(peek(raw, path))}`)];
    }
    case 'invalid_key':
      return [make('invalid_format', `${capitalise(thing())} has a key that is not a valid id: ${FORMAT_HELP.regex}`)];
    default:
      return [make('invalid_value', `${capitalise(thing())} ${is} not valid`)];
  }
}
