import type { AuditReturn } from '../models/return.js';
import { AgencyStore, type Agency } from './agency-store.js';
import type { CheckedForCount } from './check-for-count.js';
import type { MatrixLayout } from './matrix-layout.js';
import { rejection, readableLabel, type RejectedReturn } from './rejection.js';
import type { TranslatedReturn } from './aggregate-result.js';

/** Told about each counted return that became an agency's row, and each that stopped being one. */
export interface IntakeListener {
  counted(ret: AuditReturn, agency: Agency, row: number): void;
  replaced(row: number): void;
}

/**
 * The returns of one cycle, taken one at a time: checked, counted into the matrix or recorded
 * as rejected, and matched to agencies.
 */
export class CycleIntake {
  readonly store: AgencyStore;
  readonly rejected: RejectedReturn[] = [];
  readonly translated: TranslatedReturn[] = [];
  added = 0;
  counted = 0;

  constructor(
    layout: MatrixLayout,
    private readonly _agencyKey: (ret: AuditReturn) => string,
    private readonly _check: (value: unknown) => CheckedForCount,
    private readonly _listener?: IntakeListener,
  ) {
    this.store = new AgencyStore(layout);
  }

  add(value: unknown): void {
    const index = this.added++;
    const checked = this._check(value);
    if (!('counted' in checked)) {
      this.rejected.push(rejection(index, value, checked.reason, checked.issues));
      return;
    }
    const ret = checked.counted;
    this.counted++;
    if (checked.translated) {
      const label = readableLabel(value);
      this.translated.push({ index, ...(label === undefined ? {} : { label }) });
    }
    const placed = this.store.place(ret, this._agencyKey(ret), index);
    if ('ignored' in placed) return;
    if (placed.replaced !== undefined) this._listener?.replaced(placed.row);
    this._listener?.counted(ret, this.store.agencies[placed.row]!, placed.row);
  }

  /** Record something that could not even be read (a file that is not JSON), so it is listed. */
  addUnreadable(reason: string): void {
    this.rejected.push({ index: this.added++, reason, issues: [] });
  }
}
