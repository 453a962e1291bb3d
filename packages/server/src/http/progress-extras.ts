import { copiesForStaff } from '../store/shared-copies.js';
import { nextCampaignId, previousCampaignId } from '../store/year-two.js';
import { html, type Html } from '../pages/html.js';
import { sharedCopiesSection } from '../pages/shared-pages.js';
import type { StaffView } from '../pages/staff-pages.js';
import { yearTwoSection } from '../pages/year-two-staff-pages.js';
import type { Context } from './context.js';
import type { StaffCampaign } from './staff-campaign.js';

/** What a campaign's progress page shows besides its own returns: its year 2, and returns that reached it in translation. */
export async function progressExtras(context: Context, found: StaffCampaign, staff: StaffView): Promise<Html> {
  const [next, previous, copies] = await Promise.all([
    nextCampaignId(context.db, found.campaign.id),
    previousCampaignId(context.db, found.campaign.id),
    copiesForStaff(context.db, found.campaign.id, found.partnership.id),
  ]);
  return html`${yearTwoSection(staff, found.campaign, context.framework(found.campaign), { next, previous })}${sharedCopiesSection(found.campaign, copies)}`;
}
