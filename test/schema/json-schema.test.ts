import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { validateReturn, parseFramework } from '@s11kit/schema';
import { testFramework, validReturn } from '../helpers/fixtures.js';

const require = createRequire(import.meta.url);
const schemaFile = (name: string) => JSON.parse(readFileSync(require.resolve(`@s11kit/schema/json-schema/${name}`), 'utf8'));
const frameworksRoot = require.resolve('@s11kit/frameworks/package.json').replace(/package\.json$/, '');

// A standard JSON Schema validator, independent of zod. "format" is an annotation in 2020-12;
// the date patterns in the schema do the checking.
const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false });
const validateFrameworkJson = ajv.compile(schemaFile('framework.schema.json'));
const validateReturnJson = ajv.compile(schemaFile('audit-return.schema.json'));
const validateMappingJson = ajv.compile(schemaFile('mapping.schema.json'));

const samples = () =>
  readdirSync(`${frameworksRoot}samples`, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ file, data: JSON.parse(readFileSync(`${frameworksRoot}samples/${file}`, 'utf8')) }));

describe('JSON Schema files', () => {
  it('are draft 2020-12 with an $id where the $schema links of data files point', () => {
    for (const name of ['framework.schema.json', 'audit-return.schema.json', 'mapping.schema.json', 'return-event.schema.json']) {
      const schema = schemaFile(name);
      assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.equal(schema.$id, `https://unpkg.com/@s11kit/schema/json-schema/${name}`);
    }
  });

  it('every built-in framework validates against the framework schema', () => {
    for (const file of readdirSync(`${frameworksRoot}data`).filter((f) => f.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(`${frameworksRoot}data/${file}`, 'utf8'));
      assert.equal(validateFrameworkJson(data), true, `${file}: ${ajv.errorsText(validateFrameworkJson.errors)}`);
    }
  });

  it('every sample return validates against the return schema (round trip through JSON)', () => {
    const all = samples();
    assert.ok(all.length >= 12);
    for (const { file, data } of all) {
      // Structural errors are the only thing JSON Schema can see: samples broken on purpose in
      // their structure are expected to fail, every other sample to pass.
      const structural = /rating-is-number|structur|wrong-type/.test(file);
      assert.equal(validateReturnJson(data), !structural, `${file}: ${ajv.errorsText(validateReturnJson.errors)}`);
    }
  });

  it('agrees with zod on what is structurally valid', () => {
    const framework = testFramework();
    const ret = JSON.parse(JSON.stringify(validReturn(framework)));
    assert.equal(validateReturnJson(ret), true);
    assert.equal(validateReturn(framework, ret, { mode: 'draft' }).ok, true);
    for (const broken of [
      { ...ret, extra: 1 },
      { ...ret, status: 'done' },
      { ...ret, responses: [{ ...ret.responses[0], due: 1 }] },
    ]) {
      assert.equal(validateReturnJson(broken), false);
      assert.equal(validateReturn(framework, broken, { mode: 'draft' }).ok, false);
    }
    // A draft's due date may be half typed (year-month-day as typed); anything else is refused.
    const actionWithBadDate = structuredClone(ret);
    actionWithBadDate.responses[1].actions[0].due = '31/03/2027';
    assert.equal(validateReturnJson(actionWithBadDate), false, 'the schema checks the shape of a date entry');
    actionWithBadDate.responses[1].actions[0].due = '2027-3-';
    assert.equal(validateReturnJson(actionWithBadDate), true, 'a date typed halfway is a valid draft');
    // A revision's dates are real dates, always.
    const revision = structuredClone(ret);
    revision.responses[1].actions[0].revisions = [{ from: '2026-09-30', to: '2026-02-30', reason: 'x', at: '2026-05-01T10:00:00Z' }];
    assert.equal(validateReturnJson(revision), false, 'the schema checks real calendar dates too');
  });

  it('every shipped mapping validates against the mapping schema, and a broken one does not', () => {
    const files = readdirSync(`${frameworksRoot}mappings`).filter((f) => f.endsWith('.json'));
    assert.equal(files.length, 6);
    for (const file of files) {
      const data = JSON.parse(readFileSync(`${frameworksRoot}mappings/${file}`, 'utf8'));
      assert.equal(validateMappingJson(data), true, `${file}: ${ajv.errorsText(validateMappingJson.errors)}`);
      assert.equal(validateMappingJson({ ...data, levels: [{ from: 'good' }] }), false);
      assert.equal(validateMappingJson({ ...data, id: 'Not An Id' }), false);
    }
  });

  it('year-2 records on actions and a signed statement validate against the return schema', () => {
    const ret = JSON.parse(JSON.stringify(validReturn(testFramework())));
    ret.responses[1].actions[0] = {
      ...ret.responses[1].actions[0],
      due: '2026-12-31',
      progress: [{ at: '2026-06-01T09:00:00Z', note: 'Started', status: 'in-progress' }],
      revisions: [{ from: '2026-09-30', to: '2026-12-31', reason: 'HR system late', at: '2026-06-01T09:00:00Z' }],
      completion: { on: '2026-06-01', evidence: 'Audit report' },
    };
    ret.history = [
      {
        kind: 'statement-of-compliance',
        at: '2027-05-01T09:00:00Z',
        signedBy: { name: 'A Leader', role: 'Chief executive' },
        statement: 'Still met.',
        changedStandards: [{ standardId: 'leadership', from: 'green', to: null }],
      },
    ];
    assert.equal(validateReturnJson(ret), true, ajv.errorsText(validateReturnJson.errors));
    assert.equal(validateReturnJson({ ...ret, history: [{ ...ret.history[0], kind: 'signature' }] }), false);
    const badRevision = structuredClone(ret);
    badRevision.responses[1].actions[0].revisions[0].to = '2026-02-30';
    assert.equal(validateReturnJson(badRevision), false);
  });

  it('a framework parsed by zod still validates against the JSON Schema', () => {
    const parsed = parseFramework(JSON.parse(JSON.stringify(testFramework())));
    assert.ok(parsed.ok);
    assert.equal(validateFrameworkJson(parsed.value), true, ajv.errorsText(validateFrameworkJson.errors));
  });
});
