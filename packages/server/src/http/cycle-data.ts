import { challengeFigures, type ChallengeFigures } from '@s11kit/schema';
import { eventsCsv } from '../admin/events-file.js';
import { campaignEvents } from '../store/events.js';
import { campaignProgress } from '../store/progress.js';
import { versionRatings } from '../store/version-ratings.js';
import type { Context } from './context.js';
import type { StaffCampaign } from './staff-campaign.js';

/** The challenge figures of a campaign as one partnership's staff see it, for the board report. */
export async function campaignChallenges(context: Context, found: StaffCampaign): Promise<ChallengeFigures> {
  const [events, ratingAt] = await Promise.all([campaignEvents(context.db, found.campaign.id, found.partnership.id), versionRatings(context.db, found.campaign.id)]);
  return challengeFigures(context.framework(found.campaign), events, ratingAt);
}

export async function eventsDownload(context: Context, found: StaffCampaign): Promise<{ csv: string; count: number }> {
  const [events, agencies] = await Promise.all([
    campaignEvents(context.db, found.campaign.id, found.partnership.id),
    campaignProgress(context.db, found.campaign.id, found.partnership.id),
  ]);
  const names = new Map(agencies.map((agency) => [agency.agencyId, agency.name]));
  return { csv: eventsCsv(events, (id) => names.get(id) ?? ''), count: events.length };
}
