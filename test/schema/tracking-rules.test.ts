import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadFramework } from '@s11kit/frameworks';
import { validateReturn } from '@s11kit/schema';
import { assertOk, codes } from '../helpers/issues.js';
import { sampleReturn } from '../helpers/samples.js';

// Action a4 of the Portsmouth NHS trust sample is action 1 of standard 11, Disabled children.
const framework = await loadFramework('portsmouth-compact');
const NOW = { now: '2026-09-01T10:00:00Z' };

function withA4(change: (a4: any) => void) {
  const ret = sampleReturn('portsmouth-compact', 'valid-nhs-trust');
  change(ret.responses[10]!.actions[0]!);
  return ret;
}

describe('validateReturn: year-2 action records', () => {
  it('accepts a year-1 return unchanged, and chained revisions that end at the due date', () => {
    assertOk(validateReturn(framework, sampleReturn('portsmouth-compact', 'valid-nhs-trust')));
    const ret = withA4((a4) => {
      a4.due = '2027-02-28';
      a4.revisions = [
        { from: '2026-09-30', to: '2026-12-31', reason: 'Lost a post', at: '2026-09-01T10:00:00Z' },
        { from: '2026-12-31', to: '2027-02-28', reason: 'Guidance late', at: '2026-12-01T10:00:00Z' },
      ];
    });
    assertOk(validateReturn(framework, ret, { mode: 'submit', ...NOW }));
  });

  it('reports a revision that does not start where the one before it ended, in every mode', () => {
    const ret = withA4((a4) => {
      a4.due = '2027-02-28';
      a4.revisions = [
        { from: '2026-09-30', to: '2026-12-31', reason: 'Lost a post', at: '2026-09-01T10:00:00Z' },
        { from: '2026-11-30', to: '2027-02-28', reason: 'Guidance late', at: '2026-12-01T10:00:00Z' },
      ];
    });
    const result = validateReturn(framework, ret, { mode: 'draft' });
    assert.deepEqual(result.issues, [
      {
        path: ['responses', 10, 'actions', 0, 'revisions', 1, 'from'],
        code: 'revision_chain_broken',
        severity: 'error',
        message:
          'Due date change 2 of action 1 of standard 11, Disabled children starts from 30 November 2026, but change 1 moved the date to 31 December 2026: each change must start from the date the one before it set',
        standardId: 'disabled-children',
      },
    ]);
  });

  it('reports a due date that is not where the last revision moved it', () => {
    const ret = withA4((a4) => {
      a4.due = '2027-01-15';
      a4.revisions = [{ from: '2026-09-30', to: '2026-12-31', reason: 'Lost a post', at: '2026-09-01T10:00:00Z' }];
    });
    const result = validateReturn(framework, ret, { mode: 'draft' });
    assert.deepEqual(codes(result), ['revision_due_mismatch']);
    assert.equal(
      result.issues[0]!.message,
      'The due date of action 1 of standard 11, Disabled children is 15 January 2027, but its last due date change moved it to 31 December 2026: make them the same',
    );
    assert.deepEqual(result.issues[0]!.path, ['responses', 10, 'actions', 0, 'due']);
  });

  it('at submit, needs a reason for each revision and evidence for a completed action', () => {
    const ret = withA4((a4) => {
      a4.due = '2026-12-31';
      a4.revisions = [{ from: '2026-09-30', to: '2026-12-31', reason: '', at: '2026-09-01T10:00:00Z' }];
      a4.status = 'complete';
      a4.completion = { on: '2026-09-01', evidence: '' };
    });
    assertOk(validateReturn(framework, ret, { mode: 'draft' }));
    const result = validateReturn(framework, ret, { mode: 'submit', ...NOW });
    assert.deepEqual(
      result.issues.map((i) => [i.code, i.message]),
      [
        ['revision_reason_required', 'Enter the reason for due date change 1 of action 1 of standard 11, Disabled children'],
        ['completion_evidence_required', 'Enter the evidence that action 1 of standard 11, Disabled children is complete'],
      ],
    );
  });

  it('names year-2 fields in words when their shape is wrong', () => {
    const ret = withA4((a4) => {
      a4.progress = [{ at: 'yesterday', note: 'Started' }];
      a4.completion = { on: '2026-09-01', evidence: 5 };
    });
    assert.deepEqual(
      validateReturn(framework, ret).issues.map((i) => i.message),
      [
        'The time of progress report 1 of action 1 of standard 11, Disabled children must be a date and time like 2026-05-01T16:30:00Z',
        'The completion evidence for action 1 of standard 11, Disabled children must be text, not a whole number',
      ],
    );
  });
});
