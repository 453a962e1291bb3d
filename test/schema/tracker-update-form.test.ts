import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadFramework } from '@s11kit/frameworks';
import { trackActions, type AuditReturn, type TrackedAction } from '@s11kit/schema';
import { actionKeyOf, applyForm, changesOf, editForm, fieldErrors, keyOf, laterCopy, openForm, readForms } from '../../packages/components/dist/action-tracker/update-form.js';
import { sampleReturn } from '../helpers/samples.js';

// The model behind <s11-action-tracker>'s update form, in Node: what a form asks for, whether it
// is applied whole or not at all, where each problem goes, and what a saved draft may hold. The
// element's own tests (test/components/action-tracker*.test.ts) cover how it shows them.
const framework = await loadFramework('portsmouth-compact');
const SEPTEMBER = '2026-09-01T10:00:00Z';
const nhsTrust = (): AuditReturn => sampleReturn('portsmouth-compact', 'valid-nhs-trust');
const tracked = (ret: AuditReturn, id: string): TrackedAction => {
  const item = trackActions(framework, ret, { now: SEPTEMBER }).actions.find((a) => a.action.id === id);
  assert.ok(item, `action ${id} is tracked`);
  return item;
};
const options = { now: SEPTEMBER, framework, nothingToSave: 'Enter a progress note, or change the status or due date' };

describe('the tracker update form', () => {
  it('opens with the action as it stands, and a form that changes nothing is one problem, on the progress note', () => {
    const ret = nhsTrust();
    const item = tracked(ret, 'a4');
    const form = openForm(item.action);
    assert.deepEqual(changesOf(item.action, form), []);
    const applied = applyForm(ret, item, form, options);
    assert.equal(applied.ok, false);
    assert.deepEqual(fieldErrors(applied.ok ? [] : applied.issues), { note: options.nothingToSave });
  });

  it('turns a new date, a note and completion into the changes updateAction takes, in order', () => {
    const { action } = tracked(nhsTrust(), 'a4');
    const form = { ...openForm(action), due: '2026-12-31', reason: 'A post was lost', status: 'complete' as const, note: 'Training done', evidence: 'Register of attendance' };
    assert.deepEqual(
      changesOf(action, form).map((c) => c.kind),
      ['revise-due', 'progress', 'complete'],
    );
    assert.deepEqual(changesOf(action, { ...openForm(action), status: 'in-progress', note: '  ' }), [{ kind: 'status', status: 'in-progress' }], 'a blank note is no note');
  });

  it('applies every change or none: a new date without a reason changes nothing and says so on the reason field', () => {
    const ret = nhsTrust();
    const before = structuredClone(ret);
    const item = tracked(ret, 'a4');
    const applied = applyForm(ret, item, { ...openForm(item.action), due: '2026-12-31', reason: '', note: 'We are behind' }, options);
    assert.equal(applied.ok, false);
    assert.ok(!applied.ok && fieldErrors(applied.issues).reason, 'the problem is on the reason field');
    assert.deepEqual(ret, before, 'the return is unchanged');
  });

  it('gives the whole updated return when every change applies', () => {
    const ret = nhsTrust();
    const item = tracked(ret, 'a4');
    const applied = applyForm(ret, item, { ...openForm(item.action), due: '2026-12-31', reason: 'A post was lost' }, options);
    assert.ok(applied.ok);
    const action = applied.value.responses.flatMap((r) => r.actions).find((a) => a.id === 'a4')!;
    assert.equal(action.due, '2026-12-31');
    assert.equal(
      actionKeyOf(applied.value, { path: ['responses', item.responseIndex, 'actions', item.actionIndex, 'due'], code: 'invalid_value', severity: 'error', message: 'm' }),
      keyOf(item),
    );
  });

  it('forgets the sent key when the words change, so a retry never stands for other content', () => {
    const form = { ...openForm({ status: 'not-started', due: '2026-10-01' }), key: 'k1' };
    assert.equal(editForm(form, { note: 'more' }).key, undefined);
  });

  it('keeps from a saved draft only forms it can read', () => {
    const good = { status: 'in-progress', note: 'n', due: '2026-10-01', reason: '', evidence: '', key: 'k' };
    const forms = readForms({ forms: { a: good, b: { status: 'lost', note: '', due: '', reason: '', evidence: '' }, c: null, d: { ...good, key: 7 } } });
    assert.deepEqual(Object.keys(forms).sort(), ['a', 'd']);
    assert.equal(forms.d!.key, undefined);
    assert.deepEqual(readForms('junk'), {});
  });

  it('restores a draft only when it is a later copy of the same return', () => {
    const ret = nhsTrust();
    const later = { ...ret, updatedAt: new Date(Date.parse(ret.updatedAt) + 60_000).toISOString() };
    assert.equal(laterCopy(later, ret), true);
    assert.equal(laterCopy(ret, later), false);
    assert.equal(laterCopy({ ...later, cycle: { ...later.cycle, start: later.cycle.start + 2 } }, ret), false, 'another cycle is another return');
  });
});
