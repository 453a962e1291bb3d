/** Anything a caller may inject as "now". */
export type Instant = Date | string | number;

const HOUR = 3_600_000;
const summerTime = new Map<number, readonly [number, number]>();

/** Start and end (UTC milliseconds) of British Summer Time in a year: 01:00 UTC on the last Sundays of March and October. */
function britishSummerTime(year: number): readonly [number, number] {
  let span = summerTime.get(year);
  if (!span) {
    const lastSunday = (month: number) => {
      const day = new Date(Date.UTC(year, month + 1, 0, 1));
      return day.getTime() - day.getUTCDay() * 24 * HOUR;
    };
    span = [lastSunday(2), lastSunday(9)];
    summerTime.set(year, span);
  }
  return span;
}

/**
 * The London calendar date of an instant as `YYYY-MM-DD`; `undefined` when it is not a time.
 * Partnerships are in England, so "today" is the day in London whatever the server's zone. The
 * UK rule is computed rather than asked of Intl: this runs for every return a server checks.
 */
export function londonDate(instant: Instant): string | undefined {
  // Fast path for what returns hold, a UTC time such as 2026-05-01T16:30:00Z: outside the last
  // hour of a summer day in UTC, the London date is the date written.
  if (typeof instant === 'string' && instant.length >= 20 && instant.endsWith('Z') && instant[10] === 'T') {
    const hour = (instant.charCodeAt(11) - 48) * 10 + (instant.charCodeAt(12) - 48);
    if (hour >= 0 && hour < 23 && isCalendarDate(instant.slice(0, 10))) return instant.slice(0, 10);
  }
  const time = instant instanceof Date ? instant.getTime() : typeof instant === 'number' ? instant : Date.parse(instant);
  if (!Number.isFinite(time)) return undefined;
  const date = new Date(time);
  const [start, end] = britishSummerTime(date.getUTCFullYear());
  return new Date(time >= start && time < end ? time + HOUR : time).toISOString().slice(0, 10);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for `YYYY-MM-DD` strings naming a day that exists (2028-02-29 yes, 2027-02-29 no). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whole days from `from` to `to`, both `YYYY-MM-DD` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** "1 May 2026": the GOV.UK date style. */
export function formatLongDate(isoDate: string): string {
  const time = Date.parse(`${isoDate}T12:00:00Z`);
  if (!Number.isFinite(time)) return isoDate;
  return new Date(time).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
