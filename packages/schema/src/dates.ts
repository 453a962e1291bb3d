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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const digit = (text: string, at: number) => {
  const code = text.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : -1;
};

/**
 * True for `YYYY-MM-DD` strings naming a day that exists (2028-02-29 yes, 2027-02-29 no). Read
 * digit by digit: it runs for every due date and timestamp a server checks.
 */
export function isCalendarDate(value: string): boolean {
  if (value.length !== 10 || value[4] !== '-' || value[7] !== '-') return false;
  const y1 = digit(value, 0),
    y2 = digit(value, 1),
    y3 = digit(value, 2),
    y4 = digit(value, 3);
  const m1 = digit(value, 5),
    m2 = digit(value, 6),
    d1 = digit(value, 8),
    d2 = digit(value, 9);
  if (y1 < 0 || y2 < 0 || y3 < 0 || y4 < 0 || m1 < 0 || m2 < 0 || d1 < 0 || d2 < 0) return false;
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** Whole days from `from` to `to`, both `YYYY-MM-DD` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The date `days` after a `YYYY-MM-DD` date (before it when negative). */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
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
