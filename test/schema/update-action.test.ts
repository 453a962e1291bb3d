import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadFramework } from '@s11kit/frameworks';
import { updateAction, validateReturn, type AuditReturn } from '@s11kit/schema';
import { assertOk, codes } from '../helpers/issues.js';
import { sampleReturn } from '../helpers/samples.js';

// The Portsmouth NHS trust sample: action a4 is action 1 of standard 11, Disabled children, due
// 30 September 2026; a1 is action 1 of standard 4, due 31 October 2026; a3 is in progress.
const framework = await loadFramework('portsmouth-compact');
const nhsTrust = () => sampleReturn('portsmouth-compact', 'valid-nhs-trust');
const SEPTEMBER = '2026-09-01T10:00:00Z';
const at = (ret: AuditReturn, id: string) => ret.responses.flatMap((r) => r.actions).find((a) => a.id === id)!;
const valueOf = (result: ReturnType<typeof updateAction>): AuditReturn => {
  assertOk(result);
  return (result as { value: AuditReturn }).value;
};

describe('updateAction: due date revisions', () => {
  it('moves the due date, keeps the year-1 date as the first revision, and never changes the given return', () => {
    const before = nhsTrust();
    const copy = structuredClone(before);
    const once = valueOf(updateAction(before, 'a4', { kind: 'revise-due', due: '2026-12-31', reason: 'The policy team lost a post' }, { now: SEPTEMBER, framework }));
    assert.deepEqual(before, copy, 'the given return is unchanged');
    assert.equal(at(once, 'a4').due, '2026-12-31');
    assert.deepEqual(at(once, 'a4').revisions, [{ from: '2026-09-30', to: '2026-12-31', reason: 'The policy team lost a post', at: '2026-09-01T10:00:00.000Z' }]);
    assert.equal(once.updatedAt, '2026-09-01T10:00:00.000Z');
    assert.equal(at(once, 'a5'), at(before, 'a5'), 'other actions are shared, not copied');

    const twice = valueOf(
      updateAction(once, 'a4', { kind: 'revise-due', due: '2027-02-28', reason: 'Waiting for the national guidance' }, { now: '2026-12-01T09:00:00Z', framework }),
    );
    assert.deepEqual(
      at(twice, 'a4').revisions!.map((r) => [r.from, r.to]),
      [
        ['2026-09-30', '2026-12-31'],
        ['2026-12-31', '2027-02-28'],
      ],
    );
    assert.equal(at(twice, 'a4').due, '2027-02-28');
    // Still a valid submitted return: due dates are judged on the day it was submitted.
    assertOk(validateReturn(framework, twice));
  });

  it('refuses a revision without a reason, to a date that does not exist, or to the same date', () => {
    const ret = nhsTrust();
    const noReason = updateAction(ret, 'a4', { kind: 'revise-due', due: '2026-12-31', reason: '  ' }, { now: SEPTEMBER, framework });
    assert.equal(noReason.ok, false);
    assert.deepEqual(noReason.issues, [
      {
        path: ['responses', 10, 'actions', 0, 'revisions'],
        code: 'revision_reason_required',
        severity: 'error',
        message: 'Enter the reason for changing the due date of action 1 of standard 11, Disabled children',
        standardId: 'disabled-children',
      },
    ]);
    const notADate = updateAction(ret, 'a4', { kind: 'revise-due', due: '2026-02-30', reason: '' }, { now: SEPTEMBER, framework });
    assert.deepEqual(codes(notADate), ['revision_reason_required', 'revision_date_invalid']);
    assert.equal(notADate.issues[1]!.message, 'The new due date for action 1 of standard 11, Disabled children must be a real date, like 2027-03-31');
    assert.deepEqual(codes(updateAction(ret, 'a4', { kind: 'revise-due', due: 'next month', reason: 'Busy' }, { now: SEPTEMBER })), ['revision_date_invalid']);
    const same = updateAction(ret, 'a4', { kind: 'revise-due', due: '2026-09-30', reason: 'Busy' }, { now: SEPTEMBER, framework });
    assert.equal(
      same.issues[0]!.message,
      'The new due date for action 1 of standard 11, Disabled children is the same as its due date now, 30 September 2026: enter a different date',
    );
    const past = updateAction(ret, 'a4', { kind: 'revise-due', due: '2026-08-31', reason: 'Busy' }, { now: SEPTEMBER, framework });
    assert.deepEqual(codes(past), ['action_due_past']);
  });
});

