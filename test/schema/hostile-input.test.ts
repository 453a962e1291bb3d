import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFramework, validateReturn, type Issue, type Result } from '@s11kit/schema';
import { NOW, testFramework, validReturn } from '../helpers/fixtures.js';
import { codes } from '../helpers/issues.js';
import { JUNK } from '../helpers/junk.js';

const framework = testFramework();

/** Every hostile input must give structured issues: no throw, no success, every issue well formed. */
function assertStructuredFailure(result: Result<unknown>): void {
  assert.equal(result.ok, false);
  assert.ok(result.issues.length > 0);
  for (const issue of result.issues as Issue[]) {
    assert.ok(Array.isArray(issue.path));
    assert.equal(typeof issue.code, 'string');
    assert.ok(issue.severity === 'error' || issue.severity === 'warning');
    assert.equal(typeof issue.message, 'string');
    assert.ok(issue.message.length < 1000, 'messages stay short whatever the input');
  }
}

describe('hostile input: never a throw, always structured issues', () => {
  for (const [name, value] of JUNK) {
    it(`validateReturn and parseFramework given ${name}`, () => {
      assertStructuredFailure(validateReturn(framework, value));
      assertStructuredFailure(parseFramework(value));
    });
  }

  it('wrong types in every field', () => {
    const ret: any = validReturn(framework);
    ret.organisation = 'Acme';
    ret.responses[0].actions = 'none';
    ret.responses[1].evidence = { text: 'x' };
    ret.cycle.year = 'one';
    ret.cover = [];
    const result = validateReturn(framework, ret);
    assertStructuredFailure(result);
    assert.ok(result.issues.length >= 5);
  });

  it('huge strings are stopped by a ceiling with a readable message', () => {
    const ret: any = validReturn(framework);
    ret.responses[0].evidence = 'x'.repeat(2_000_000);
    ret.organisation.name = 'y'.repeat(100_000);
    const result = validateReturn(framework, ret);
    assertStructuredFailure(result);
    assert.deepEqual(codes(result), ['too_long', 'too_long']);
    assert.equal(result.issues[1]!.message, 'The evidence for standard 1, Leadership must be 100000 characters or fewer');
  });

  it('prototype-pollution keys are refused and pollute nothing', () => {
    const text = JSON.stringify(validReturn(framework));
    const withProto = text.replace('{', '{"__proto__":{"polluted":true},');
    const ret = JSON.parse(withProto);
    const result = validateReturn(framework, ret);
    assertStructuredFailure(result);
    assert.equal(({} as any).polluted, undefined);
    assert.deepEqual(result.issues[0]!.path, ['__proto__']);

    const cover = JSON.parse(text.replace('"cover":{', '"cover":{"__proto__":{"polluted":true},'));
    const coverResult = validateReturn(framework, cover);
    assertStructuredFailure(coverResult);
    assert.deepEqual(codes(coverResult), ['unknown_cover_field']);
    assert.equal(({} as any).polluted, undefined);

    const constructorKey = JSON.parse(text.replace('"respondent":{', '"respondent":{"constructor":{"prototype":{"polluted":true}},'));
    assertStructuredFailure(validateReturn(framework, constructorKey));
    assert.equal(({} as any).polluted, undefined);

    const frameworkData = JSON.parse(JSON.stringify(framework).replace('{', '{"__proto__":{"polluted":true},'));
    assertStructuredFailure(parseFramework(frameworkData));
  });

  it('deeply nested junk is reported, not recursed into', () => {
    let deep: any = {};
    for (let i = 0; i < 100_000; i++) deep = { deep };
    const ret: any = validReturn(framework);
    ret.responses[0].rating = deep;
    ret.cover['senior-lead'] = deep;
    const result = validateReturn(framework, ret);
    assertStructuredFailure(result);
    assert.deepEqual(codes(result), ['invalid_type', 'invalid_type']);
    assertStructuredFailure(validateReturn(framework, deep));
  });

  it('very long lists are capped and the issue list stays readable', () => {
    const ret: any = validReturn(framework);
    ret.responses = Array.from({ length: 5000 }, () => ({ standardId: 7 }));
    const tooLong = validateReturn(framework, ret);
    assertStructuredFailure(tooLong);
    assert.ok(codes(tooLong).includes('too_many'));

    ret.responses = Array.from({ length: 150 }, () => ({ standardId: 7, rating: 7, evidence: 7, explanation: 7, actions: 7 }));
    const many = validateReturn(framework, ret);
    assertStructuredFailure(many);
    assert.equal(many.issues.length, 201);
    assert.equal(many.issues.at(-1)!.code, 'too_many_issues');
    assert.match(many.issues.at(-1)!.message, /^There are 550 more problems not listed/);
  });

  it('getters that throw become an issue, not an exception', () => {
    const ret: any = validReturn(framework);
    Object.defineProperty(ret, 'responses', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    assertStructuredFailure(validateReturn(framework, ret));
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    assertStructuredFailure(validateReturn(framework, proxy));
    assertStructuredFailure(parseFramework(proxy));
  });

  it('a valid return with hostile text in its answers is accepted as plain text', () => {
    const ret = validReturn(framework);
    ret.responses[0]!.evidence = '<script>alert(1)</script> =HYPERLINK("x") {{constructor}}';
    assert.equal(validateReturn(framework, ret, { now: NOW }).ok, true);
  });
});
