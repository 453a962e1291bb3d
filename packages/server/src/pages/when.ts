import { formatLongDate, londonDate } from '@s11kit/schema';

/** "1 May 2026", in London. */
export const day = (date: Date): string => formatLongDate(londonDate(date.toISOString()) ?? date.toISOString().slice(0, 10));

/** "1 May 2026, 13:00", in London. */
export const when = (date: Date | string): string => {
  const at = typeof date === 'string' ? new Date(date) : date;
  return `${day(at)}, ${at.toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit' })}`;
};
