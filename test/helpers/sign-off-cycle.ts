import { loadFramework } from '@s11kit/frameworks';
import type { AuditReturn, Framework } from '@s11kit/schema';
import type { FastifyInstance } from 'fastify';
import type { Database } from '@s11kit/server';
import { addAgency, addCampaign, agencyLink } from '@s11kit/server/admin';
import { adminContext, asDraft, Browser, csrfOf, returnsFor, seed, type Seeded } from './collector.js';

export interface SignOffSeeded extends Seeded {
  readonly bucks: { readonly framework: Framework; readonly campaignId: string; readonly agencies: readonly { id: string; token: string; name: string; sector: string }[] };
}

/** The usual seed, and a Buckinghamshire campaign (sign-off required) run by Portsmouth with two agencies. */
export async function seedWithSignOff(db: Database): Promise<SignOffSeeded> {
  const seeded = await seed(db);
  const admin = adminContext(db);
  const framework = await loadFramework('buckinghamshire-s11');
  const campaign = await addCampaign(admin, {
    partnership: 'portsmouth',
    title: 'Bucks toolkit 2026',
    framework,
    builtIn: true,
    cycleStart: 2026,
    cycleYear: 1,
    deadline: '2026-06-30',
  });
  const agencies = [];
  for (const [i, sector] of ['statutory', 'education'].entries()) {
    const name = `Bucks agency ${i + 1}`;
    const { agency } = await addAgency(admin, { partnership: 'portsmouth', name, sector, campaign: campaign.id });
    agencies.push({ id: agency.id, token: (await agencyLink(admin, campaign.id, agency.id)).token, name, sector });
  }
  return { ...seeded, bucks: { framework, campaignId: campaign.id, agencies } };
}

export const putDraft = (app: FastifyInstance, token: string, revision: number, value: unknown) =>
  app.inject({ method: 'PUT', url: `/a/${token}/draft`, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ revision, value }) });

export const submitReturn = (app: FastifyInstance, token: string, key: string, value: unknown) =>
  app.inject({ method: 'POST', url: `/a/${token}/returns`, headers: { 'content-type': 'application/json', 'idempotency-key': key }, payload: JSON.stringify(value) });

/** A complete return of the framework, as a draft and as it would be submitted. */
export function completeReturn(framework: Framework, agency: { name: string; sector: string }, seedNumber = 5): { draft: AuditReturn; submitted: AuditReturn } {
  const submitted = returnsFor(framework, [agency], seedNumber)[0]!;
  return { draft: asDraft(submitted), submitted };
}

/** Open a page in a cookie jar and post one of its forms (by action), with its CSRF token. */
export async function postForm(browser: Browser, pageUrl: string, action: string, fields: Record<string, string>) {
  const page = await browser.get(pageUrl);
  return browser.post(action, { _csrf: csrfOf(page.body), ...fields });
}
