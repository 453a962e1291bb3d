import type { FastifyInstance } from 'fastify';
import { loadFramework } from '@s11kit/frameworks';
import { generateReturns } from '@s11kit/frameworks/generate';
import { ReturnEventSchema, type AuditReturn, type Framework, type ReturnEventKind, type ReturnEventOf } from '@s11kit/schema';
import * as z from 'zod/mini';
import type { Database } from '@s11kit/server';
import { addAgency, addCampaign, addPartnership, addStaff, agencyLink, openYearTwo } from '@s11kit/server/admin';
import { adminContext, returnsFor, TEST_NOW, type Credentials } from './collector.js';
import { hashPassword } from '@s11kit/server/admin';

/** When the tests' year 2 happens: ten months after year 1's returns. */
export const YEAR_TWO_NOW = new Date('2027-03-01T10:00:00Z');

/** POST a return as `<s11-audit submit-url>` does. */
export const submit = (app: FastifyInstance, url: string, key: string, body: unknown) =>
  app.inject({ method: 'POST', url, headers: { 'content-type': 'application/json', 'idempotency-key': key }, payload: JSON.stringify(body) });

/** POST a year-2 update as `<s11-action-tracker update-url>` does. */
export const postUpdate = (app: FastifyInstance, url: string, key: string | undefined, body: unknown, cookie?: string) =>
  app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json', ...(key === undefined ? {} : { 'idempotency-key': key }), ...(cookie ? { cookie } : {}) },
    payload: JSON.stringify(body),
  });

/** The first open action of a return that has one, and where it is. */
export function firstAction(ret: AuditReturn): { standardId: string; actionId: string; due: string } {
  for (const response of ret.responses)
    for (const action of response.actions) if (action.status !== 'complete' && action.due) return { standardId: response.standardId, actionId: action.id, due: action.due };
  throw new Error('the return has no open action');
}

/**
 * The steps of one kind in the collector's one history table, as ReturnEvents, each checked
 * against ReturnEventSchema of @s11kit/schema (a step that does not parse fails the test).
 */
export async function stepsOf<K extends ReturnEventKind>(db: Database, kind: K, agencyId?: string): Promise<ReturnEventOf<K>[]> {
  const { rows } = await db.query<{ id: string; campaign_id: string; agency_id: string; seq: number; at: Date; kind: K; actor: unknown; data: Record<string, unknown> }>(
    'select id, campaign_id, agency_id, seq, at, kind, actor, data from return_events where kind = $1 and ($2::text is null or agency_id = $2) order by campaign_id, agency_id, seq',
    [kind, agencyId ?? null],
  );
  return rows.map((row) => {
    const event = { id: row.id, seq: row.seq, at: row.at.toISOString(), campaignId: row.campaign_id, agencyId: row.agency_id, actor: row.actor, kind: row.kind, ...row.data };
    const parsed = z.safeParse(ReturnEventSchema, event);
    if (!parsed.success) throw new Error(`a ${kind} step is not a ReturnEvent: ${JSON.stringify(event)}: ${parsed.error.message}`);
    return parsed.data as ReturnEventOf<K>;
  });
}

export const historyCount = async (db: Database, kind: ReturnEventKind, agencyId?: string) => (await stepsOf(db, kind, agencyId)).length;

export interface CityHackney {
  readonly framework: Framework;
  readonly yearOneId: string;
  readonly agencies: readonly { id: string; name: string; sector: string; token: string; ret: AuditReturn }[];
  readonly staff: Credentials;
}

const PASSWORD = 'correct horse battery staple';

/**
 * City and Hackney's year 1 on its framework (statement of compliance in year 2): two agencies
 * that returned, each with actions in its plan. Their year-1 links are returned.
 */
export async function seedCityHackney(db: Database, app: FastifyInstance): Promise<CityHackney> {
  const admin = adminContext(db);
  const framework = await loadFramework('city-hackney-s11');
  await addPartnership(admin, { slug: 'city-and-hackney', name: 'City and Hackney Safeguarding Children Partnership' });
  const campaign = await addCampaign(admin, {
    partnership: 'city-and-hackney',
    framework,
    builtIn: true,
    cycleStart: 2026,
    cycleYear: 1,
    deadline: '2026-06-30',
    title: 'City and Hackney Section 11 2026',
  });
  const generated = [...generateReturns(framework, { count: 12, seed: 11, now: TEST_NOW })].filter((ret) => ret.responses.some((r) => r.actions.length > 0));
  const agencies = [];
  for (const [i, ret] of generated.slice(0, 2).entries()) {
    const name = `Hackney Agency ${i + 1}`;
    const { agency } = await addAgency(admin, { partnership: 'city-and-hackney', name, sector: ret.organisation.sector, campaign: campaign.id });
    const { token } = await agencyLink(admin, campaign.id, agency.id);
    const mine = { ...ret, organisation: { ...ret.organisation, name } };
    const response = await submit(app, `/a/${token}/returns`, `ch-${i}`, mine);
    if (response.statusCode !== 201) throw new Error(`year-1 return of ${name}: ${response.statusCode} ${response.body}`);
    agencies.push({ id: agency.id, name, sector: ret.organisation.sector, token, ret: mine });
  }
  await addStaff(admin, { partnership: 'city-and-hackney', email: 'analyst@hackney.example', name: 'Hack Ney', role: 'analyst' });
  await db.query('update staff set password_hash = $2 where email = $1', ['analyst@hackney.example', await hashPassword(PASSWORD, { N: 1024 })]);
  return { framework, yearOneId: campaign.id, agencies, staff: { email: 'analyst@hackney.example', password: PASSWORD } };
}

/** Year 1 returned by the given agencies of a seeded campaign, then year 2 opened: the new links by agency id. */
export async function returnedThenYearTwo(
  db: Database,
  app: FastifyInstance,
  input: { campaignId: string; framework: Framework; agencies: readonly { id: string; token: string; name: string; sector: string }[]; returning: number },
): Promise<{ yearTwoId: string; links: Map<string, string>; returns: AuditReturn[] }> {
  // Seed 7 gives each of the first sectors a return with open actions.
  const returns = returnsFor(input.framework, input.agencies, 7).map((ret) => withOpenAction(ret));
  for (const [i, agency] of input.agencies.slice(0, input.returning).entries()) {
    const response = await submit(app, `/a/${agency.token}/returns`, `y1-${i}`, returns[i]);
    if (response.statusCode !== 201) throw new Error(`year-1 return ${i}: ${response.statusCode} ${response.body}`);
  }
  const opened = await openYearTwo(adminContext(db), { campaign: input.campaignId, deadline: '2027-06-30' });
  return { yearTwoId: opened.campaign.id, links: new Map(opened.links.map((link) => [link.agencyId, link.token])), returns };
}

/** A return that certainly has an open action with a lead and a due date (year 2 tracks it). */
function withOpenAction(ret: AuditReturn): AuditReturn {
  if (ret.responses.some((r) => r.actions.some((a) => a.status !== 'complete' && a.due))) return ret;
  throw new Error('the generated return has no open action: choose another seed');
}
