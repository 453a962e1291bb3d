import { parseFramework, type Framework } from '@s11kit/schema';
import type { Database } from '../db/database.js';
import type { CampaignRow } from '../store/rows.js';

/** Limits a partnership may tune; the defaults suit a partnership's collector. */
export interface Limits {
  /** Largest request body. A return at every text ceiling is far larger than any real one. */
  readonly bodyBytes: number;
  /** Requests a minute to one agency link (pages, drafts, submits). */
  readonly linkPerMinute: number;
  /** Sign-in attempts a minute from one address. */
  readonly signInPerMinute: number;
}

export const DEFAULT_LIMITS: Limits = { bodyBytes: 2 * 1024 * 1024, linkPerMinute: 120, signInPerMinute: 10 };

/** What every route needs. */
export interface Context {
  readonly db: Database;
  readonly now: () => Date;
  readonly limits: Limits;
  /** Cookies only over HTTPS; off for plain http on 127.0.0.1. */
  readonly secureCookies: boolean;
  framework(campaign: CampaignRow): Framework;
}

/** Campaign frameworks parsed once per process: they never change once a campaign exists. */
export function frameworkCache(): (campaign: CampaignRow) => Framework {
  const cache = new Map<string, Framework>();
  return (campaign) => {
    let framework = cache.get(campaign.id);
    if (!framework) {
      const parsed = parseFramework(campaign.framework);
      if (!parsed.ok) throw new Error(`campaign ${campaign.id}: its stored framework no longer parses: ${parsed.issues[0]?.message}`);
      framework = parsed.value;
      cache.set(campaign.id, framework);
    }
    return framework;
  };
}
