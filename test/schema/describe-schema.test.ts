import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { describeSchema } from '../../packages/schema/dist/structure/describe.js';

// describeSchema turns our zod models into the descriptors the structure checkers are generated
// from (checkerModule). Anything it does not know must stop the build, so that a model change
// cannot be checked differently from what zod would do.

describe('describeSchema', () => {
  it('describes the constructs our models use, checks in zod’s order', () => {
    const schema = z.strictObject({
      id: z.string().check(z.minLength(1), z.maxLength(80), z.regex(/^[a-z]+$/i)),
      count: z.int().check(z.minimum(1), z.maximum(5)),
      on: z.optional(z.boolean()),
      when: z.union([z.literal(''), z.iso.date()]),
      stamp: z.nullable(z.iso.datetime({ offset: true })),
      tone: z.enum(['red', 'green']),
      tags: z.array(z.string()).check(z.maxLength(3), z.minLength(1)),
      cover: z.record(z.string().check(z.minLength(1)), z.string()),
    });
    const date = z.iso.date()._zod.def.pattern!;
    const datetime = z.iso.datetime({ offset: true })._zod.def.pattern!;
    assert.deepEqual(describeSchema(schema), {
      type: 'object',
      shape: {
        id: { type: 'string', checks: [{ min: 1 }, { max: 80 }, { format: 'regex', pattern: '^[a-z]+$', flags: 'i' }] },
        count: { type: 'number', checks: [{ format: 'safeint' }, { min: 1 }, { max: 5 }] },
        on: { type: 'optional', inner: { type: 'boolean' } },
        when: {
          type: 'union',
          options: [
            { type: 'enum', values: [''] },
            { type: 'string', checks: [{ format: 'date', pattern: date.source }] },
          ],
        },
        stamp: { type: 'nullable', inner: { type: 'string', checks: [{ format: 'datetime', pattern: datetime.source }] } },
        tone: { type: 'enum', values: ['red', 'green'] },
        tags: { type: 'array', element: { type: 'string' }, checks: [{ max: 3 }, { min: 1 }] },
        cover: { type: 'record', key: { type: 'string', checks: [{ min: 1 }] }, value: { type: 'string' } },
      },
    });
    // JSON: what is checked in is exactly what was generated.
    assert.deepEqual(JSON.parse(JSON.stringify(describeSchema(schema))), describeSchema(schema));
  });

  it('describes a key with a default, so that the interpreter fills it in as zod does', () => {
    const schema = z.strictObject({ text: z._default(z.string(), ''), list: z._default(z.array(z.string()), () => []) });
    assert.deepEqual(describeSchema(schema), {
      type: 'object',
      shape: {
        text: { type: 'default', inner: { type: 'string' }, value: '' },
        list: { type: 'default', inner: { type: 'array', element: { type: 'string' } }, value: [] },
      },
    });
  });

  it('runs a one-option union as its option, as zod does', () => {
    assert.deepEqual(describeSchema(z.union([z.boolean()])), { type: 'boolean' });
  });

  const refused: [string, () => unknown, RegExp][] = [
    ['an object that keeps or strips unknown keys', () => z.object({ a: z.string() }), /not a z\.strictObject/],
    ['a loose object', () => z.looseObject({ a: z.string() }), /not a z\.strictObject/],
    ['a string format with code of its own', () => z.email(), /string format "email"/],
    ['a format zod checks beyond its pattern', () => z.url(), /string format "url"/],
    ['a refinement', () => z.string().check(z.refine((s) => s.length > 2)), /custom check/],
    ['a transform of the text', () => z.string().check(z.trim()), /overwrite check/],
    ['an exclusive bound', () => z.number().check(z.gt(0)), /exclusive bound/],
    ['a number format other than safeint', () => z.int32(), /number format "int32"/],
    ['z.optional outside an object', () => z.array(z.optional(z.string())), /z\.optional other than/],
    ['a default outside an object', () => z.array(z._default(z.string(), 'x')), /z\._default other than/],
    ['a default that is an object', () => z.strictObject({ a: z._default(z.strictObject({}), {}) }), /a default other than/],
    ['a pipe', () => z.pipe(z.string(), z.string()), /pipe schema/],
    ['a record with enum keys', () => z.record(z.enum(['a']), z.string()), /record with enum keys/],
    ['a discriminated union', () => z.discriminatedUnion('k', [z.strictObject({ k: z.literal('a') })]), /option "discriminator"/],
    ['a custom error-free check that stops early', () => z.string().check(z.maxLength(3, { abort: true })), /abort: true/],
    ['a global regular expression', () => z.string().check(z.regex(/a/g)), /flags "g"/],
    ['coercion', () => z.coerce.string(), /z\.coerce/],
    ['a bigint literal', () => z.literal(1n), /literal value 1/],
  ];
  for (const [what, schema, message] of refused) {
    it(`refuses ${what}`, () => {
      assert.throws(() => describeSchema(schema() as never), message);
    });
  }

  it('refuses a recursive model', () => {
    const node: any = z.strictObject({
      get children() {
        return z.array(node);
      },
    });
    assert.throws(() => describeSchema(node), /recursive schema at children\[\]/);
  });

  it('says where the unsupported part is', () => {
    const schema = z.strictObject({ outer: z.strictObject({ list: z.array(z.email()) }) });
    assert.throws(() => describeSchema(schema), /at outer\.list\[\] \(check string_format\)/);
  });
});
