// The update form of <s11-action-tracker> as data: what a person has typed for one action, how it
// becomes the changes `updateAction` applies, and where each problem goes. No DOM and no Lit, so
// that all of it is tested in Node (test/schema/tracker-update-form.test.ts); the element only
// renders a form and calls these.
import {
  ACTION_STATUSES,
  isBlank,
  issueTarget,
  returnIdentity,
  updateAction,
  type Action,
  type ActionChange,
  type ActionStatus,
  type AuditReturn,
  type Framework,
  type Instant,
  type Issue,
  type TrackedAction,
} from '@s11kit/schema';

/** What the person has entered in one action's update form, not yet saved. */
export interface UpdateForm {
  readonly status: ActionStatus;
  readonly note: string;
  readonly due: string;
  readonly reason: string;
  readonly evidence: string;
  /** The Idempotency-Key of this update once it has been sent to `update-url`; a new one when the form changes. */
  readonly key?: string;
}
export type UpdateField = Exclude<keyof UpdateForm, 'key'>;

/** The field of the update form that shows an issue, by the action field `issueTarget` gives. */
const FIELD_OF: Readonly<Record<string, UpdateField>> = { status: 'status', progress: 'note', due: 'due', revisions: 'reason', completion: 'evidence' };

/** The form's field an issue belongs on; a problem with no field of its own goes on the progress note. */
export const fieldOf = (issue: Issue): UpdateField => FIELD_OF[issueTarget(issue).actionField ?? ''] ?? 'note';

/**
 * An action's key in the tracker's forms and element ids: ids are unique only within a response,
 * so the standard is part of it. Made of slugs, so it is safe in an id and a selector.
 */
export const keyOf = (item: Pick<TrackedAction, 'standardId' | 'action'>): string => `${item.standardId}--${item.action.id}`;

/** A form just opened: the action as it stands, nothing new typed. */
export const openForm = (action: Pick<Action, 'status' | 'due'>): UpdateForm => ({ status: action.status, note: '', due: action.due, reason: '', evidence: '' });

/** The form after the person changed some of it. New words are a new update: a key already sent must not stand for different content. */
export const editForm = (form: UpdateForm, change: Partial<Omit<UpdateForm, 'key'>>): UpdateForm => ({ ...form, ...change, key: undefined });

/** What the form asks for, as the changes `updateAction` takes, in the order they are applied. */
export function changesOf(action: Pick<Action, 'status' | 'due'>, form: UpdateForm): ActionChange[] {
  const note = isBlank(form.note) ? '' : form.note;
  const changes: ActionChange[] = [];
  if (form.due !== action.due) changes.push({ kind: 'revise-due', due: form.due, reason: form.reason });
  if (form.status === 'complete' && action.status !== 'complete') {
    if (note) changes.push({ kind: 'progress', note });
    changes.push({ kind: 'complete', evidence: form.evidence });
  } else if (form.status !== action.status) {
    changes.push(note ? { kind: 'status', status: form.status, note } : { kind: 'status', status: form.status });
  } else if (note) {
    changes.push({ kind: 'progress', note });
  }
  return changes;
}

export type Applied = { readonly ok: true; readonly value: AuditReturn; readonly changes: readonly ActionChange[] } | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Apply every change the form asks for, all of them or none: the return with all applied, or
 * every problem found (a form that changes nothing is one, with `nothingToSave` as its message).
 */
export function applyForm(
  value: AuditReturn,
  item: TrackedAction,
  form: UpdateForm,
  options: { readonly now: Instant; readonly framework: Framework; readonly nothingToSave: string },
): Applied {
  const ref = { standardId: item.standardId, actionId: item.action.id };
  const changes = changesOf(item.action, form);
  if (!changes.length) {
    const path = ['responses', item.responseIndex, 'actions', item.actionIndex, 'progress'];
    return { ok: false, issues: [{ path, code: 'invalid_value', severity: 'error', message: options.nothingToSave, standardId: item.standardId }] };
  }
  const issues: Issue[] = [];
  let next = value;
  for (const change of changes) {
    const result = updateAction(next, ref, change, { now: options.now, framework: options.framework });
    if (result.ok) next = result.value;
    else issues.push(...result.issues);
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: next, changes };
}

/** The first problem for each field of the form, to show on that field. */
export function fieldErrors(issues: readonly Issue[]): Partial<Record<UpdateField, string>> {
  const errors: Partial<Record<UpdateField, string>> = {};
  for (const issue of issues) errors[fieldOf(issue)] ??= issue.message;
  return errors;
}

/** The key of the action of `value` an issue is about, if it is about one. */
export function actionKeyOf(value: AuditReturn | undefined, issue: Issue): string | undefined {
  const { responseIndex, actionIndex } = issueTarget(issue);
  const response = responseIndex === undefined ? undefined : value?.responses[responseIndex];
  const action = actionIndex === undefined ? undefined : response?.actions[actionIndex];
  return response && action ? keyOf({ standardId: response.standardId, action }) : undefined;
}

/** The update forms kept in a draft, if they are readable; anything else is ignored rather than trusted. */
export function readForms(extra: unknown): Readonly<Record<string, UpdateForm>> {
  const forms = (extra as { forms?: unknown } | undefined)?.forms;
  if (!forms || typeof forms !== 'object') return {};
  const out: Record<string, UpdateForm> = {};
  for (const [id, form] of Object.entries(forms as Record<string, unknown>)) {
    const f = form as Partial<Record<keyof UpdateForm, unknown>> | null;
    if (
      f &&
      typeof f.status === 'string' &&
      ACTION_STATUSES.includes(f.status as ActionStatus) &&
      ['note', 'due', 'reason', 'evidence'].every((k) => typeof f[k as keyof UpdateForm] === 'string')
    ) {
      out[id] = (typeof f.key === 'string' || f.key === undefined ? f : { ...f, key: undefined }) as UpdateForm;
    }
  }
  return out;
}

/** Whether a saved draft is a later copy of the same return, so that restoring it loses nothing newer. */
export const laterCopy = (saved: AuditReturn, given: AuditReturn): boolean =>
  returnIdentity(saved) === returnIdentity(given) && Date.parse(saved.updatedAt) > Date.parse(given.updatedAt);
