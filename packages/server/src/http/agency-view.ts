import { type AuditReturn, type StatementOfCompliance } from '@s11kit/schema';
import { agencyById } from '../store/agencies.js';
import { eventsOf } from '../store/events.js';
import { latestEarlierReturn, previousCampaigns } from '../store/previous.js';
import type { AgencyIdentifier } from '../store/rows.js';
import { copiesFromVersions } from '../store/shared-copies.js';
import { latestVersion, versionBody } from '../store/versions.js';
import { yearTwoOf, type YearTwoRow } from '../store/year-two.js';
import { sharedTasks } from '../pages/shared-pages.js';
import { choicePage, reAuditBanner, statementPage, statementSignedPage, trackerPage, type AgencyFrame } from '../pages/year-two-pages.js';
import type { Html } from '../pages/html.js';
import type { Linked } from './linked-agency.js';
import type { Context } from './context.js';

/** What an agency's link shows: a page of its own (year 2), or the audit with more around it. */
export type AgencyView = { readonly page: string } | { readonly previousUrl?: string; readonly before?: Html; readonly after?: Html };

export const frameOf = (token: string, found: Linked): AgencyFrame => ({ token, campaignTitle: found.campaign.title, agencyName: found.target.agencyName });

/** Whether the agency may still choose what to do in year 2: not once it has signed or sent a re-audit. */
export async function canChoose(context: Context, found: Linked, plan: YearTwoRow): Promise<boolean> {
  if (context.framework(found.campaign).cycle.yearTwo !== 'statement-of-compliance' || plan.statement_reference) return false;
  return !(await latestVersion(context.db, found.target));
}

/** The agency's registered identity, for finding its returns of other campaigns. */
export async function agencyIdentity(context: Context, found: Linked): Promise<{ id: string; partnershipId: string; identifier: AgencyIdentifier | undefined }> {
  const agency = await agencyById(context.db, found.target.agencyId);
  const identifier = agency?.identifier_scheme && agency.identifier_value ? { scheme: agency.identifier_scheme, value: agency.identifier_value } : undefined;
  return { id: found.target.agencyId, partnershipId: agency?.partnership_id ?? '', identifier };
}

/**
 * The page of a year-2 link where the agency carries on a year-1 return: its action plan, or (a
 * framework with a statement of compliance) what it chose: the choice itself, the statement form
 * or the signed statement. `undefined` for the audit (year 1, a re-audit, or no year-1 return).
 */
export async function yearTwoView(context: Context, token: string, found: Linked, plan: YearTwoRow, csrf: () => string): Promise<string | undefined> {
  const framework = context.framework(found.campaign);
  const frame = frameOf(token, found);
  const choosable = await canChoose(context, found, plan);
  const choice = framework.cycle.yearTwo === 'statement-of-compliance' ? plan.choice : 'tracking';
  const cycleStart = found.campaign.cycle_start;
  if (choice === null) return choicePage(frame, { csrf: csrf(), framework, cycleStart, checked: null });
  if (choice === 'tracking')
    return trackerPage(frame, {
      framework,
      ret: plan.value as AuditReturn,
      storageKey: `${found.campaign.id}-${found.target.agencyId}`,
      history: await eventsOf(context.db, found.target),
      canChoose: choosable,
      cycleStart,
    });
  if (choice === 'statement') {
    const current = plan.value as AuditReturn;
    if (plan.statement_reference) {
      const entry = (current.history ?? []).at(-1) as StatementOfCompliance;
      return statementSignedPage(frame, { framework, entry, reference: plan.statement_reference, sector: current.organisation.sector });
    }
    const { rows } = await context.db.query<{ reference: string }>('select reference from return_versions where id = $1', [plan.base_version_id]);
    return statementPage(frame, { csrf: csrf(), framework, cycleStart, yearOneReference: rows[0]?.reference ?? '', current });
  }
  return undefined;
}

/** Everything a link shows, for the agency page route. */
export async function agencyView(context: Context, token: string, found: Linked, csrf: () => string): Promise<AgencyView> {
  const plan = await yearTwoOf(context.db, found.target);
  if (plan) {
    const page = await yearTwoView(context, token, found, plan, csrf);
    if (page) return { page };
  }
  const identity = await agencyIdentity(context, found);
  const earlier = await previousCampaigns(context.db, found.campaign);
  const hasPrevious =
    earlier.length > 0 &&
    (await latestEarlierReturn(
      context.db,
      earlier.map((c) => c.id),
      identity,
    )) !== undefined;
  const copies = await copiesFromVersions(context.db, found.target.agencyId, found.campaign.id);
  const frame = frameOf(token, found);
  return {
    ...(hasPrevious ? { previousUrl: `/a/${token}/previous` } : {}),
    ...(plan ? { before: reAuditBanner(frame, await canChoose(context, found, plan)) } : {}),
    ...(copies.length ? { after: sharedTasks(frame, copies, found.target.sector) } : {}),
  };
}

/** The year-1 return a year-2 plan starts from. */
export const baseReturn = async (context: Context, plan: YearTwoRow): Promise<AuditReturn> => (await versionBody(context.db, plan.base_version_id)) as AuditReturn;
