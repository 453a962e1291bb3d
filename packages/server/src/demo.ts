import { randomBytes } from 'node:crypto';
import { loadFramework } from '@s11kit/frameworks';
import { generateReturns } from '@s11kit/frameworks/generate';
import { validateReturn } from '@s11kit/schema';
import type { Database } from './db/database.js';
import { addAgency, addCampaign, addPartnership, addStaff, agencyLink, type AdminContext } from './admin/admin.js';
import { digestReturn } from './digest/digest.js';
import { hashPassword } from './security/passwords.js';
import { bodyHash } from './http/canonical-json.js';
import { saveDraft } from './store/drafts.js';
import { insertVersion } from './store/versions.js';

export interface Demo {
  readonly campaignId: string;
  /** A link for an agency that has not started, to try the audit. */
  readonly agencyToken: string;
  readonly agencyName: string;
  readonly staff: { readonly email: string; readonly password: string };
}

/**
 * A partnership's first cycle, made up: Portsmouth runs the Compact (shared with Hampshire) with
 * 48 agencies, 36 of which have returned, 4 have a draft and 8 have not started.
 */
export async function seedDemo(db: Database, now: () => Date = () => new Date()): Promise<Demo> {
  const admin: AdminContext = { db, now, actor: { cli: 'demo' } };
  const framework = await loadFramework('portsmouth-compact');
  await addPartnership(admin, { slug: 'portsmouth', name: 'Portsmouth Safeguarding Children Partnership' });
  await addPartnership(admin, { slug: 'hampshire', name: 'Hampshire Safeguarding Children Partnership' });
  const at = now();
  const deadline = new Date(at.getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  const campaign = await addCampaign(admin, {
    partnership: 'portsmouth',
    title: `Section 11 Compact Audit ${at.getUTCFullYear()}`,
    framework,
    builtIn: true,
    cycleStart: at.getUTCFullYear(),
    cycleYear: 1,
    deadline,
    shareWith: ['hampshire'],
  });
  const returns = [...generateReturns(framework, { count: 48, seed: 2004, now: at, cycleStart: at.getUTCFullYear() })];
  let firstNotStarted: { token: string; name: string } | undefined;
  for (const [i, ret] of returns.entries()) {
    const reportsTo = ret.organisation.partnerships.filter((slug) => slug === 'hampshire');
    const { agency } = await addAgency(admin, { partnership: 'portsmouth', name: ret.organisation.name, sector: ret.organisation.sector, campaign: campaign.id, reportsTo });
    const { token } = await agencyLink(admin, campaign.id, agency.id);
    const target = { campaignId: campaign.id, agencyId: agency.id };
    if (i < 36) {
      const checked = validateReturn(framework, ret, { mode: 'submit', now: at });
      if (!checked.ok) throw new Error(`demo return ${i} is not valid: ${checked.issues[0]?.message}`);
      const digest = digestReturn(framework, checked.value, { key: agency.id, name: agency.name, partnerships: ['portsmouth', ...reportsTo] });
      await db.transaction((tx) => insertVersion(tx, target, { key: `demo-${i}`, bodyHash: bodyHash(checked.value), body: checked.value, digest, late: false }, at));
    } else if (i < 40) {
      await saveDraft(db, target, 0, { ...ret, status: 'draft', submittedAt: null }, at);
    } else {
      firstNotStarted ??= { token, name: agency.name };
    }
  }
  const email = 'admin@portsmouth.example';
  const password = randomBytes(9).toString('base64url');
  await addStaff(admin, { partnership: 'portsmouth', email, name: 'Demo Administrator', role: 'administrator' });
  await db.query('update staff set password_hash = $2 where email = $1', [email, await hashPassword(password)]);
  return { campaignId: campaign.id, agencyToken: firstNotStarted!.token, agencyName: firstNotStarted!.name, staff: { email, password } };
}
