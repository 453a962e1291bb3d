import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { loadFramework } from '@s11kit/frameworks';
import { generateReturns } from '@s11kit/frameworks/generate';
import type { AuditReturn, Framework } from '@s11kit/schema';
import { buildCollector, migrate, openDatabase, type CollectorOptions, type Database, type DatabaseOptions } from '@s11kit/server';
import { addAgency, addCampaign, addPartnership, addStaff, agencyLink, type AdminContext } from '@s11kit/server/admin';
import { hashPassword } from '@s11kit/server/admin';

/** A database to run a suite on, made fresh and thrown away afterwards. */
export interface TestDatabase {
  readonly name: string;
  open(): Promise<{ db: Database; options: DatabaseOptions; dispose(): Promise<void>; reopen(): Promise<Database> }>;
}

/** PGlite always; PostgreSQL too when DATABASE_URL names a server (CI starts one). */
export function testDatabases(): TestDatabase[] {
  const kinds: TestDatabase[] = [
    {
      name: 'PGlite',
      async open() {
        const dir = mkdtempSync(join(tmpdir(), 's11-pglite-'));
        let db = await openDatabase({ dataDir: dir });
        await migrate(db);
        return {
          get db() {
            return db;
          },
          options: { dataDir: dir },
          async reopen() {
            // It may be closed already (handed to a server process).
            await db.close().catch(() => {});
            db = await openDatabase({ dataDir: dir });
            return db;
          },
          async dispose() {
            await db.close().catch(() => {});
            rmSync(dir, { recursive: true, force: true });
          },
        };
      },
    },
  ];
  const url = process.env.DATABASE_URL;
  if (url)
    kinds.push({
      name: 'PostgreSQL',
      async open() {
        const name = `s11_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
        const admin = new pg.Client({ connectionString: url });
        await admin.connect();
        await admin.query(`create database ${name}`);
        await admin.end();
        const testUrl = new URL(url);
        testUrl.pathname = `/${name}`;
        let db = await openDatabase({ url: testUrl.toString() });
        await migrate(db);
        return {
          get db() {
            return db;
          },
          options: { url: testUrl.toString() },
          async reopen() {
            // It may be closed already (handed to a server process).
            await db.close().catch(() => {});
            db = await openDatabase({ url: testUrl.toString() });
            return db;
          },
          async dispose() {
            await db.close().catch(() => {});
            const drop = new pg.Client({ connectionString: url });
            await drop.connect();
            await drop.query(`drop database if exists ${name} with (force)`);
            await drop.end();
          },
        };
      },
    });
  return kinds;
}

/** The day the tests live on: the generated returns are submitted before it, their actions due after. */
export const TEST_NOW = new Date('2026-05-01T12:00:00Z');

export const adminContext = (db: Database, now = () => TEST_NOW): AdminContext => ({ db, now, actor: { cli: 'test' } });

export async function collector(db: Database, options: Partial<CollectorOptions> = {}): Promise<FastifyInstance> {
  const app = await buildCollector({ db, now: () => TEST_NOW, ...options });
  await app.ready();
  return app;
}

export interface Seeded {
  readonly framework: Framework;
  readonly campaignId: string;
  readonly otherCampaignId: string;
  readonly agencies: readonly { id: string; token: string; name: string; sector: string }[];
  /** An agency of the other partnership's campaign. */
  readonly outsider: { id: string; token: string };
  readonly staff: { readonly analyst: Credentials; readonly administrator: Credentials; readonly hampshire: Credentials; readonly outsider: Credentials };
}

export interface Credentials {
  readonly email: string;
  readonly password: string;
}

const PASSWORD = 'correct horse battery staple';

/** Give an account a password quickly (a cheap scrypt cost; verify reads the cost from the hash). */
async function setPassword(db: Database, email: string) {
  await db.query('update staff set password_hash = $2 where email = $1', [email, await hashPassword(PASSWORD, { N: 1024 })]);
  return { email, password: PASSWORD };
}

/**
 * Portsmouth runs a campaign on the Compact shared with Hampshire; three agencies (one reporting
 * to Hampshire too); Southampton runs a campaign of its own with one agency.
 */
export async function seed(db: Database, agencyCount = 3): Promise<Seeded> {
  const admin = adminContext(db);
  const framework = await loadFramework('portsmouth-compact');
  await addPartnership(admin, { slug: 'portsmouth', name: 'Portsmouth Safeguarding Children Partnership' });
  await addPartnership(admin, { slug: 'hampshire', name: 'Hampshire Safeguarding Children Partnership' });
  await addPartnership(admin, { slug: 'southampton', name: 'Southampton Safeguarding Children Partnership' });
  const campaign = await addCampaign(admin, {
    partnership: 'portsmouth',
    title: 'Section 11 audit 2026',
    framework,
    builtIn: true,
    cycleStart: 2026,
    cycleYear: 1,
    deadline: '2026-06-30',
    shareWith: ['hampshire'],
  });
  const other = await addCampaign(admin, { partnership: 'southampton', framework, builtIn: true, cycleStart: 2026, cycleYear: 1, deadline: '2026-06-30' });
  const sectors = framework.sectors.map((sector) => sector.id);
  const agencies = [];
  for (let i = 0; i < agencyCount; i++) {
    const sector = sectors[i % sectors.length]!;
    const name = `Agency ${i + 1}`;
    const { agency } = await addAgency(admin, { partnership: 'portsmouth', name, sector, campaign: campaign.id, ...(i === 0 ? { reportsTo: ['hampshire'] } : {}) });
    const { token } = await agencyLink(admin, campaign.id, agency.id);
    agencies.push({ id: agency.id, token, name, sector });
  }
  const { agency: outsiderAgency } = await addAgency(admin, { partnership: 'southampton', name: 'Southampton Agency', sector: 'statutory', campaign: other.id });
  const outsider = { id: outsiderAgency.id, token: (await agencyLink(admin, other.id, outsiderAgency.id)).token };
  await addStaff(admin, { partnership: 'portsmouth', email: 'analyst@portsmouth.example', name: 'Ana Lyst', role: 'analyst' });
  await addStaff(admin, { partnership: 'portsmouth', email: 'admin@portsmouth.example', name: 'Ad Min', role: 'administrator' });
  await addStaff(admin, { partnership: 'hampshire', email: 'analyst@hampshire.example', name: 'Hamp Shire', role: 'analyst' });
  await addStaff(admin, { partnership: 'southampton', email: 'admin@southampton.example', name: 'South Ampton', role: 'administrator' });
  return {
    framework,
    campaignId: campaign.id,
    otherCampaignId: other.id,
    agencies,
    outsider,
    staff: {
      analyst: await setPassword(db, 'analyst@portsmouth.example'),
      administrator: await setPassword(db, 'admin@portsmouth.example'),
      hampshire: await setPassword(db, 'analyst@hampshire.example'),
      outsider: await setPassword(db, 'admin@southampton.example'),
    },
  };
}

/** Valid submitted returns for the agencies, as `<s11-audit>` would send them. */
export function returnsFor(framework: Framework, agencies: readonly { name: string; sector: string }[], seedNumber = 3, now: Date = TEST_NOW): AuditReturn[] {
  const generated = [...generateReturns(framework, { count: Math.max(agencies.length * 3, 10), seed: seedNumber, now })];
  return agencies.map((agency) => {
    const ret = structuredClone(generated.find((candidate) => candidate.organisation.sector === agency.sector) ?? generated[0]!);
    generated.splice(generated.indexOf(ret), 1);
    return { ...ret, organisation: { ...ret.organisation, name: agency.name, sector: agency.sector } };
  });
}

/** A draft (status "draft") of a return. */
export const asDraft = (ret: AuditReturn): AuditReturn => ({ ...ret, status: 'draft', submittedAt: null });

/** Sign in through the form, as a browser would: fetch the CSRF token, post, keep the cookies. */
export async function signIn(app: FastifyInstance, credentials: Credentials): Promise<Browser> {
  const browser = new Browser(app);
  const form = await browser.get('/sign-in');
  const csrf = csrfOf(form.body);
  const response = await browser.post('/sign-in', { email: credentials.email, password: credentials.password, _csrf: csrf });
  if (response.statusCode !== 303) throw new Error(`sign-in failed: ${response.statusCode}`);
  return browser;
}

export const csrfOf = (body: string): string => /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';

/** Cookies kept across requests to an injected app. */
export class Browser {
  readonly cookies = new Map<string, string>();
  constructor(private readonly app: FastifyInstance) {}

  private cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keep(response: { cookies: { name: string; value: string; maxAge?: number; expires?: Date }[] }) {
    for (const cookie of response.cookies) {
      if (cookie.value === '' || cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() < Date.now())) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }

  async get(url: string) {
    const response = await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader() } });
    this.keep(response);
    return response;
  }

  async post(url: string, form: Record<string, string>) {
    const response = await this.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams(form).toString(),
    });
    this.keep(response);
    return response;
  }
}
