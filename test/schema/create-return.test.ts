import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionIds, createReturn, emptyAction, validateReturn } from '@s11kit/schema';
import { NOW, testFramework } from '../helpers/fixtures.js';
import { assertOk, codes } from '../helpers/issues.js';

const framework = testFramework();

describe('createReturn', () => {
  it('gives an empty draft that passes draft validation and fails submit', () => {
    const draft = createReturn(framework, { organisation: 'Example Trust', sector: 'statutory', now: NOW });
    assert.equal(draft.status, 'draft');
    assert.deepEqual(draft.framework, { id: 'test-tool', version: '2026.1' });
    assert.equal(draft.createdAt, '2026-05-01T11:00:00.000Z');
    assert.equal(draft.submittedAt, null);
    assert.deepEqual(draft.cover, { 'senior-lead': '', 'lead-email': '', 'date-completed': '' });
    assertOk(validateReturn(framework, draft));
    assert.ok(codes(validateReturn(framework, draft, { mode: 'submit', now: NOW })).includes('rating_required'));
  });

  it('answers only the standards that apply to the sector', () => {
    const ids = (sector?: string) => createReturn(framework, sector ? { sector } : {}).responses.map((r) => r.standardId);
    assert.deepEqual(ids('education'), ['leadership', 'safe-recruitment']);
    assert.deepEqual(ids('statutory'), ['leadership', 'safe-recruitment', 'contracting']);
    assert.deepEqual(ids(), ['leadership', 'safe-recruitment', 'contracting']);
  });

  it('fills in the cycle and the partnerships', () => {
    const draft = createReturn(framework, { partnerships: ['north', 'south'], cycleStart: 2025, cycleYear: 2, now: NOW });
    assert.deepEqual(draft.organisation.partnerships, ['north', 'south']);
    assert.deepEqual(draft.cycle, { start: 2025, year: 2 });
    assert.equal(createReturn(framework, { now: NOW }).cycle.start, 2026);
  });

  it('gives new actions ids that are not taken', () => {
    assert.equal(emptyAction().id, 'a1');
    assert.equal(emptyAction(['a1', 'a2']).id, 'a3');
    assert.equal(emptyAction(['a2']).id, 'a3');
    const draft = createReturn(framework, { now: NOW });
    draft.responses[0]!.actions.push(emptyAction(), { ...emptyAction(['a1']), id: 'a2' });
    assert.deepEqual(actionIds(draft), ['a1', 'a2']);
  });
});

describe('alignReturn', () => {
  it('keeps answers whose standards still exist, sets the others aside, adds new standards', async () => {
    const { alignReturn } = await import('@s11kit/schema');
    const { validReturn } = await import('../helpers/fixtures.js');
    const old = validReturn(framework);
    old.framework.version = '2025.1';
    old.responses.push({ standardId: 'retired-standard', rating: 'green', evidence: 'Kept safe', explanation: '', actions: [] });
    old.responses.splice(0, 1); // leadership was not in the old version
    const { value, setAside } = alignReturn(framework, old);
    assert.equal(value.framework.version, '2026.1');
    assert.deepEqual(
      value.responses.map((r) => r.standardId),
      ['leadership', 'safe-recruitment', 'contracting'],
    );
    assert.equal(value.responses[0]!.rating, null);
    assert.deepEqual(value.responses[1], old.responses[0], 'answers are kept exactly');
    assert.deepEqual(
      setAside.map((r) => r.evidence),
      ['Kept safe'],
    );
  });
});
