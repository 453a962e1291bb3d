import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeParse } from 'zod/v4/core';
import { AuditReturnSchema, FrameworkMappingSchema, FrameworkSchema, formatPath, type Framework } from '@s11kit/schema';
// The structure checkers are internal, so they are read from the build directly.
import { checkFrameworkStructure, checkMappingStructure, checkReturnStructure } from '../../packages/schema/dist/structure/checkers.generated.js';
import { modelCheckersSource } from '../../packages/schema/dist/structure/model-checkers.js';
import type { StructureIssue, StructureResult } from '../../packages/schema/dist/structure/types.js';
import { fromStructureIssue, type DescribePath } from '../../packages/schema/dist/issues/from-structure.js';
import { returnPathDescriber } from '../../packages/schema/dist/return/describe-return-path.js';
import { testFramework, testFrameworkData, validReturn } from '../helpers/fixtures.js';
import { mutate } from '../helpers/mutate.js';
import { frameworkJson, frameworksRoot, samples } from '../helpers/samples.js';
import { JUNK } from '../helpers/junk.js';
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { SeededRandom } from '../helpers/seeded-random.js';

// Node and browsers check structure with the same code, generated from the zod models at build
// time. Every input here is checked by zod (the reference) and by the generated checker; they
// must agree on success, on the data (the checker hands back the input itself, which must hold
// what zod's copy holds), on each issue's fields that our wording reads, and on the worded issues.

type DocumentName = 'framework' | 'auditReturn' | 'mapping';
const MODELS = { framework: FrameworkSchema, auditReturn: AuditReturnSchema, mapping: FrameworkMappingSchema };
const CHECKERS: Record<DocumentName, (input: unknown) => StructureResult<unknown>> = {
  framework: checkFrameworkStructure,
  auditReturn: checkReturnStructure,
  mapping: checkMappingStructure,
};
const SEED = Number(process.env.S11_AGREEMENT_SEED ?? 20260501);

type Outcome = StructureResult<unknown> | { readonly threw: string };

function attempt(parse: () => StructureResult<unknown>): Outcome {
  try {
    return parse();
  } catch (error) {
    return { threw: error instanceof Error ? error.message : String(error) };
  }
}

function zodOutcome(name: DocumentName, input: unknown): Outcome {
  return attempt(() => {
    const result = safeParse(MODELS[name], input);
    return result.success ? { success: true, data: result.data } : { success: false, issues: result.error.issues };
  });
}

/** The fields of each kind of issue that `fromStructureIssue` reads (zod's `message`, `inclusive`... are not). */
const READ: Partial<Record<StructureIssue['code'], readonly string[]>> = {
  invalid_type: ['expected'],
  unrecognized_keys: ['keys'],
  invalid_value: ['values'],
  invalid_format: ['format'],
  too_big: ['origin', 'maximum'],
  too_small: ['origin', 'minimum'],
};

function readFields(issue: StructureIssue): Record<string, unknown> {
  const fields: Record<string, unknown> = { code: issue.code, path: issue.path };
  for (const key of READ[issue.code] ?? []) fields[key] = (issue as Record<string, unknown>)[key];
  if (issue.code === 'invalid_union') fields.errors = issue.errors.map((option) => option.map(readFields));
  return fields;
}

function worded(issues: readonly StructureIssue[], input: unknown, describePath: DescribePath) {
  return issues.flatMap((issue) => fromStructureIssue(issue, input, describePath)).map(({ path, code, message }) => ({ path, code, message }));
}

/** The input, short enough to print: long text and long lists are cut. */
function show(input: unknown): string {
  try {
    return JSON.stringify(input, (_, value: unknown) =>
      typeof value === 'string' && value.length > 80
        ? `${value.slice(0, 20)}... (${value.length} characters)`
        : Array.isArray(value) && value.length > 20
          ? [...value.slice(0, 3), `... (${value.length} items)`]
          : typeof value === 'bigint' || typeof value === 'symbol' || typeof value === 'function'
            ? String(value)
            : value,
    ).slice(0, 4000);
  } catch (error) {
    return `(cannot be shown: ${String(error)})`;
  }
}

