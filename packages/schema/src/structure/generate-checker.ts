import type { Check, Descriptor } from './descriptor.js';

/** One document the generated module checks: `checkReturnStructure(input)` for the return, and so on. */
export interface CheckedDocument {
  /** Name of the exported function, such as `checkReturnStructure`. */
  readonly name: string;
  /** The model's TypeScript type and the module it comes from (imported as a type only). */
  readonly type: string;
  readonly typeFrom: string;
  readonly descriptor: Descriptor;
}

/**
 * Write the structure checkers as plain TypeScript: one function per document that walks a value
 * in place, in the order zod would, and gathers the same issues zod reports (the fields our
 * wording reads), without copying the value and without building code at run time. Runs at build
 * time only, on the descriptors `describeSchema` makes from the zod models.
 *
 * Leaves (text, numbers, flags, enums) become small shared functions that return what is wrong
 * and never build a path; objects, lists, records and unions are written out inline, so a valid
 * value costs a handful of comparisons per field and no allocation.
 */
export function checkerModule(documents: readonly CheckedDocument[], header: readonly string[] = []): string {
  const writer = new Writer();
  const bodies = documents.map((document) => writer.document(document));
  const imports = [...writer.helpers].sort();
  const types = new Map<string, Set<string>>();
  for (const { type, typeFrom } of documents) (types.get(typeFrom) ?? types.set(typeFrom, new Set()).get(typeFrom)!).add(type);
  return [
    ...header,
    `import { ${imports.join(', ')} } from './runtime.js';`,
    "import type { StructureResult } from './types.js';",
    ...[...types].map(([from, names]) => `import type { ${[...names].sort().join(', ')} } from '${from}';`),
    '',
    ...writer.constants,
    '',
    ...writer.leaves,
    ...bodies,
  ].join('\n');
}

type Leaf = Extract<Descriptor, { type: 'string' | 'number' | 'boolean' | 'enum' }>;

const isLeaf = (node: Descriptor): boolean =>
  node.type === 'string' || node.type === 'number' || node.type === 'boolean' || node.type === 'enum' || (node.type === 'nullable' && isLeaf(node.inner));

const literal = (value: unknown): string => JSON.stringify(value);

/** Whether checking a node may fill in a default somewhere inside it, and so hand back a new value. */
function hasDefault(node: Descriptor): boolean {
  switch (node.type) {
    case 'default':
      return true;
    case 'nullable':
    case 'optional':
      return hasDefault(node.inner);
    case 'array':
      return hasDefault(node.element);
    case 'object':
      return Object.values(node.shape).some(hasDefault);
    case 'record':
      return hasDefault(node.value);
    case 'union':
      return node.options.some(hasDefault);
    default:
      return false;
  }
}
const isLength = (check: Check): check is { min: number } | { max: number } => 'min' in check || 'max' in check;

class Writer {
  readonly helpers = new Set<string>(['finish']);
  readonly constants: string[] = [];
  readonly leaves: string[] = [];
  private readonly _leafNames = new Map<string, string>();
  private readonly _patterns = new Map<string, string>();
  private readonly _keySets = new Map<string, string>();
  private _counter = 0;

  private _use(helper: string): string {
    this.helpers.add(helper);
    return helper;
  }

  private _fresh(prefix: string): string {
    return `${prefix}${this._counter++}`;
  }

  document({ name, type, descriptor }: CheckedDocument): string {
    this._counter = 0;
    this._use('at');
    const defaults = hasDefault(descriptor);
    const body = this._node(descriptor, 'input', [], 'issues', '  ', defaults ? 'data' : undefined);
    return [
      '/**',
      ` * Check a value against the ${type} model in place. The data handed back is the value itself,`,
      ' * unless a key left out has a default: then the objects and lists on the way to it are copied',
      ' * (the rest shared) and the value given is not changed. Never throws on plain data.',
      ' */',
      `export function ${name}(input: unknown): StructureResult<${type}> {`,
      '  const issues: Gathered[] = [];',
      '  let found: Found[] | undefined;',
      ...(defaults ? ['  let data: any = input;'] : []),
      body,
      `  return issues.length === 0 ? { success: true, data: ${defaults ? 'data' : 'input'} as ${type} } : { success: false, issues: issues.map(finish) };`,
      '}',
      '',
    ].join('\n');
  }

