import { londonDate } from '@s11kit/schema';
import type { Queryable } from '../db/database.js';
import type { AgencyProgress } from './progress.js';

export type ReminderGroup = 'not-started' | 'draft';
export const REMINDER_GROUPS: readonly ReminderGroup[] = ['not-started', 'draft'];

/** Whole days from today to the deadline's day, both in London: 0 on the day, negative once it has passed. */
export function daysToDeadline(deadline: Date, now: Date): number {
  const day = (date: Date) => Date.parse(`${londonDate(date.toISOString()) ?? date.toISOString().slice(0, 10)}T00:00:00Z`);
  return Math.round((day(deadline) - day(now)) / 86_400_000);
}

/** The contact address of each agency of a campaign, by agency id. */
export async function contactEmails(db: Queryable, campaignId: string): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; contact_email: string }>(
    `select a.id, a.contact_email from campaign_agencies ca join agencies a on a.id = ca.agency_id
     where ca.campaign_id = $1 and a.contact_email is not null`,
    [campaignId],
  );
  return new Map(rows.map((row) => [row.id, row.contact_email]));
}

/** The agencies a reminder is for: those of the chosen groups, by name. */
export const remindable = (agencies: readonly AgencyProgress[], groups: readonly ReminderGroup[]): AgencyProgress[] =>
  agencies.filter((agency) => (groups as readonly string[]).includes(agency.state));