function assertAgree(name: DocumentName, input: unknown, describePath: () => DescribePath, context: string): void {
  const reference = zodOutcome(name, input);
  const before = snapshot(input);
  const outcome = attempt(() => CHECKERS[name](input));
  if (before !== undefined) assert.deepEqual(snapshot(input), before, `the checker changed its input: ${context}`);
  try {
    assertSame(outcome, reference, input, describePath);
  } catch (error) {
    // Said only on failure: showing every input would cost more than checking it.
    const detail = error instanceof Error ? error.message : String(error);
    assert.fail(`the generated checker and zod disagree: ${context}\nseed ${SEED}\ninput ${show(input)}\n${detail}`);
  }
}

/** The input as plain data, if it can be read as such (not a proxy that throws, not 100,000 levels deep). */
function snapshot(input: unknown): unknown {
  try {
    return plain(input);
  } catch {
    return undefined;
  }
}

/**
 * A value as plain data, to compare the input with zod's copy: prototypes aside (zod's copy of a
 * record is a plain object whatever the input's prototype), and without own `__proto__` keys, which
 * zod's copy of a record leaves out (a strict object refuses them; validateReturn's cover rule
 * refuses them in the cover sheet, reading the input).
 */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (key !== '__proto__') copy[key] = plain((value as Record<string, unknown>)[key]);
  return copy;
}

function assertSame(outcome: Outcome, reference: Outcome, input: unknown, describePath: () => DescribePath): void {
  if ('threw' in reference || 'threw' in outcome) return assert.deepEqual(outcome, reference);
  assert.equal(outcome.success, reference.success, `zod: ${show(reference)}\nthis: ${show(outcome)}`);
  if (outcome.success && reference.success) {
    assert.deepEqual(plain(outcome.data), plain(reference.data));
    // In place, unless a key left out had a default to fill in (then a copy, the input untouched).
    if (isDeepStrictEqual(plain(input), plain(reference.data))) assert.equal(outcome.data, input, 'the checker copied the input although nothing needed filling in');
    else assert.notEqual(outcome.data, input, 'a default was filled in without copying');
  } else if (!outcome.success && !reference.success) {
    assert.deepEqual(outcome.issues.map(readFields), reference.issues.map(readFields));
    assert.deepEqual(worded(outcome.issues, input, describePath()), worded(reference.issues, input, describePath()));
  }
}

const describeFrameworkPath: DescribePath = (path) => (path.length === 0 ? 'the framework' : `field ${formatPath(path)}`);
const framework: Framework = testFramework();

// Made only when there are issues to word, as validateReturn does (a revoked proxy cannot be read).
const checkReturn = (input: unknown, context: string) => assertAgree('auditReturn', input, () => returnPathDescriber(framework, input), context);
const checkFramework = (input: unknown, context: string) => assertAgree('framework', input, () => describeFrameworkPath, context);
const checkMappingAgrees = (input: unknown, context: string) => assertAgree('mapping', input, () => describeFrameworkPath, context);
const mappingFiles = (): unknown[] =>
  readdirSync(`${frameworksRoot}mappings`)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(`${frameworksRoot}mappings/${file}`, 'utf8')));

const FRAMEWORK_IDS = ['portsmouth-compact', 'buckinghamshire-s11', 'city-hackney-s11', 'isle-of-wight-vcs'];
const validReturns = (): unknown[] => [validReturn(framework), ...samples().map((sample) => sample.data)];
const validFrameworks = (): unknown[] => [structuredClone(testFrameworkData), ...FRAMEWORK_IDS.map(frameworkJson)];