describe('updateAction: status, progress and completion', () => {
  it('records a status change and a progress note with their time', () => {
    const started = valueOf(updateAction(nhsTrust(), 'a1', { kind: 'status', status: 'in-progress', note: 'First meeting booked' }, { now: SEPTEMBER }));
    assert.equal(at(started, 'a1').status, 'in-progress');
    const noted = valueOf(updateAction(started, 'a1', { kind: 'progress', note: '6 young people signed up' }, { now: '2026-09-15T08:30:00+01:00' }));
    assert.deepEqual(at(noted, 'a1').progress, [
      { at: '2026-09-01T10:00:00.000Z', note: 'First meeting booked', status: 'in-progress' },
      { at: '2026-09-15T07:30:00.000Z', note: '6 young people signed up' },
    ]);
    assert.equal(at(noted, 'a1').status, 'in-progress', 'a note alone keeps the status');
  });

  it('refuses an empty progress note', () => {
    const result = updateAction(nhsTrust(), 'a1', { kind: 'progress', note: '' }, { now: SEPTEMBER, framework });
    assert.equal(result.ok, false);
    assert.equal(
      result.issues[0]!.message,
      'Enter a progress note for action 1 of standard 4, Service development takes account of safeguarding and the views of children and families',
    );
  });

  it('completes an action with its evidence, dated today in London unless a date is given', () => {
    // 23:30 UTC on 30 September is 00:30 on 1 October in London.
    const done = valueOf(
      updateAction(nhsTrust(), 'a3', { kind: 'complete', evidence: 'The field went live on 14 September; audit of 20 records attached' }, { now: '2026-09-30T23:30:00Z' }),
    );
    assert.equal(at(done, 'a3').status, 'complete');
    assert.deepEqual(at(done, 'a3').completion, { on: '2026-10-01', evidence: 'The field went live on 14 September; audit of 20 records attached' });
    assert.deepEqual(at(done, 'a3').progress, [{ at: '2026-09-30T23:30:00.000Z', note: 'The field went live on 14 September; audit of 20 records attached', status: 'complete' }]);
    const dated = valueOf(updateAction(nhsTrust(), 'a3', { kind: 'complete', evidence: 'Live', on: '2026-09-14' }, { now: '2026-09-20T10:00:00Z' }));
    assert.equal(at(dated, 'a3').completion!.on, '2026-09-14');
  });

  it('refuses completion without evidence or dated in the future', () => {
    const ret = nhsTrust();
    const noEvidence = updateAction(ret, 'a3', { kind: 'complete', evidence: ' ' }, { now: SEPTEMBER, framework });
    assert.deepEqual(codes(noEvidence), ['completion_evidence_required']);
    assert.equal(noEvidence.issues[0]!.message, 'Enter the evidence that action 1 of standard 9, Information sharing is complete');
    const future = updateAction(ret, 'a3', { kind: 'complete', evidence: 'Live', on: '2026-09-02' }, { now: SEPTEMBER, framework });
    assert.equal(future.issues[0]!.message, 'The date action 1 of standard 9, Information sharing was completed must be today or in the past');
  });

  it('reopening drops the completion record; the progress history still holds its evidence', () => {
    const done = valueOf(updateAction(nhsTrust(), 'a3', { kind: 'complete', evidence: 'Live' }, { now: SEPTEMBER }));
    const reopened = valueOf(updateAction(done, 'a3', { kind: 'status', status: 'in-progress', note: 'The field is not mandatory yet' }, { now: '2026-10-01T09:00:00Z' }));
    assert.equal(at(reopened, 'a3').completion, undefined);
    assert.deepEqual(
      at(reopened, 'a3').progress!.map((p) => [p.status, p.note]),
      [
        ['complete', 'Live'],
        ['in-progress', 'The field is not mandatory yet'],
      ],
    );
  });

  it('reports an unknown action id or an unreadable time as issues, never a throw', () => {
    const unknown = updateAction(nhsTrust(), 'a9', { kind: 'status', status: 'complete' });
    assert.deepEqual(unknown.issues, [{ path: [], code: 'unknown_action', severity: 'error', message: 'There is no action with the id “a9” in this return: check the id' }]);
    assert.deepEqual(codes(updateAction(nhsTrust(), 'a1', { kind: 'status', status: 'complete' }, { now: 'someday' })), ['invalid_value']);
  });

  it('names the action by its id when it is not given the framework', () => {
    const result = updateAction(nhsTrust(), 'a4', { kind: 'revise-due', due: '2026-12-31', reason: '' }, { now: SEPTEMBER });
    assert.equal(result.issues[0]!.message, 'Enter the reason for changing the due date of action “a4” of the standard “disabled-children”');
  });

  it('ids are unique only within a response: an id two standards use must be named with its standard', () => {
    const ret = nhsTrust();
    // Give an action of another standard the id a4 too (standard 11 already has one).
    const other = ret.responses.find((r) => r.actions.length && r.standardId !== 'disabled-children')!;
    other.actions[0]!.id = 'a4';
    assertOk(validateReturn(framework, ret));
    const ambiguous = updateAction(ret, 'a4', { kind: 'progress', note: 'Half done' }, { now: SEPTEMBER, framework });
    assert.deepEqual(codes(ambiguous), ['ambiguous_action']);
    assert.match(
      ambiguous.issues[0]!.message,
      /^The id “a4” is used by actions of standard \d+, .+ and standard 11, Disabled children: name the standard too, as \{ standardId, actionId \}$/,
    );
    const named = valueOf(updateAction(ret, { standardId: 'disabled-children', actionId: 'a4' }, { kind: 'progress', note: 'Half done' }, { now: SEPTEMBER, framework }));
    const disabled = named.responses.find((r) => r.standardId === 'disabled-children')!;
    assert.equal(disabled.actions[0]!.progress!.at(-1)!.note, 'Half done');
    assert.equal(
      named.responses.find((r) => r === other),
      other,
      'the other standard is untouched',
    );
    const wrongStandard = updateAction(ret, { standardId: 'safe-recruitment', actionId: 'a4' }, { kind: 'progress', note: 'x' }, { now: SEPTEMBER });
    assert.equal(wrongStandard.issues[0]!.message, 'There is no action with the id “a4” for the standard “safe-recruitment” in this return: check the id');
  });

  it('a value that is not a return is reported field by field', () => {
    const result = updateAction({ responses: 'none' } as never, 'a1', { kind: 'progress', note: 'x' }, { now: SEPTEMBER, framework });
    assert.equal(result.ok, false);
    assert.ok(
      result.issues.some((issue) => issue.message === 'The responses must be a list, not text'),
      result.issues.map((i) => i.message).join('\n'),
    );
  });
});
