import type { AuditReturn } from '../models/return.js';
import { peek } from '../issues/from-structure.js';
import { causeText } from '../issues/unreadable.js';
import { AgencyStore, type Agency } from './agency-store.js';
import type { CheckedForCount } from './check-for-count.js';
import type { MatrixLayout } from './matrix-layout.js';
import { rejection, type RejectedReturn } from './rejection.js';
import type { TranslatedReturn } from './aggregate-result.js';

/** Told about each counted return that became an agency's row, and each that stopped being one. */
export interface IntakeListener {
  counted(ret: AuditReturn, agency: Agency, row: number): void;
  replaced(row: number): void;
}

const withReason = (start: string, cause: unknown, end: string) => {
  const reason = causeText(cause);
  return `${start}${reason ? ` (${reason})` : ''}${end}`;
};

/**
 * The returns of one cycle, taken one at a time: checked, counted into the matrix or recorded
 * as rejected, and matched to agencies. Never throws: a value that cannot even be read, or an
 * agency key that fails, is recorded as rejected with the reason.
 */
export class CycleIntake {
  readonly store: AgencyStore;
  readonly rejected: RejectedReturn[] = [];
  readonly translated: TranslatedReturn[] = [];
  added = 0;
  counted = 0;
  /** Returns for other partnerships than the one chosen. */
  excluded = 0;

  constructor(
    layout: MatrixLayout,
    /** The keys that identify a return's agency (see `agencyKeys`). */
    private readonly _agencyKeys: (ret: AuditReturn) => unknown,
    private readonly _check: (value: unknown) => CheckedForCount,
    /** Count only returns sent to this partnership; `null` counts none; `undefined` counts all. */
    private readonly _partnership: string | null | undefined,
    private readonly _listener?: IntakeListener,
  ) {
    this.store = new AgencyStore(layout);
  }

  add(value: unknown): void {
    const index = this.added++;
    let checked: CheckedForCount;
    try {
      if (this._forAnother(value)) {
        this.excluded++;
        return;
      }
      checked = this._check(value);
    } catch (cause) {
      this.rejected.push({ index, reason: withReason('It could not be read', cause, ': only plain JSON data can be counted'), issues: [] });
      return;
    }
    if (!('counted' in checked)) {
      this.rejected.push(rejection(index, value, checked.reason, checked.issues));
      return;
    }
    const ret = checked.counted;
    let keys: unknown;
    try {
      keys = this._agencyKeys(ret);
    } catch (cause) {
      keys = cause;
    }
    if (!Array.isArray(keys) || keys.length === 0 || keys.some((key) => typeof key !== 'string')) {
      this.rejected.push(rejection(index, ret, withReason('Its agency could not be worked out', keys, ': check the agencyKey option, which must give a string'), []));
      return;
    }
    this.counted++;
    if (checked.translated) {
      const { label } = rejection(index, value, '', []);
      this.translated.push({ index, ...(label === undefined ? {} : { label }) });
    }
    const placed = this.store.place(ret, keys as string[], index);
    if ('ignored' in placed) return;
    if (placed.replaced !== undefined) this._listener?.replaced(placed.row);
    this._listener?.counted(ret, this.store.agencies[placed.row]!, placed.row);
  }

  /** Record something that could not even be read (a file that is not JSON), so it is listed. */
  addUnreadable(reason: string): void {
    this.rejected.push({ index: this.added++, reason, issues: [] });
  }

  /** Whether a value plainly says it is for other partnerships (one that does not say is checked as usual). */
  private _forAnother(value: unknown): boolean {
    if (this._partnership === undefined) return false;
    if (this._partnership === null) return true;
    const partnerships = peek(value, ['organisation', 'partnerships']);
    return Array.isArray(partnerships) && !partnerships.includes(this._partnership);
  }
}