describe('structure: the generated checker agrees with zod', () => {
  it('on every sample return and built-in framework', () => {
    for (const sample of samples()) checkReturn(sample.data, `sample ${sample.framework}/${sample.name}`);
    for (const id of FRAMEWORK_IDS) checkFramework(frameworkJson(id), `framework ${id}`);
    checkFramework(structuredClone(testFrameworkData), 'the test framework');
    checkReturn(validReturn(framework), 'the valid test return');
    for (const [i, mapping] of mappingFiles().entries()) checkMappingAgrees(mapping, `shipped mapping ${i + 1}`);
  });

  it('on hostile input', () => {
    for (const [name, value] of JUNK) {
      checkReturn(value, `a return that is ${name}`);
      checkFramework(value, `a framework that is ${name}`);
    }

    const wrongTypes: any = validReturn(framework);
    wrongTypes.organisation = 'Acme';
    wrongTypes.responses[0].actions = 'none';
    wrongTypes.responses[1].evidence = { text: 'x' };
    wrongTypes.cycle.year = 'one';
    wrongTypes.cover = [];
    checkReturn(wrongTypes, 'wrong types in every field');

    const huge: any = validReturn(framework);
    huge.responses[0].evidence = 'x'.repeat(2_000_000);
    huge.organisation.name = 'y'.repeat(100_000);
    checkReturn(huge, 'huge strings');

    const text = JSON.stringify(validReturn(framework));
    checkReturn(JSON.parse(text.replace('{', '{"__proto__":{"polluted":true},')), '__proto__ at the top');
    checkReturn(JSON.parse(text.replace('"cover":{', '"cover":{"__proto__":{"polluted":true},')), '__proto__ in the cover sheet');
    checkReturn(JSON.parse(text.replace('"respondent":{', '"respondent":{"constructor":{"prototype":{"polluted":true}},')), 'a constructor key');
    checkReturn(JSON.parse(text.replace('"cover":{', '"cover":{"constructor":"x","toString":"y",')), 'Object.prototype names as cover keys');
    checkFramework(JSON.parse(JSON.stringify(testFrameworkData).replace('{', '{"__proto__":{"polluted":true},')), '__proto__ in a framework');
    assert.equal(({} as any).polluted, undefined);

    let deep: any = {};
    for (let i = 0; i < 100_000; i++) deep = { deep };
    const nested: any = validReturn(framework);
    nested.responses[0].rating = deep;
    nested.cover['senior-lead'] = deep;
    checkReturn(nested, 'deeply nested junk');
    checkReturn(deep, 'a deeply nested return');

    const long: any = validReturn(framework);
    long.responses = Array.from({ length: 5000 }, () => ({ standardId: 7 }));
    checkReturn(long, 'a very long list');
    long.responses = Array.from({ length: 150 }, () => ({ standardId: 7, rating: 7, evidence: 7, explanation: 7, actions: 7 }));
    checkReturn(long, 'a list of 150 wrong responses');

    const getter: any = validReturn(framework);
    Object.defineProperty(getter, 'responses', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    checkReturn(getter, 'a getter that throws');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    checkReturn(proxy, 'a revoked proxy');
    checkFramework(proxy, 'a revoked proxy');

    const hostileText = validReturn(framework);
    hostileText.responses[0]!.evidence = '<script>alert(1)</script> =HYPERLINK("x") {{constructor}}';
    checkReturn(hostileText, 'hostile text in an answer');
  });

  it('on edge cases of zod’s own rules', () => {
    const edit = (change: (ret: any) => void): unknown => {
      const ret: any = validReturn(framework);
      change(ret);
      return ret;
    };
    // Lengths count code points; length checks also run on anything with a length.
    checkReturn(
      edit((r) => (r.organisation.name = '😀'.repeat(500))),
      '500 astral characters',
    );
    checkReturn(
      edit((r) => (r.organisation.name = '😀'.repeat(501))),
      '501 astral characters',
    );
    checkReturn(
      edit((r) => (r.organisation.name = `${'x'.repeat(499)}\uD800`)),
      'a lone surrogate',
    );
    checkReturn(
      edit((r) => (r.organisation.name = Array(600).fill('x'))),
      'a list where text belongs',
    );
    checkReturn(
      edit((r) => (r.organisation.name = { length: 600 })),
      'an object with a length',
    );
    checkReturn(
      edit((r) => (r.organisation.name = { length: 'long' })),
      'an object with a length that is text',
    );
    checkReturn(
      edit((r) => (r.organisation.partnerships = 'x'.repeat(60))),
      'long text where a list belongs',
    );
    // Whole numbers: a fraction stops every later check, an unsafe integer does not.
    checkReturn(
      edit((r) => (r.cycle.start = 2000.5)),
      'a fraction',
    );
    checkReturn(
      edit((r) => (r.cycle.start = 2 ** 60)),
      'an unsafe integer',
    );
    checkReturn(
      edit((r) => (r.cycle.start = -(2 ** 60))),
      'a negative unsafe integer',
    );
    checkReturn(
      edit((r) => (r.cycle.start = NaN)),
      'NaN',
    );
    checkReturn(
      edit((r) => (r.cycle.start = Infinity)),
      'Infinity',
    );
    // Unions: one option that got further, or none.
    checkReturn(
      edit((r) => (r.organisation.sector = 'Bad Sector')),
      'a sector with a space',
    );
    checkReturn(
      edit((r) => (r.organisation.sector = 'x'.repeat(81))),
      'a long sector',
    );
    checkReturn(
      edit((r) => (r.organisation.sector = 7)),
      'a number for a sector',
    );
    checkReturn(
      edit((r) => (r.responses[1].actions[0].due = '2026-02-30')),
      'an impossible due date',
    );
    checkReturn(
      edit((r) => delete r.responses[1].actions[0].due),
      'no due date',
    );
    // Records: key checks, symbols, non-enumerable keys, sparse lists, optional keys set to undefined.
    checkReturn(
      edit((r) => (r.cover['Bad Key'] = 'x')),
      'a cover key that is not an id',
    );
    checkReturn(
      edit((r) => (r.cover[Symbol('s')] = 'x')),
      'a symbol cover key',
    );
    checkReturn(
      edit((r) => Object.defineProperty(r.cover, 'hidden', { value: 1, enumerable: false })),
      'a hidden cover key',
    );
    checkReturn(
      edit((r) => (r.cover = Object.assign(Object.create(null), r.cover))),
      'a cover with no prototype',
    );
    checkReturn(
      edit((r) => (r.cover = new Map())),
      'a map for a cover',
    );
    checkReturn(
      // eslint-disable-next-line no-sparse-arrays -- a sparse list is the junk under test
      edit((r) => (r.organisation.partnerships = [, 'north'])),
      'a sparse list',
    );
    checkReturn(
      edit((r) => (r.$schema = undefined)),
      'an optional key set to undefined',
    );
    checkReturn(
      edit((r) => (r.responses = Array(201).fill(r.responses[0]))),
      'a list one over its ceiling',
    );
    checkReturn(
      edit((r) => (r.responses[0].actions = Array(51).fill(7))),
      'a nested list over its ceiling',
    );
    checkFramework({ ...structuredClone(testFrameworkData), scale: { ...testFrameworkData.scale, levels: [] } }, 'a scale with no levels');
    checkFramework({ ...structuredClone(testFrameworkData), partnerships: [] }, 'no partnerships');
    checkFramework({ ...structuredClone(testFrameworkData), evidenceMaxLength: 99.5 }, 'a fraction for a limit');
  });

  it('on thousands of random mutations of valid returns and frameworks', (t) => {
    const random = new SeededRandom(SEED);
    const returns = validReturns();
    const frameworks = validFrameworks();
    let cases = 0;
    for (let i = 0; i < 3000; i++) {
      const { input, steps } = mutate(random.pick(returns), random);
      checkReturn(input, `return mutation ${i}: ${steps.join('; ')}`);
      cases++;
    }
    for (let i = 0; i < 2000; i++) {
      const { input, steps } = mutate(random.pick(frameworks), random);
      checkFramework(input, `framework mutation ${i}: ${steps.join('; ')}`);
      cases++;
    }
    const mappings = mappingFiles();
    for (let i = 0; i < 1000; i++) {
      const { input, steps } = mutate(random.pick(mappings), random);
      checkMappingAgrees(input, `mapping mutation ${i}: ${steps.join('; ')}`);
      cases++;
    }
    assert.equal(cases, 6000);
    t.diagnostic(`${cases} random cases from seed ${SEED} (set S11_AGREEMENT_SEED to try another)`);
  });
});

describe('structure: checkers.generated.ts', () => {
  it('is what the models generate now (run `npm run build` when this fails)', () => {
    const file = new URL('../../packages/schema/src/structure/checkers.generated.ts', import.meta.url);
    assert.equal(readFileSync(file, 'utf8'), modelCheckersSource());
  });

  it('builds no code at run time and carries no zod', () => {
    const file = new URL('../../packages/schema/src/structure/checkers.generated.ts', import.meta.url);
    const source = readFileSync(file, 'utf8');
    assert.doesNotMatch(source, /\bnew Function\b|\beval\(|from 'zod/);
  });
});
