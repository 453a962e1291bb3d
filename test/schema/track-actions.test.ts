import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadFramework } from '@s11kit/frameworks';
import { trackActions, updateAction, type ActionChange, type AuditReturn } from '@s11kit/schema';
import { sampleReturn } from '../helpers/samples.js';

const framework = await loadFramework('portsmouth-compact');

/** The NHS trust's plan after a year-2 autumn: a4 moved once, a3 done, a1 reported on twice. */
function autumn(): AuditReturn {
  let ret = sampleReturn('portsmouth-compact', 'valid-nhs-trust');
  const steps: [string, ActionChange, string][] = [
    ['a4', { kind: 'revise-due', due: '2026-12-31', reason: 'The policy team lost a post' }, '2026-09-01T10:00:00Z'],
    ['a3', { kind: 'complete', evidence: 'Live since 14 September', on: '2026-09-14' }, '2026-09-20T10:00:00Z'],
    ['a1', { kind: 'progress', note: 'Recruiting members', status: 'in-progress' }, '2026-10-01T10:00:00Z'],
    ['a1', { kind: 'progress', note: 'Only 5 members so far' }, '2026-11-15T10:00:00Z'],
  ];
  for (const [id, change, now] of steps) {
    const result = updateAction(ret, id, change, { now });
    assert.ok(result.ok, result.issues.map((i) => i.message).join('\n'));
    ret = result.value;
  }
  return ret;
}

describe('trackActions', () => {
  it('gives each action its year-1 date, revisions, overdue days and latest progress', () => {
    const { actions } = trackActions(framework, autumn(), { now: '2027-01-10T12:00:00Z' });
    assert.deepEqual(
      actions.map((a) => [a.action.id, a.originalDue, a.action.due, a.revised, a.overdue, a.daysOverdue, a.dueSoon]),
      [
        // 31 October 2026 to 10 January 2027: 30 + 31 + 10 days.
        ['a1', '2026-10-31', '2026-10-31', 0, true, 71, false],
        ['a4', '2026-09-30', '2026-12-31', 1, true, 10, false],
        ['a2', '2027-01-31', '2027-01-31', 0, false, 0, true],
        ['a5', '2027-02-28', '2027-02-28', 0, false, 0, false],
        ['a3', '2027-03-31', '2027-03-31', 0, false, 0, false],
      ],
    );
    const a1 = actions[0]!;
    assert.deepEqual(a1.latestProgress, { at: '2026-11-15T10:00:00.000Z', note: 'Only 5 members so far' });
    assert.deepEqual([a1.standardNumber, a1.standardTitle], [4, 'Service development takes account of safeguarding and the views of children and families']);
    assert.equal(actions[3]!.latestProgress, undefined);
  });

  it('counts open, overdue, due-soon and complete actions', () => {
    assert.deepEqual(trackActions(framework, autumn(), { now: '2027-01-10T12:00:00Z' }).counts, { total: 5, open: 4, overdue: 2, dueSoon: 1, complete: 1 });
    // 60 days ahead also reaches a5, due 28 February (49 days away).
    assert.deepEqual(trackActions(framework, autumn(), { now: '2027-01-10T12:00:00Z', dueSoonDays: 60 }).counts, { total: 5, open: 4, overdue: 2, dueSoon: 2, complete: 1 });
    // Before anything was due, nothing is overdue.
    assert.deepEqual(trackActions(framework, autumn(), { now: '2026-09-20T12:00:00Z' }).counts, { total: 5, open: 4, overdue: 0, dueSoon: 0, complete: 1 });
  });

  it('of two progress reports at the same moment, the one recorded later is the latest', () => {
    const ret = autumn();
    const a1 = ret.responses[3]!.actions[0]!;
    a1.progress = [
      { at: '2026-12-01T09:00:00Z', note: 'first' },
      { at: '2026-12-01T09:00:00Z', note: 'second' },
      { at: '2026-11-01T09:00:00Z', note: 'older, recorded last' },
    ];
    const tracked = trackActions(framework, ret, { now: '2026-12-02T09:00:00Z' }).actions.find((a) => a.action.id === 'a1')!;
    assert.equal(tracked.latestProgress!.note, 'second');
  });
});
