import type { Action } from '../models/action.js';
import type { AuditReturn } from '../models/return.js';
import { actionPlan } from '../return/action-plan.js';
import type { Instant } from '../dates.js';
import { BoundedList } from './bounded-list.js';
import { detach, excerpt } from './excerpt.js';
import type { Agency } from './agency-store.js';
import type { MatrixLayout } from './matrix-layout.js';

/** An action that is overdue or due soon, with whose it is. */
export interface DueAction {
  readonly agency: string;
  /** Sector id. */
  readonly sector: string;
  readonly standardId: string;
  readonly standardNumber: number;
  /** In the wording the agency's sector sees. */
  readonly standardTitle: string;
  /** What will be done, shortened to about 300 characters. */
  readonly action: string;
  readonly lead: string;
  /** `YYYY-MM-DD`. */
  readonly due: string;
  readonly status: Action['status'];
  readonly overdue: boolean;
  readonly dueSoon: boolean;
}

export interface DueActions {
  /** Most overdue first (earliest due date), at most `actionLimit` of them. */
  readonly items: readonly DueAction[];
  /** How many actions are overdue and how many due soon, listed or not. */
  readonly overdue: number;
  readonly dueSoon: number;
  /** How many days ahead counted as due soon. */
  readonly dueSoonDays: number;
  /** Overdue or due-soon actions left out of `items` by the limit. */
  readonly notListed: number;
}

interface Entry {
  readonly row: number;
  readonly due: string;
  readonly key: string;
  readonly standardNumber: number;
  readonly actionIndex: number;
  item?: DueAction;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// A total order, so that the same returns in any order list the same actions.
const earliestFirst = (a: Entry, b: Entry) =>
  compareText(a.due, b.due) || compareText(a.key, b.key) || a.standardNumber - b.standardNumber || a.actionIndex - b.actionIndex;

/**
 * The overdue and due-soon actions of every counted return, as `actionPlan` judges them at `now`.
 * Only the `limit` most overdue are kept; the rest are counted.
 */
export class DueActionList {
  private readonly _list: BoundedList<Entry>;
  private readonly _counts = new Map<number, { overdue: number; dueSoon: number }>();
  private _overdue = 0;
  private _dueSoon = 0;

  constructor(
    private readonly _layout: MatrixLayout,
    limit: number,
    private readonly _now: Instant,
    private readonly _dueSoonDays: number,
  ) {
    this._list = new BoundedList(limit, earliestFirst);
  }

  consider(ret: AuditReturn, agency: Agency, row: number): void {
    if (!ret.responses.some((response) => response.actions.length > 0)) return;
    const applies = this._layout.applies(agency.sector);
    const counts = { overdue: 0, dueSoon: 0 };
    for (const planned of actionPlan(this._layout.framework, ret, { now: this._now, dueSoonDays: this._dueSoonDays })) {
      if (!planned.overdue && !planned.dueSoon) continue;
      // Like the matrix, leave out answers to standards that do not apply to the sector.
      const s = this._layout.column(planned.standardId);
      if (s === undefined || !applies[s]) continue;
      if (planned.overdue) counts.overdue++;
      else counts.dueSoon++;
      const { action } = planned;
      const entry: Entry = { row, due: action.due, key: agency.key, standardNumber: planned.standardNumber, actionIndex: planned.actionIndex };
      if (!this._list.offer(entry)) continue;
      // Copy the texts only for the actions that are kept.
      entry.item = {
        agency: agency.name,
        sector: agency.sector,
        standardId: planned.standardId,
        standardNumber: planned.standardNumber,
        standardTitle: planned.standardTitle,
        action: excerpt(action.action, 300),
        lead: detach(action.lead.trim()),
        due: action.due,
        status: action.status,
        overdue: planned.overdue,
        dueSoon: planned.dueSoon,
      };
    }
    if (counts.overdue + counts.dueSoon === 0) return;
    this._counts.set(row, counts);
    this._overdue += counts.overdue;
    this._dueSoon += counts.dueSoon;
  }

  removeAgency(row: number): void {
    const counts = this._counts.get(row);
    if (!counts) return;
    this._counts.delete(row);
    this._overdue -= counts.overdue;
    this._dueSoon -= counts.dueSoon;
    this._list.removeWhere((entry) => entry.row === row);
  }

  result(): DueActions {
    const items = this._list.sorted().map((entry) => entry.item!);
    return {
      items,
      overdue: this._overdue,
      dueSoon: this._dueSoon,
      dueSoonDays: this._dueSoonDays,
      notListed: this._overdue + this._dueSoon - items.length,
    };
  }
}
