import type { Framework } from '@s11kit/schema';
import type { Queryable } from '../db/database.js';
import { newId } from '../security/tokens.js';
import type { CampaignRow } from './rows.js';

const COLUMNS = 'c.id, c.partnership_id, c.title, c.framework_id, c.framework_version, c.framework, c.built_in, c.cycle_start, c.cycle_year, c.deadline_at, c.created_at';

export interface NewCampaign {
  readonly partnershipId: string;
  readonly title: string;
  readonly framework: Framework;
  readonly builtIn: boolean;
  readonly cycleStart: number;
  readonly cycleYear: number;
  readonly deadlineAt: Date;
  /** Other partnerships that share the campaign (and see the returns of agencies reporting to them). */
  readonly sharedWith?: readonly string[];
}

export async function createCampaign(db: Queryable, input: NewCampaign, now: Date): Promise<CampaignRow> {
  const id = newId();
  const row: CampaignRow = {
    id,
    partnership_id: input.partnershipId,
    title: input.title,
    framework_id: input.framework.id,
    framework_version: input.framework.version,
    framework: input.framework,
    built_in: input.builtIn,
    cycle_start: input.cycleStart,
    cycle_year: input.cycleYear,
    deadline_at: input.deadlineAt,
    created_at: now,
  };
  await db.query(
    `insert into campaigns (id, partnership_id, title, framework_id, framework_version, framework, built_in, cycle_start, cycle_year, deadline_at, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      id,
      row.partnership_id,
      row.title,
      row.framework_id,
      row.framework_version,
      JSON.stringify(input.framework),
      row.built_in,
      row.cycle_start,
      row.cycle_year,
      row.deadline_at,
      now,
    ],
  );
  for (const partnershipId of new Set([input.partnershipId, ...(input.sharedWith ?? [])]))
    await db.query('insert into campaign_partnerships (campaign_id, partnership_id) values ($1, $2)', [id, partnershipId]);
  return row;
}

export async function campaignById(db: Queryable, id: string): Promise<CampaignRow | undefined> {
  const { rows } = await db.query<CampaignRow>(`select ${COLUMNS} from campaigns c where c.id = $1`, [id]);
  return rows[0];
}

/** A campaign as one partnership's staff may see it: `undefined` when it is not shared with them. */
export async function campaignFor(db: Queryable, id: string, partnershipId: string): Promise<CampaignRow | undefined> {
  const { rows } = await db.query<CampaignRow>(
    `select ${COLUMNS} from campaigns c join campaign_partnerships p on p.campaign_id = c.id
     where c.id = $1 and p.partnership_id = $2`,
    [id, partnershipId],
  );
  return rows[0];
}

export async function campaignsFor(db: Queryable, partnershipId: string): Promise<CampaignRow[]> {
  const { rows } = await db.query<CampaignRow>(
    `select ${COLUMNS} from campaigns c join campaign_partnerships p on p.campaign_id = c.id
     where p.partnership_id = $1 order by c.created_at desc, c.id`,
    [partnershipId],
  );
  return rows;
}
