import type { Framework } from '../models/framework.js';
import type { AuditReturn } from '../models/return.js';
import type { Action } from '../models/action.js';
import { indexFramework } from '../framework/framework-index.js';
import { standardWording } from '../framework/wording.js';
import { londonDate, daysBetween, isCalendarDate, type Instant } from '../dates.js';

export interface ActionPlanItem {
  readonly standardId: string;
  readonly standardNumber: number;
  readonly standardTitle: string;
  /** The label of the rating given to the standard, or `undefined` when it is not rated. */
  readonly rating?: string;
  /** Where the action sits in the return: `responses[responseIndex].actions[actionIndex]`. */
  readonly responseIndex: number;
  readonly actionIndex: number;
  readonly action: Action;
  /** Past its due date and not complete. */
  readonly overdue: boolean;
  /** Not complete and due within `dueSoonDays` (and not already overdue). */
  readonly dueSoon: boolean;
}

export interface ActionPlanOptions {
  /** The moment "overdue" is judged at; defaults to the current time. */
  readonly now?: Instant;
  /** How many days ahead counts as due soon. Default 30. */
  readonly dueSoonDays?: number;
}

/**
 * Every action in a return with its standard, soonest due first (undated last, then by standard
 * number), and flags for overdue and due-soon actions at `now`.
 */
export function actionPlan(framework: Framework, ret: AuditReturn, options: ActionPlanOptions = {}): ActionPlanItem[] {
  const index = indexFramework(framework);
  const today = londonDate(options.now ?? Date.now()) ?? londonDate(Date.now())!;
  const soon = options.dueSoonDays ?? 30;
  const sector = ret.organisation.sector || undefined;
  const items: ActionPlanItem[] = [];
  for (const [responseIndex, response] of ret.responses.entries()) {
    const standard = index.standards.get(response.standardId);
    const rating = response.rating ? index.levels.get(response.rating)?.label : undefined;
    for (const [actionIndex, action] of response.actions.entries()) {
      // An unfinished date typed into a draft (see date-entry.ts) is not yet a date to count days to.
      const open = action.status !== 'complete' && isCalendarDate(action.due);
      const daysLeft = open ? daysBetween(today, action.due) : Number.POSITIVE_INFINITY;
      items.push({
        standardId: response.standardId,
        standardNumber: standard?.number ?? Number.MAX_SAFE_INTEGER,
        standardTitle: standard ? standardWording(standard, sector).title : response.standardId,
        ...(rating === undefined ? {} : { rating }),
        responseIndex,
        actionIndex,
        action,
        overdue: daysLeft < 0,
        dueSoon: daysLeft >= 0 && daysLeft <= soon,
      });
    }
  }
  return items.sort((a, b) => compareDue(a.action.due, b.action.due) || a.standardNumber - b.standardNumber || a.actionIndex - b.actionIndex);
}

const compareDue = (a: string, b: string): number => {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  return a < b ? -1 : 1;
};