  /**
   * Statements that check the value held in `value` (a variable) at `path`. When the node may fill
   * in a default, `result` names a variable the caller set to `value`: the statements set it to a
   * copy with the default in place (copying only on the way to it, and only once).
   */
  private _node(node: Descriptor, value: string, path: readonly string[], issues: string, indent: string, result?: string): string {
    this.helpers.add('type Gathered');
    this.helpers.add('type Found');
    const at = `[${path.join(', ')}]`;
    const inner = `${indent}  `;
    if (isLeaf(node)) return `${indent}if ((found = ${this._leaf(node)}(${value})) !== undefined) at(${issues}, ${at}, found);`;
    switch (node.type) {
      case 'nullable':
        return [`${indent}if (${value} !== null) {`, this._node(node.inner, value, path, issues, inner, result), `${indent}}`].join('\n');
      case 'object': {
        const keys = Object.keys(node.shape);
        const lines = [`${indent}if (!${this._use('isObject')}(${value})) ${this._use('wrong')}(${issues}, ${at}, 'object');`, `${indent}else {`];
        // One pass over the own enumerable keys (what JSON.stringify writes) finds the unknown ones
        // and which known ones are there; only those are read, so nothing inherited counts.
        const own = this._fresh('own');
        const unknown = this._fresh('u');
        const list = this._fresh('keys');
        const j = this._fresh('j');
        const bitwise = keys.length <= 30;
        if (bitwise) {
          lines.push(
            `${inner}const ${list} = Object.keys(${value});`,
            `${inner}let ${own} = 0;`,
            `${inner}let ${unknown}: string[] | undefined;`,
            `${inner}for (let ${j} = 0; ${j} < ${list}.length; ${j}++) {`,
            `${inner}  switch (${list}[${j}]) {`,
            ...keys.map((key, bit) => `${inner}    case ${literal(key)}: ${own} |= ${2 ** bit}; continue;`),
            `${inner}  }`,
            `${inner}  (${unknown} ??= []).push(${list}[${j}]!);`,
            `${inner}}`,
          );
        } else {
          lines.push(`${inner}const ${own} = new Set(Object.keys(${value}));`, `${inner}const ${unknown} = ${this._use('unknownKeys')}(${own}, ${this._keySet(keys)});`);
        }
        const read = (key: string, bit: number) =>
          bitwise ? `${own} & ${2 ** bit} ? ${value}[${literal(key)}] : undefined` : `${own}.has(${literal(key)}) ? ${value}[${literal(key)}] : undefined`;
        // A field's new value (a default filled in below it) goes into a copy of this object.
        const put = (key: string, fieldValue: string) => `(${result} = ${result} === ${value} ? { ...${value} } : ${result})[${literal(key)}] = ${fieldValue};`;
        keys.forEach((key, bit) => {
          const field = node.shape[key]!;
          const item = this._fresh('v');
          const at_ = [...path, literal(key)];
          lines.push(`${inner}const ${item}: any = ${read(key, bit)};`);
          if (field.type === 'optional' || field.type === 'default') {
            const check = this._changing(field.inner, item, at_, issues, `${inner}  `, (changed) => put(key, changed), result);
            if (field.type === 'default') {
              // Left out, or undefined: zod gives the default (a new empty list each time).
              lines.push(`${inner}if (${item} === undefined) ${put(key, literal(field.value))}`);
              lines.push(`${inner}else {`, check, `${inner}}`);
            } else {
              lines.push(`${inner}if (${item} !== undefined) {`, check, `${inner}}`);
            }
          } else {
            lines.push(this._changing(field, item, at_, issues, inner, (changed) => put(key, changed), result));
          }
        });
        lines.push(`${inner}if (${unknown} !== undefined) ${this._use('unrecognized')}(${issues}, ${at}, ${unknown});`, `${indent}}`);
        return lines.join('\n');
      }
      case 'array': {
        const checks = node.checks ?? [];
        const lines = [`${indent}if (!Array.isArray(${value})) {`, `${inner}${this._use('wrong')}(${issues}, ${at}, 'array');`];
        const bounds = this._bounds(checks);
        if (bounds) lines.push(`${inner}at(${issues}, ${at}, ${this._use('lengthBounds')}(${value}, ${bounds}));`);
        lines.push(`${indent}}`);
        // A list over its ceiling is refused before any item is read, and nothing else is said.
        for (const check of checks) {
          if ('max' in check) lines.push(`${indent}else if (${value}.length > ${check.max}) ${this._use('tooLong')}(${issues}, ${at}, ${check.max}, false);`);
        }
        const index = this._fresh('i');
        const item = this._fresh('v');
        const start = this._fresh('s');
        lines.push(`${indent}else {`);
        if (checks.length) lines.push(`${inner}const ${start} = ${issues}.length;`);
        const putItem = (changed: string) => `(${result} = ${result} === ${value} ? ${value}.slice() : ${result})[${index}] = ${changed};`;
        lines.push(
          `${inner}for (let ${index} = 0; ${index} < ${value}.length; ${index}++) {`,
          `${inner}  const ${item}: any = Object.hasOwn(${value}, ${index}) ? ${value}[${index}] : undefined;`,
          this._changing(node.element, item, [...path, index], issues, `${inner}  `, putItem, result),
          `${inner}}`,
        );
        if (checks.length) {
          // Length checks still run after an item's problems, unless one of them stopped everything.
          lines.push(`${inner}if (${issues}.length === ${start} || !${this._use('stopped')}(${issues}, ${start}, true)) {`);
          for (const check of checks) {
            if ('min' in check) lines.push(`${inner}  if (!(${value}.length >= ${check.min})) ${this._use('tooShort')}(${issues}, ${at}, ${check.min});`);
            else if ('max' in check) lines.push(`${inner}  if (!(${value}.length <= ${check.max})) ${this._use('tooLong')}(${issues}, ${at}, ${check.max}, true);`);
          }
          lines.push(`${inner}}`);
        }
        lines.push(`${indent}}`);
        return lines.join('\n');
      }
      case 'record': {
        const key = this._fresh('k');
        const item = this._fresh('v');
        return [
          `${indent}if (!${this._use('isPlainObject')}(${value})) ${this._use('wrong')}(${issues}, ${at}, 'record');`,
          `${indent}else {`,
          `${inner}for (const ${key} of Reflect.ownKeys(${value})) {`,
          // zod leaves a record's __proto__ key out without a word (the cover rule reports it).
          `${inner}  if (${key} === '__proto__' || !${this._use('isEnumerable')}(${value}, ${key})) continue;`,
          `${inner}  if (${this._leaf(node.key)}(${key}) !== undefined) ${this._use('invalidKey')}(${issues}, [${[...path, key].join(', ')}]);`,
          `${inner}  else {`,
          `${inner}    const ${item}: any = ${value}[${key}];`,
          this._changing(
            node.value,
            item,
            [...path, key],
            issues,
            `${inner}    `,
            (changed) => `(${result} = ${result} === ${value} ? { ...${value} } : ${result})[${key}] = ${changed};`,
            result,
          ),
          `${inner}  }`,
          `${inner}}`,
          `${indent}}`,
        ].join('\n');
      }
      case 'union': {
        // Each option is checked from a path of its own: its issues stay relative to the union,
        // as an invalid_union's `errors` need them. The first option that passes wins.
        const names = node.options.map(() => this._fresh('o'));
        const option = (i: number, indent_: string): string => {
          const name = names[i]!;
          const next = i + 1 < names.length ? option(i + 1, `${indent_}  `) : `${indent_}  ${this._use('unionFailed')}(${issues}, ${at}, [${names.join(', ')}]);`;
          const choice = node.options[i]!;
          if (!result || !hasDefault(choice)) {
            return [`${indent_}const ${name}: Gathered[] = [];`, this._node(choice, value, [], name, indent_), `${indent_}if (${name}.length !== 0) {`, next, `${indent_}}`].join(
              '\n',
            );
          }
          // The option that passes gives the value, with its defaults.
          const chosen = this._fresh('r');
          return [
            `${indent_}const ${name}: Gathered[] = [];`,
            `${indent_}let ${chosen}: any = ${value};`,
            this._node(choice, value, [], name, indent_, chosen),
            `${indent_}if (${name}.length === 0) ${result} = ${chosen};`,
            `${indent_}else {`,
            next,
            `${indent_}}`,
          ].join('\n');
        };
        return [`${indent}{`, option(0, inner), `${indent}}`].join('\n');
      }
      default:
        throw new Error(`checkerModule: a ${node.type} descriptor cannot be checked here`);
    }
  }

