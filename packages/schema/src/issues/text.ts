/** Small wording helpers shared by every message. */

export const capitalise = (text: string): string => (text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1));

/** `a, b or c` */
export const listOr = (items: readonly string[]): string => list(items, 'or');

/** `a, b and c` */
export const listAnd = (items: readonly string[]): string => list(items, 'and');

function list(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** Quote a value that came from the input, shortened so that a hostile megabyte cannot reach a message. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return `“${short}”`;
}

/** `responses[2].actions[0].lead`: a path written the way a developer would in code. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part.length > 60 ? `${part.slice(0, 57)}...` : part)}]`;
  }
  return out || 'the value';
}

/** What kind of thing a JSON value is, in words. */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return Number.isInteger(value) ? 'a whole number' : 'a number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

/** zod's `expected` in words. */
export const expectedInWords = (expected: string): string => EXPECTED[expected] ?? expected;
