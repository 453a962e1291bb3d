/**
 * A zod model as plain JSON data: what the CSP-safe structure check interprets in browsers, so
 * that they need not download zod. Generated from the models by `describeSchema`, never written
 * by hand. A node's `type` is zod's `def.type` (a literal is a one-value enum); its checks are
 * small objects in zod's order: `{ min }`, `{ max }`, `{ format, pattern }`, `{ format: 'safeint' }`.
 */
export type Descriptor =
  | StringDescriptor
  | NumberDescriptor
  | BooleanDescriptor
  | EnumDescriptor
  | ArrayDescriptor
  | ObjectDescriptor
  | RecordDescriptor
  | UnionDescriptor
  | NullableDescriptor
  | OptionalDescriptor
  | DefaultDescriptor;

export interface StringDescriptor {
  readonly type: 'string';
  readonly checks?: readonly StringCheck[];
}

export interface NumberDescriptor {
  readonly type: 'number';
  readonly checks?: readonly NumberCheck[];
}

export interface BooleanDescriptor {
  readonly type: 'boolean';
}

/** `z.enum` and `z.literal`: zod checks and reports both the same way (`invalid_value`). */
export interface EnumDescriptor {
  readonly type: 'enum';
  readonly values: readonly (string | number | boolean | null)[];
}

export interface ArrayDescriptor {
  readonly type: 'array';
  readonly element: Descriptor;
  readonly checks?: readonly BoundCheck[];
}

/** `z.strictObject`: every key of `shape` is read, any other key is unrecognized. */
export interface ObjectDescriptor {
  readonly type: 'object';
  readonly shape: { readonly [key: string]: Descriptor };
}

/** `z.record` with a string key schema (`key` is always a `StringDescriptor`). */
export interface RecordDescriptor {
  readonly type: 'record';
  readonly key: StringDescriptor;
  readonly value: Descriptor;
}

export interface UnionDescriptor {
  readonly type: 'union';
  readonly options: readonly Descriptor[];
}

export interface NullableDescriptor {
  readonly type: 'nullable';
  readonly inner: Descriptor;
}

/** Only ever the value of an object's key: a key that may be left out. */
export interface OptionalDescriptor {
  readonly type: 'optional';
  readonly inner: Descriptor;
}

/**
 * Only ever the value of an object's key: a key that may be left out (or be `undefined`), and
 * then reads as `value`, a JSON value copied afresh for each parse.
 */
export interface DefaultDescriptor {
  readonly type: 'default';
  readonly inner: Descriptor;
  readonly value: string | number | boolean | null | readonly never[];
}

/**
 * A check, in the order zod runs it. `min` and `max` are inclusive bounds on a length (strings and
 * lists, `z.minLength`, `z.maxLength`) or on a value (numbers, `z.minimum`, `z.maximum`).
 */
export type Check = MinCheck | MaxCheck | PatternCheck | SafeIntCheck;

export interface MinCheck {
  readonly min: number;
}

export interface MaxCheck {
  readonly max: number;
}

/** A regular expression the whole string must match: `z.regex`, `z.iso.date()`, `z.iso.datetime()`. */
export interface PatternCheck {
  readonly format: 'regex' | 'date' | 'datetime';
  /** The source of the regular expression, compiled once when the checker is made. */
  readonly pattern: string;
  readonly flags?: string;
}

/** `z.int()`: a whole number within the safe integer range. */
export interface SafeIntCheck {
  readonly format: 'safeint';
}

export type BoundCheck = MinCheck | MaxCheck;
export type StringCheck = BoundCheck | PatternCheck;
export type NumberCheck = BoundCheck | SafeIntCheck;