  /**
   * Check a part (a field, an item, a record entry) whose new value, if checking it fills in a
   * default, the parent puts into its copy with `put`. Parts with no default anywhere below are
   * checked as they are.
   */
  private _changing(node: Descriptor, value: string, path: readonly string[], issues: string, indent: string, put: (changed: string) => string, result?: string): string {
    if (!result || !hasDefault(node)) return this._node(node, value, path, issues, indent);
    const changed = this._fresh('r');
    return [`${indent}let ${changed}: any = ${value};`, this._node(node, value, path, issues, indent, changed), `${indent}if (${changed} !== ${value}) ${put(changed)}`].join('\n');
  }

  /** Length checks on a value of the wrong type that has a length anyway: `[lower, limit]` pairs. */
  private _bounds(checks: readonly Check[]): string | undefined {
    const bounds = checks.filter(isLength).map((check) => ('min' in check ? `[true, ${check.min}]` : `[false, ${check.max}]`));
    return bounds.length ? `[${bounds.join(', ')}]` : undefined;
  }

  /** A shared function for a leaf: what is wrong with the value, or undefined. */
  private _leaf(node: Descriptor): string {
    const key = JSON.stringify(node);
    const known = this._leafNames.get(key);
    if (known) return known;
    const name = `leaf${this._leafNames.size}`;
    this._leafNames.set(key, name);
    const body = this._leafBody(node as Leaf | Extract<Descriptor, { type: 'nullable' }>);
    this.leaves.push(`function ${name}(value: any): Found[] | undefined {`, ...body.map((line) => `  ${line}`), '}', '');
    return name;
  }

