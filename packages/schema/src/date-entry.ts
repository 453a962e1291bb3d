import { isCalendarDate } from './dates.js';

/**
 * A date as a person types it into the GOV.UK date input: three boxes, day, month and year.
 *
 * A draft keeps exactly what was typed, finished or not, so that nothing is lost on a reload: a
 * real date is stored as `YYYY-MM-DD`; anything else as `year-month-day` with each box's text as it
 * was typed (`2027-3-`, `-13-40`). A submitted return must hold a real date, and the rules say
 * which part is missing or wrong. The only thing a box cannot hold is a hyphen: it separates them.
 */
export interface DateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

const EMPTY: DateParts = { day: '', month: '', year: '' };

/** The three boxes of a stored date entry (`''` gives three empty boxes). */
export function dateParts(entry: string): DateParts {
  if (entry === '') return EMPTY;
  const parts = entry.split('-');
  if (parts.length !== 3) return { ...EMPTY, day: entry };
  const [year, month, day] = parts as [string, string, string];
  // A real date shows as a person would type it: 7 3 2027, not 07 03 2027.
  if (isCalendarDate(entry)) return { day: String(Number(day)), month: String(Number(month)), year };
  return { day, month, year };
}

/** The stored form of three boxes: `''`, a real `YYYY-MM-DD` date, or the boxes' text as typed. */
export function dateEntry(parts: DateParts): string {
  const clean = (text: string) => text.replace(/-/g, '');
  const day = clean(parts.day);
  const month = clean(parts.month);
  const year = clean(parts.year);
  if (day.trim() === '' && month.trim() === '' && year.trim() === '') return '';
  const iso = `${year.trim()}-${month.trim().padStart(2, '0')}-${day.trim().padStart(2, '0')}`;
  if (/^\d{4}$/.test(year.trim()) && /^\d{1,2}$/.test(month.trim()) && /^\d{1,2}$/.test(day.trim()) && isCalendarDate(iso)) return iso;
  return `${year}-${month}-${day}`;
}

/** What is wrong with a date entry, worded to follow a label: "must include a year". `undefined` when it is a real date or empty. */
export function dateEntryProblem(entry: string): string | undefined {
  if (entry === '' || isCalendarDate(entry)) return undefined;
  const { day, month, year } = dateParts(entry);
  const missing = [day.trim() === '' && 'a day', month.trim() === '' && 'a month', year.trim() === '' && 'a year'].filter((part): part is string => !!part);
  if (missing.length === 1 || missing.length === 2) return `must include ${missing.join(' and ')}`;
  if (!/^\d+$/.test(year.trim()) || year.trim().length !== 4) return 'must include a year of 4 numbers, like 2027';
  return 'must be a real date';
}
