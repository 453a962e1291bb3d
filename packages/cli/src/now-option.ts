import { isCalendarDate } from '@s11kit/schema';
import { UsageError } from './usage-error.js';

/**
 * `--now`: a real calendar date (`2026-11-01`) or an ISO 8601 date and time. `Date.parse` alone
 * takes "2026-02-30" (as 2 March), and a report dated a day that does not exist would be wrong
 * without a word.
 */
export function nowOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = value.slice(0, 10);
  const time = value.length > 10 ? value.slice(10) : '';
  const wellFormed = isCalendarDate(date) && (time === '' || /^T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(time));
  if (!wellFormed || !Number.isFinite(Date.parse(value)))
    throw new UsageError(`--now must be a real date such as 2026-11-01, or a date and time such as 2026-11-01T09:00:00Z; "${value}" is not`);
  return value;
}
