import { checkReturnStructure } from '../structure/checkers.generated.js';
import type { ProgressNote } from '../models/action.js';
import type { Framework } from '../models/framework.js';
import type { AuditReturn } from '../models/return.js';
import type { Issue } from '../issues/issue.js';
import { fromStructureIssue } from '../issues/from-structure.js';
import { unreadable } from '../issues/unreadable.js';
import { returnPathDescriber } from '../return/describe-return-path.js';
import { actionPlan, type ActionPlanItem, type ActionPlanOptions } from '../return/action-plan.js';
import { daysBetween, londonDate, type Instant } from '../dates.js';

/** One action of a year-2 action plan, with what tracking needs to know about it. */
export interface TrackedAction extends ActionPlanItem {
  /** The due date agreed in year 1: the first revision's `from`, else the due date (`''` if none). */
  readonly originalDue: string;
  /** How many times the due date has been changed. */
  readonly revised: number;
  /** Whole days past the due date for an overdue action; 0 otherwise. */
  readonly daysOverdue: number;
  /** The most recent progress report, if there is one. */
  readonly latestProgress?: ProgressNote;
}

/** How many actions are in each state. `open` is every action not complete, overdue or not. */
export interface ActionCounts {
  readonly total: number;
  readonly open: number;
  readonly overdue: number;
  readonly dueSoon: number;
  readonly complete: number;
}

export interface ActionTracking {
  /** Every action, soonest due first, as `actionPlan` orders them. */
  readonly actions: readonly TrackedAction[];
  readonly counts: ActionCounts;
  /**
   * Why nothing (or not everything) could be tracked: a value that is not a return (then
   * `actions` is empty), or a `now` that is not a time (then the current time is used).
   */
  readonly issues: readonly Issue[];
}

const NONE: ActionCounts = { total: 0, open: 0, overdue: 0, dueSoon: 0, complete: 0 };

/**
 * The year-2 view of a return's action plan: for each action its year-1 date, how often the date
 * moved, whether and by how much it is overdue or due soon at `now`, and its latest progress; and
 * the counts a partnership reports on.
 */
export function trackActions(framework: Framework, ret: AuditReturn, options: ActionPlanOptions = {}): ActionTracking {
  try {
    const issues: Issue[] = [];
    const structure = checkReturnStructure(ret);
    if (!structure.success) {
      const describe = returnPathDescriber(framework, ret);
      for (const issue of structure.issues) issues.push(...fromStructureIssue(issue, ret, describe));
      return { actions: [], counts: NONE, issues };
    }
    let now: Instant = options.now ?? Date.now();
    if (londonDate(now) === undefined) {
      issues.push({
        path: [],
        code: 'invalid_value',
        severity: 'error',
        message: 'The time to judge due dates at could not be read: pass a date and time like 2026-05-01T16:30:00Z; the current time is used',
      });
      now = Date.now();
    }
    // The parsed copy: fields a return may leave out are filled in there.
    return { ...tracked(framework, structure.data, { ...options, now }), issues };
  } catch (cause) {
    return { actions: [], counts: NONE, issues: [unreadable('return', cause)] };
  }
}

function tracked(framework: Framework, ret: AuditReturn, options: ActionPlanOptions & { now: Instant }): Omit<ActionTracking, 'issues'> {
  const today = londonDate(options.now)!;
  const actions = actionPlan(framework, ret, options).map((item): TrackedAction => {
    const { action } = item;
    const latest = latestProgress(action.progress ?? []);
    return {
      ...item,
      originalDue: action.revisions?.[0]?.from ?? action.due,
      revised: action.revisions?.length ?? 0,
      daysOverdue: item.overdue ? daysBetween(action.due, today) : 0,
      ...(latest ? { latestProgress: latest } : {}),
    };
  });
  const complete = actions.filter((item) => item.action.status === 'complete').length;
  return {
    actions,
    counts: {
      total: actions.length,
      open: actions.length - complete,
      overdue: actions.filter((item) => item.overdue).length,
      dueSoon: actions.filter((item) => item.dueSoon).length,
      complete,
    },
  };
}

/** Latest by time; of two at the same time, the one recorded later. */
function latestProgress(progress: readonly ProgressNote[]): ProgressNote | undefined {
  let latest: ProgressNote | undefined;
  for (const entry of progress) {
    if (!latest || Date.parse(entry.at) >= Date.parse(latest.at)) latest = entry;
  }
  return latest;
}
