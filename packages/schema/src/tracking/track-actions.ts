import type { ProgressNote } from '../models/action.js';
import type { Framework } from '../models/framework.js';
import type { AuditReturn } from '../models/return.js';
import { actionPlan, type ActionPlanItem, type ActionPlanOptions } from '../return/action-plan.js';
import { daysBetween, londonDate } from '../dates.js';

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
}

/**
 * The year-2 view of a return's action plan: for each action its year-1 date, how often the date
 * moved, whether and by how much it is overdue or due soon at `now`, and its latest progress; and
 * the counts a partnership reports on.
 */
export function trackActions(framework: Framework, ret: AuditReturn, options: ActionPlanOptions = {}): ActionTracking {
  const today = londonDate(options.now ?? Date.now()) ?? londonDate(Date.now())!;
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
