import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actionPlan } from '@s11kit/schema';
import { testFramework, validReturn } from '../helpers/fixtures.js';

const framework = testFramework();

function returnWithActions() {
  const ret = validReturn(framework);
  const base = { status: 'not-started' as const, notes: '' };
  ret.responses[0]!.actions = [
    { ...base, id: 'b1', action: 'Undated', lead: 'CEO', due: '' },
    { ...base, id: 'b2', action: 'Late', lead: 'CEO', due: '2026-06-01' },
    { ...base, id: 'b3', action: 'Done late', lead: 'CEO', due: '2026-06-02', status: 'complete' },
  ];
  ret.responses[1]!.actions = [
    { ...base, id: 'c1', action: 'Soon', lead: 'HR', due: '2026-07-20' },
    { ...base, id: 'c2', action: 'Later', lead: 'HR', due: '2027-01-31' },
    { ...base, id: 'c3', action: 'Same day as Late', lead: 'HR', due: '2026-06-01' },
  ];
  return ret;
}

describe('actionPlan', () => {
  it('lists every action with its standard, soonest due first and undated last', () => {
    const plan = actionPlan(framework, returnWithActions(), { now: '2026-07-01T09:00:00Z' });
    assert.deepEqual(
      plan.map((item) => item.action.id),
      ['b2', 'c3', 'b3', 'c1', 'c2', 'b1'],
    );
    assert.deepEqual(
      { id: plan[1]!.standardId, number: plan[1]!.standardNumber, title: plan[1]!.standardTitle, rating: plan[1]!.rating, at: [plan[1]!.responseIndex, plan[1]!.actionIndex] },
      { id: 'safe-recruitment', number: 2, title: 'Safe recruitment', rating: 'Amber', at: [1, 2] },
    );
  });

  it('flags overdue and due-soon actions at an injected now; complete actions are never overdue', () => {
    const plan = actionPlan(framework, returnWithActions(), { now: '2026-07-01T09:00:00Z' });
    const flags = Object.fromEntries(plan.map((item) => [item.action.id, [item.overdue, item.dueSoon]]));
    assert.deepEqual(flags, {
      b2: [true, false],
      c3: [true, false],
      b3: [false, false],
      c1: [false, true],
      c2: [false, false],
      b1: [false, false],
    });
    const earlier = actionPlan(framework, returnWithActions(), { now: '2026-05-01T09:00:00Z' });
    assert.equal(earlier.filter((item) => item.overdue).length, 0);
  });

  it('counts the due day itself as not overdue, in London time', () => {
    const plan = actionPlan(framework, returnWithActions(), { now: '2026-05-31T23:30:00Z' });
    // 23:30 UTC on 31 May is 00:30 on 1 June in London (BST): b2 is due today, not overdue.
    const late = plan.find((item) => item.action.id === 'b2')!;
    assert.deepEqual([late.overdue, late.dueSoon], [false, true]);
  });

  it('uses the sector wording of the standard title', () => {
    const ret = returnWithActions();
    ret.organisation.sector = 'education';
    assert.equal(actionPlan(framework, ret).find((item) => item.standardId === 'leadership')!.standardTitle, 'Leadership and governance');
  });
});

describe('londonDate', () => {
  it('agrees with the Europe/London time zone database, across every change of the clocks', async () => {
    const { londonDate } = await import('@s11kit/schema');
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });
    // Every 20 minutes from 2024 to 2031 covers each transition and both sides of midnight.
    for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2031, 0, 1); time += 20 * 60_000) {
      assert.equal(londonDate(time), intl.format(time), new Date(time).toISOString());
    }
    assert.equal(londonDate('not a date'), undefined);
    assert.equal(londonDate(new Date('2026-03-29T00:59:59Z')), '2026-03-29');
    assert.equal(londonDate('2026-10-24T23:30:00Z'), '2026-10-25');
  });
});

describe('isCalendarDate', () => {
  it('accepts days that exist and nothing else', async () => {
    const { isCalendarDate } = await import('@s11kit/schema');
    for (const yes of ['2026-01-01', '2028-02-29', '2000-02-29', '2026-12-31', '2026-04-30']) assert.equal(isCalendarDate(yes), true, yes);
    for (const no of [
      '2027-02-29',
      '2100-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-01-00',
      'abcd-01-01',
      '2026-1-01',
      '2026/01/01',
      ' 2026-01-01',
      '2026-01-01T00:00:00Z',
      '',
    ]) {
      assert.equal(isCalendarDate(no), false, no);
    }
  });
});
