/** Partnerships are in England: "today" is the calendar day in London, whatever the server's zone. */
const LONDON_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Anything a caller may inject as "now". */
export type Instant = Date | string | number;

/** The London calendar date of an instant as `YYYY-MM-DD`; `undefined` when it is not a time. */
export function londonDate(instant: Instant): string | undefined {
  const time = instant instanceof Date ? instant.getTime() : new Date(instant).getTime();
  if (!Number.isFinite(time)) return undefined;
  // en-CA formats as YYYY-MM-DD.
  return LONDON_DAY.format(time);
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
