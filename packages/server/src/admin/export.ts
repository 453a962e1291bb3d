import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { actionsCsvHeader, actionsCsvRows, boardReport, parseFramework, responsesCsvHeader, responsesCsvRows, type AuditReturn } from '@s11kit/schema';
import { aggregateDigests } from '../digest/aggregate-digests.js';
import type { ReturnDigest } from '../digest/digest.js';
import { audit } from '../store/audit-log.js';
import { campaignFor } from '../store/campaigns.js';
import { partnershipBySlug } from '../store/partnerships.js';
import { latestOfCampaign } from '../store/versions.js';
import { campaignEvents } from '../store/events.js';
import { versionRatings } from '../store/version-ratings.js';
import { campaignProgress } from '../store/progress.js';
import { challengeFigures } from '@s11kit/schema';
import { eventsCsv, eventsJsonLines } from './events-file.js';
import { AdminError } from './admin-error.js';
import type { AdminContext } from './admin.js';

const BOM = '\uFEFF';

/**
 * A campaign as one partnership sees it, written to a folder: `returns/` (the latest version of
 * each agency as JSON), `responses.csv`, `actions.csv`, `report.html`, and the history of each
 * return (sign-off, submits, review and challenge, reminders) as `events.jsonl` and `events.csv`.
 * Written to the audit log.
 */
export async function exportCampaign(admin: AdminContext, input: { campaign: string; partnership: string; out: string }): Promise<{ files: string[]; returns: number }> {
  const partnership = await partnershipBySlug(admin.db, input.partnership);
  if (!partnership) throw new AdminError(`there is no partnership "${input.partnership}"`);
  const campaign = await campaignFor(admin.db, input.campaign, partnership.id);
  if (!campaign) throw new AdminError(`there is no campaign "${input.campaign}" shared with ${input.partnership}: s11 admin campaign list shows them`);
  const parsed = parseFramework(campaign.framework);
  if (!parsed.ok) throw new AdminError(`the campaign's stored framework does not parse: ${parsed.issues[0]?.message}`);
  const framework = parsed.value;
  const now = admin.now();
  const bodies = await latestOfCampaign<AuditReturn>(admin.db, campaign.id, partnership.id, 'body');
  const digests = await latestOfCampaign<ReturnDigest>(admin.db, campaign.id, partnership.id, 'digest');
  await mkdir(join(input.out, 'returns'), { recursive: true });
  const files: string[] = [];
  for (const row of bodies) {
    const file = join(input.out, 'returns', `${row.agencyId}.json`);
    await writeFile(file, JSON.stringify(row.value, null, 2) + '\n');
  }
  const responses = [BOM + responsesCsvHeader()];
  const actions = [BOM + actionsCsvHeader()];
  for (const row of bodies) {
    responses.push(...responsesCsvRows(framework, row.value));
    actions.push(...actionsCsvRows(framework, row.value, { now }));
  }
  const result = aggregateDigests(
    framework,
    digests.map((row) => row.value),
    { now },
  );
  const [events, ratingAt, agencies] = await Promise.all([
    campaignEvents(admin.db, campaign.id, partnership.id),
    versionRatings(admin.db, campaign.id),
    campaignProgress(admin.db, campaign.id, partnership.id),
  ]);
  const names = new Map(agencies.map((agency) => [agency.agencyId, agency.name]));
  const challenges = challengeFigures(framework, events, ratingAt);
  const written: [string, string][] = [
    ['responses.csv', responses.join('')],
    ['actions.csv', actions.join('')],
    ['report.html', boardReport(framework, result, { title: `${campaign.title}: ${partnership.name}`, challenges })],
    ['events.jsonl', eventsJsonLines(events)],
    ['events.csv', eventsCsv(events, (id) => names.get(id) ?? '')],
  ];
  for (const [name, text] of written) {
    await writeFile(join(input.out, name), text);
    files.push(join(input.out, name));
  }
  await audit(
    admin.db,
    admin.actor,
    { action: 'export.campaign', campaignId: campaign.id, detail: { returns: bodies.length, events: events.length, partnership: partnership.slug } },
    now,
  );
  return { files: [join(input.out, 'returns'), ...files], returns: bodies.length };
}
