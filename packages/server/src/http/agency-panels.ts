import { signOffRequired, signOffRoles, type AuditReturn } from '@s11kit/schema';
import type { Queryable } from '../db/database.js';
import { challengeThreads } from '../store/challenges.js';
import { getDraft } from '../store/drafts.js';
import { eventsOf, lockReturn, appendEvent } from '../store/events.js';
import type { LinkTarget } from '../store/links.js';
import type { CampaignRow, VersionRow } from '../store/rows.js';
import { rolesText, signOffProblem, signOffThreads } from '../store/sign-off.js';
import { latestVersion, versionBody } from '../store/versions.js';
import { challengesPanel } from '../pages/challenge-pages.js';
import type { Html } from '../pages/html.js';
import { signOffPanel } from '../pages/sign-off-pages.js';
import type { Context } from './context.js';

/** What the agency page shows beside the audit: open questions from the partnership, and sign-off. */
export async function cyclePanels(
  context: Context,
  input: { campaign: CampaignRow; target: LinkTarget & { sector: string; agencyName: string }; token: string; csrf: string },
): Promise<Html[]> {
  const { db } = context;
  const framework = context.framework(input.campaign);
  const [events, draft, latest] = await Promise.all([eventsOf(db, input.target), getDraft(db, input.target), latestVersion(db, input.target)]);
  const panels: Html[] = [];
  const threads = challengeThreads(events);
  if (threads.length) {
    const value = latest ? ((await versionBody(db, latest.id)) as AuditReturn) : undefined;
    const panel = challengesPanel({ token: input.token, csrf: input.csrf, framework, sector: input.target.sector, threads, latest: value });
    if (panel) panels.push(panel);
  }
  const roles = signOffRoles(framework, input.target.sector);
  if (roles.length)
    panels.push(
      signOffPanel({
        token: input.token,
        csrf: input.csrf,
        roles,
        required: signOffRequired(framework, input.target.sector),
        rolesText: rolesText(framework, input.target.sector),
        threads: signOffThreads(events),
        draftRevision: draft?.revision,
      }),
    );
  return panels;
}

/**
 * Store a submitted return in the caller's transaction, once the sign-off the framework asks for
 * covers exactly these answers; the submit is a step of the return's history too.
 */
export async function submitWithHistory(
  tx: Queryable,
  context: Context,
  input: { campaign: CampaignRow; target: LinkTarget & { sector: string; agencyName: string }; value: unknown; insert: () => Promise<VersionRow | undefined>; now: Date },
): Promise<VersionRow | { issue: import('@s11kit/schema').Issue } | undefined> {
  await lockReturn(tx, input.target);
  const gate = await signOffProblem(tx, context.framework(input.campaign), input.target, input.value, await eventsOf(tx, input.target));
  if ('issue' in gate) return gate;
  const version = await input.insert();
  if (version)
    await appendEvent(
      tx,
      input.target,
      {
        kind: 'return-submitted',
        actor: { kind: 'agency', name: input.target.agencyName },
        data: { version: version.number, reference: version.reference, signOffRequestId: gate.requestId },
      },
      input.now,
    );
  return version;
}
