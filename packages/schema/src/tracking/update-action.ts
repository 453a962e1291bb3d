import { checkReturnStructure } from '../structure/checkers.generated.js';
import type { Action, ActionStatus, ProgressNote } from '../models/action.js';
import { TEXT_CEILING } from '../models/text-ceiling.js';
import type { Framework } from '../models/framework.js';
import type { AuditReturn } from '../models/return.js';
import type { Issue, IssueCode, Result } from '../issues/issue.js';
import { capitalise, formatPath } from '../issues/text.js';
import { unreadable } from '../issues/unreadable.js';
import { fromStructureIssue } from '../issues/from-structure.js';
import { returnPathDescriber } from '../return/describe-return-path.js';
import { formatLongDate, isCalendarDate, londonDate, type Instant } from '../dates.js';
import { isBlank } from '../return/rules/context.js';
import { actionLabel, findAction, type ActionRef, type FoundAction } from './find-action.js';

/** One year-2 change to an action. */
export type ActionChange =
  /** Move the action to a status, with an optional note saying why. */
  | { readonly kind: 'status'; readonly status: ActionStatus; readonly note?: string }
  /** Report progress, optionally moving the action to a new status at the same time. */
  | { readonly kind: 'progress'; readonly note: string; readonly status?: ActionStatus }
  /** Move the due date, `YYYY-MM-DD`, saying why; the date agreed before is kept. */
  | { readonly kind: 'revise-due'; readonly due: string; readonly reason: string }
  /** Mark the action complete with the evidence that it is; `on` defaults to today. */
  | { readonly kind: 'complete'; readonly evidence: string; readonly on?: string };

export interface UpdateActionOptions {
  /** When the change is made: recorded with it and compared with dates. Defaults to the current time. */
  readonly now?: Instant;
  /** The return's framework, so that messages can name the standard ("standard 6, Safe recruitment"). */
  readonly framework?: Framework;
}

// Safety limits of the model: a change that would break them is refused, so the new return
// always parses.
const MOST_PROGRESS_REPORTS = 200;
const MOST_REVISIONS = 50;

interface ChangeContext {
  readonly ret: AuditReturn;
  readonly found: FoundAction;
  /** "action 1 of standard 6, Safe recruitment" */
  readonly label: string;
  /** When the change is made, as an ISO date and time. */
  readonly at: string;
  /** That moment's London calendar date. */
  readonly today: string;
  readonly issue: (field: string | undefined, code: IssueCode, message: string) => Issue;
}

type Changed = { readonly action: Action } | { readonly issues: Issue[] };

/**
 * Apply one year-2 change to an action and return a new return; the given one is never changed.
 * Each change is recorded with its time: status changes and notes in `progress`, new due dates in
 * `revisions` (the first keeps the year-1 date), completion in `completion` and `progress`.
 * The action is named by its id, or by `{ standardId, actionId }` when another standard has an
 * action with the same id (ids are unique within a response). Never throws: a value that is not
 * a return, an unknown or ambiguous id, or an incomplete change comes back as issues.
 *
 * @example
 * const result = updateAction(ret, { standardId: 'safe-recruitment', actionId: 'a2' }, { kind: 'revise-due', due: '2027-03-31', reason: 'Waiting for the new HR system' }, { framework });
 * if (result.ok) save(result.value);
 */
export function updateAction(ret: AuditReturn, actionId: ActionRef, change: ActionChange, options: UpdateActionOptions = {}): Result<AuditReturn> {
  try {
    const structure = checkReturnStructure(ret);
    if (!structure.success) {
      const describe = options.framework
        ? returnPathDescriber(options.framework, ret)
        : (path: readonly (string | number)[]) => (path.length ? `field ${formatPath(path)}` : 'the return');
      return fail(structure.issues.flatMap((issue) => fromStructureIssue(issue, ret, describe)));
    }
    const found = findAction(ret, actionId, options.framework);
    if ('code' in found) return fail([found]);
    const moment = options.now === undefined ? new Date() : new Date(options.now);
    const today = londonDate(moment);
    const label = actionLabel(ret, found, options.framework);
    const at = ['responses', found.responseIndex, 'actions', found.actionIndex];
    const issue = (field: string | undefined, code: IssueCode, message: string): Issue => ({
      path: field ? [...at, field] : at,
      code,
      severity: 'error',
      message,
      standardId: ret.responses[found.responseIndex]!.standardId,
    });
    if (today === undefined)
      return fail([issue(undefined, 'invalid_value', `The time of the change to ${label} could not be read: pass a date and time like 2026-05-01T16:30:00Z`)]);

    const context: ChangeContext = { ret, found, label, at: moment.toISOString(), today, issue };
    const changed = applyChange(context, change);
    if ('issues' in changed) return fail(changed.issues);
    return { ok: true, value: replaceAction(context, changed.action), issues: [] };
  } catch (cause) {
    return fail([unreadable('return or the change', cause)]);
  }
}

const fail = (issues: Issue[]): Result<AuditReturn> => ({ ok: false, issues });

