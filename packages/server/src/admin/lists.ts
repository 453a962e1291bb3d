import type { Database } from '../db/database.js';

export interface CampaignListing {
  id: string;
  title: string;
  partnership: string;
  framework: string;
  deadline_at: Date;
  agencies: number;
  returned: number;
}

export async function listCampaigns(db: Database): Promise<CampaignListing[]> {
  const { rows } = await db.query<CampaignListing>(
    `select c.id, c.title, p.slug as partnership, c.framework_id || ' ' || c.framework_version as framework, c.deadline_at,
            (select count(*)::int from campaign_agencies ca where ca.campaign_id = c.id) as agencies,
            (select count(distinct v.agency_id)::int from return_versions v where v.campaign_id = c.id) as returned
     from campaigns c join partnerships p on p.id = c.partnership_id order by c.created_at, c.id`,
  );
  return rows;
}

export interface AgencyListing {
  id: string;
  name: string;
  sector: string;
  identifier: string | null;
  live_link: boolean;
  versions: number;
}

export async function listAgencies(db: Database, campaignId: string): Promise<AgencyListing[]> {
  const { rows } = await db.query<AgencyListing>(
    `select a.id, a.name, a.sector, a.identifier_scheme || ':' || a.identifier_value as identifier,
            exists (select 1 from links l where l.campaign_id = ca.campaign_id and l.agency_id = a.id and l.revoked_at is null) as live_link,
            (select count(*)::int from return_versions v where v.campaign_id = ca.campaign_id and v.agency_id = a.id) as versions
     from campaign_agencies ca join agencies a on a.id = ca.agency_id where ca.campaign_id = $1 order by a.name, a.id`,
    [campaignId],
  );
  return rows;
}
