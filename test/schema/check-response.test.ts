import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkResponse, emptyResponse, responseStatus, validateReturn } from '@s11kit/schema';
import { NOW, testFramework, validReturn } from '../helpers/fixtures.js';

const framework = testFramework();

describe('checkResponse and responseStatus', () => {
  it('give the same issues for one response as validateReturn gives for it in a whole return', () => {
    const ret = validReturn(framework);
    ret.responses[1]!.actions[0]!.lead = '';
    ret.responses[1]!.evidence = '';
    const whole = validateReturn(framework, ret, { now: NOW }).issues;
    const single = checkResponse(framework, ret.responses[1]!, { now: NOW, position: 1, sector: 'statutory' });
    assert.deepEqual(single, whole);
  });

  it('say what a standard still needs, in the sector’s wording', () => {
    const response = { ...emptyResponse('leadership'), rating: 'red' };
    const [evidence, plan] = checkResponse(framework, response, { sector: 'education', now: NOW });
    assert.equal(evidence!.message, 'Enter evidence of impact for standard 1, Leadership and governance: a rating of Red needs it');
    assert.equal(plan!.message, 'Add at least one action for standard 1, Leadership and governance: a rating of Red needs an action plan');
  });

  it('report nothing missing in draft mode, only what is wrong', () => {
    assert.deepEqual(checkResponse(framework, { ...emptyResponse('leadership'), rating: 'red' }, { mode: 'draft' }), []);
    assert.equal(checkResponse(framework, { ...emptyResponse('leadership'), rating: 'purple' }, { mode: 'draft' })[0]!.code, 'unknown_rating');
  });

  it('status: not started, in progress, complete', () => {
    const status = (response: Parameters<typeof responseStatus>[1]) => responseStatus(framework, response, { now: NOW });
    assert.equal(status(undefined), 'not-started');
    assert.equal(status(emptyResponse('leadership')), 'not-started');
    assert.equal(status({ ...emptyResponse('leadership'), evidence: 'Some evidence' }), 'in-progress');
    assert.equal(status({ ...emptyResponse('leadership'), rating: 'amber' }), 'in-progress');
    assert.equal(status({ ...emptyResponse('leadership'), rating: 'green' }), 'in-progress', 'Green needs evidence');
    assert.equal(status({ ...emptyResponse('leadership'), rating: 'green', evidence: 'Minutes' }), 'complete');
    assert.equal(status(validReturn(framework).responses[1]), 'complete');
  });
});