function applyChange(context: ChangeContext, change: ActionChange): Changed {
  const notAChange = { issues: [context.issue(undefined, 'invalid_value', `The change to ${context.label} must be a status, a progress note, a new due date or completion`)] };
  if (change === null || typeof change !== 'object') return notAChange;
  switch (change.kind) {
    case 'status':
      return report(context, change.note ?? '', change.status);
    case 'progress':
      if (typeof change.note !== 'string' || isBlank(change.note))
        return { issues: [context.issue('progress', 'progress_note_required', `Enter a progress note for ${context.label}`)] };
      return report(context, change.note, change.status);
    case 'revise-due':
      return reviseDue(context, change.due, change.reason);
    case 'complete':
      return complete(context, change.evidence, change.on ?? context.today);
    default:
      return notAChange;
  }
}

/** A progress entry, and the status it moves to. */
function report(context: ChangeContext, note: string, status: ActionStatus | undefined): Changed {
  const { action } = context.found;
  const issues = [...progressRoom(context)];
  if (typeof note !== 'string') issues.push(context.issue('progress', 'invalid_type', `The progress note for ${context.label} must be text`));
  else issues.push(...tooLong(context, 'progress', note, 'progress note'));
  if (status !== undefined && status !== 'not-started' && status !== 'in-progress' && status !== 'complete')
    issues.push(context.issue('status', 'invalid_value', `The status of ${context.label} must be “not-started”, “in-progress” or “complete”`));
  if (issues.length) return { issues };
  const entry: ProgressNote = status === undefined ? { at: context.at, note } : { at: context.at, note, status };
  const next: Action = { ...action, status: status ?? action.status, progress: [...(action.progress ?? []), entry] };
  // Reopening: the completion record no longer holds. Nothing is lost, because completing
  // wrote its date and evidence into the progress history too.
  if (next.status !== 'complete') delete next.completion;
  return { action: next };
}

function reviseDue(context: ChangeContext, due: string, reason: string): Changed {
  const { action } = context.found;
  const { label, issue } = context;
  const issues: Issue[] = [];
  if (typeof reason !== 'string' || isBlank(reason)) issues.push(issue('revisions', 'revision_reason_required', `Enter the reason for changing the due date of ${label}`));
  else issues.push(...tooLong(context, 'revisions', reason, 'reason for the new due date'));

  if (typeof due !== 'string' || !isCalendarDate(due)) issues.push(issue('due', 'revision_date_invalid', `The new due date for ${label} must be a real date, like 2027-03-31`));
  else if (action.due === '') issues.push(issue('due', 'action_due_required', `${capitalise(label)} has no due date to change: enter its due date first`));
  else if (due === action.due)
    issues.push(issue('due', 'revision_date_unchanged', `The new due date for ${label} is the same as its due date now, ${formatLongDate(due)}: enter a different date`));
  else if (due < context.today) issues.push(issue('due', 'action_due_past', `The new due date for ${label} must be today or in the future`));

  if ((action.revisions?.length ?? 0) >= MOST_REVISIONS)
    issues.push(issue('revisions', 'too_many', `${capitalise(label)} already has ${MOST_REVISIONS} due date changes, the most it can hold`));
  if (issues.length) return { issues };
  const revision = { from: action.due, to: due, reason, at: context.at };
  return { action: { ...action, due, revisions: [...(action.revisions ?? []), revision] } };
}

function complete(context: ChangeContext, evidence: string, on: string): Changed {
  const { action } = context.found;
  const { label, issue } = context;
  const issues: Issue[] = [];
  if (typeof evidence !== 'string' || isBlank(evidence)) issues.push(issue('completion', 'completion_evidence_required', `Enter the evidence that ${label} is complete`));
  else issues.push(...tooLong(context, 'completion', evidence, 'evidence of completion'));
  if (typeof on !== 'string' || !isCalendarDate(on))
    issues.push(issue('completion', 'completion_date_invalid', `The date ${label} was completed must be a real date, like 2027-03-31`));
  else if (on > context.today) issues.push(issue('completion', 'completion_date_invalid', `The date ${label} was completed must be today or in the past`));
  issues.push(...progressRoom(context));
  if (issues.length) return { issues };
  const entry: ProgressNote = { at: context.at, note: evidence, status: 'complete' };
  return {
    action: { ...action, status: 'complete', completion: { on, evidence }, progress: [...(action.progress ?? []), entry] },
  };
}

function tooLong(context: ChangeContext, field: string, text: string, what: string): Issue[] {
  if (text.length <= TEXT_CEILING.medium) return [];
  return [context.issue(field, 'too_long', `The ${what} for ${context.label} must be ${TEXT_CEILING.medium} characters or fewer (it has ${text.length})`)];
}

function progressRoom(context: ChangeContext): Issue[] {
  if ((context.found.action.progress?.length ?? 0) < MOST_PROGRESS_REPORTS) return [];
  return [context.issue('progress', 'too_many', `${capitalise(context.label)} already has ${MOST_PROGRESS_REPORTS} progress reports, the most it can hold`)];
}

/** A copy of the return with one action replaced: only the objects on the way to it are new. */
function replaceAction({ ret, found, at }: ChangeContext, action: Action): AuditReturn {
  const responses = ret.responses.map((response, i) =>
    i === found.responseIndex ? { ...response, actions: response.actions.map((old, j) => (j === found.actionIndex ? action : old)) } : response,
  );
  return { ...ret, responses, updatedAt: at };
}
