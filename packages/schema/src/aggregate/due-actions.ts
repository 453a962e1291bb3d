import type { Action } from '../models/action.js';
import type { AuditReturn } from '../models/return.js';
import type { Standard } from '../models/framework.js';
import { addDays, londonDate, type Instant } from '../dates.js';
import { standardWording } from '../framework/wording.js';
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
  /** What the item is made of, once the entry is among those listed (see `result`). */
  readonly agency: Agency;
  readonly standard: Standard;
  readonly action: Action;
  item?: DueAction;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// A total order, so that the same returns in any order list the same actions.
const earliestFirst = (a: Entry, b: Entry) => compareText(a.due, b.due) || compareText(a.key, b.key) || a.standardNumber - b.standardNumber || a.actionIndex - b.actionIndex;

/**
 * A listed action as the report shows it: the texts copied (so that nothing of the return is kept
 * alive by the result) and cut to length.
 */
function dueAction({ agency, standard, action }: Entry, today: string): DueAction {
  const overdue = action.due < today;
  return {
    agency: agency.name,
    sector: agency.sector,
    standardId: standard.id,
    standardNumber: standard.number,
    standardTitle: standardWording(standard, agency.sector || undefined).title,
    action: excerpt(action.action, 300),
    lead: detach(action.lead.trim()),
    due: action.due,
    status: action.status,
    overdue,
    dueSoon: !overdue,
  };
}

/**
 * The overdue and due-soon actions of every counted return, judged at `now` as `actionPlan` does.
 * Only the `limit` most overdue are kept; the rest are counted.
 */
export class DueActionList {
  private readonly _list: BoundedList<Entry>;
  /** What a new action is compared with before an entry is made for it (`earliestFirst` reads only these). */
  private readonly _probe = { due: '', key: '', standardNumber: 0, actionIndex: 0 };
  private readonly _counts = new Map<number, { overdue: number; dueSoon: number }>();
  private _overdue = 0;
  private _dueSoon = 0;

  /** The London day actions are judged at, and the last day that counts as due soon. */
  private readonly _today: string;
  private readonly _soonUntil: string;

  constructor(
    private readonly _layout: MatrixLayout,
    limit: number,
    now: Instant,
    private readonly _dueSoonDays: number,
  ) {
    this._list = new BoundedList(limit, earliestFirst);
    this._today = londonDate(now) ?? londonDate(Date.now())!;
    this._soonUntil = addDays(this._today, _dueSoonDays);
  }

  /**
   * The same judgement as `actionPlan` (overdue: not complete and due before today; due soon:
   * due today or within `dueSoonDays`), made with string comparisons of ISO dates and without
   * building a plan: this runs for every return of a partnership's report.
   */
  consider(ret: AuditReturn, agency: Agency, row: number): void {
    const layout = this._layout;
    const applies = layout.applies(agency.sector);
    let overdue = 0;
    let dueSoon = 0;
    for (const response of ret.responses) {
      if (response.actions.length === 0) continue;
      // Like the matrix, leave out answers to standards that do not apply to the sector.
      const s = layout.column(response.standardId);
      if (s === undefined || !applies[s]) continue;
      for (let actionIndex = 0; actionIndex < response.actions.length; actionIndex++) {
        const action = response.actions[actionIndex]!;
        if (action.status === 'complete' || action.due === '' || action.due > this._soonUntil) continue;
        const isOverdue = action.due < this._today;
        if (isOverdue) overdue++;
        else dueSoon++;
        const standard = layout.standards[s]!;
        // Most actions of a big partnership are not among the most overdue: ask before making an
        // entry, and cut the texts only for the entries listed in the end (see `result`).
        const probe = this._probe;
        probe.due = action.due;
        probe.key = agency.key;
        probe.standardNumber = standard.number;
        probe.actionIndex = actionIndex;
        if (!this._list.accepts(probe as unknown as Entry)) continue;
        this._list.offer({ row, due: action.due, key: agency.key, standardNumber: standard.number, actionIndex, agency, standard, action });
      }
    }
    if (overdue + dueSoon === 0) return;
    this._counts.set(row, { overdue, dueSoon });
    this._overdue += overdue;
    this._dueSoon += dueSoon;
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
    const items = this._list.sorted().map((entry) => (entry.item ??= dueAction(entry, this._today)));
    return {
      items,
      overdue: this._overdue,
      dueSoon: this._dueSoon,
      dueSoonDays: this._dueSoonDays,
      notListed: this._overdue + this._dueSoon - items.length,
    };
  }
}