  private _leafBody(node: Leaf | Extract<Descriptor, { type: 'nullable' }>): string[] {
    switch (node.type) {
      case 'nullable':
        return [`return value === null ? undefined : ${this._leaf(node.inner)}(value);`];
      case 'boolean':
        return ["return typeof value === 'boolean' ? undefined : [{ code: 'invalid_type', expected: 'boolean' }];"];
      case 'enum': {
        const test = node.values.map((v) => `value === ${literal(v)}`).join(' || ');
        return [`return ${test} ? undefined : [{ code: 'invalid_value', values: ${literal(node.values)} }];`];
      }
      case 'string': {
        const checks = node.checks ?? [];
        const bounds = this._bounds(checks);
        const lines = [
          bounds
            ? `if (typeof value !== 'string') return [{ code: 'invalid_type', expected: 'string' }, ...${this._use('lengthBounds')}(value, ${bounds})];`
            : "if (typeof value !== 'string') return [{ code: 'invalid_type', expected: 'string' }];",
        ];
        if (!checks.length) return [...lines, 'return undefined;'];
        lines.push('let found: Found[] | undefined;');
        for (const check of checks) {
          if ('min' in check) {
            // zod counts code points (a surrogate pair once) only where units alone do not settle it.
            lines.push(
              `if (!((value.length < ${check.min * 2} ? ${this._use('codePoints')}(value) : value.length) >= ${check.min})) (found ??= []).push({ code: 'too_small', origin: 'string', minimum: ${check.min}, continue: true });`,
            );
          } else if ('max' in check) {
            lines.push(
              `if (value.length > ${check.max} && ${this._use('codePoints')}(value) > ${check.max}) (found ??= []).push({ code: 'too_big', origin: 'string', maximum: ${check.max}, continue: true });`,
            );
          } else if ('pattern' in check) {
            lines.push(
              `if (!${this._pattern(check.pattern, check.flags)}.test(value)) (found ??= []).push({ code: 'invalid_format', format: ${literal(check.format)}, continue: true });`,
            );
          } else throw new Error('checkerModule: a safeint check on text');
        }
        return [...lines, 'return found;'];
      }
      case 'number': {
        const lines = ["if (!Number.isFinite(value)) return [{ code: 'invalid_type', expected: 'number' }];", 'let found: Found[] | undefined;'];
        for (const check of node.checks ?? []) {
          if ('format' in check) {
            if (check.format !== 'safeint') throw new Error(`checkerModule: a ${(check as { format: string }).format} check on a number`);
            // A fraction stops every later check; an unsafe integer does not.
            lines.push(
              "if (!Number.isInteger(value)) return [...(found ?? []), { code: 'invalid_type', expected: 'int', continue: false }];",
              "if (!Number.isSafeInteger(value)) (found ??= []).push(value > 0 ? { code: 'too_big', origin: 'int', maximum: Number.MAX_SAFE_INTEGER, continue: true } : { code: 'too_small', origin: 'int', minimum: Number.MIN_SAFE_INTEGER, continue: true });",
            );
          } else if ('min' in check) {
            lines.push(`if (!(value >= ${check.min})) (found ??= []).push({ code: 'too_small', origin: 'number', minimum: ${check.min}, continue: true });`);
          } else {
            lines.push(`if (!(value <= ${check.max})) (found ??= []).push({ code: 'too_big', origin: 'number', maximum: ${check.max}, continue: true });`);
          }
        }
        return [...lines, 'return found;'];
      }
    }
  }

  private _pattern(source: string, flags = ''): string {
    const key = `/${source}/${flags}`;
    let name = this._patterns.get(key);
    if (!name) {
      name = `PATTERN_${this._patterns.size}`;
      this._patterns.set(key, name);
      // `source` is written to be the body of a literal again (slashes and line ends escaped).
      this.constants.push(`const ${name} = ${key};`);
    }
    return name;
  }

  private _keySet(keys: readonly string[]): string {
    const key = JSON.stringify(keys);
    let name = this._keySets.get(key);
    if (!name) {
      name = `KEYS_${this._keySets.size}`;
      this._keySets.set(key, name);
      this.constants.push(`const ${name}: ReadonlySet<string> = new Set(${key});`);
    }
    return name;
  }
}
