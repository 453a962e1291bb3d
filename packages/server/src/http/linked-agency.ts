import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DigestAgency } from '../digest/digest.js';
import { campaignById } from '../store/campaigns.js';
import { resolveLinkedAgency, type LinkedAgency } from '../store/links.js';
import type { CampaignRow } from '../store/rows.js';
import { hashToken, looksLikeToken } from '../security/tokens.js';
import type { Context } from './context.js';

/** 1–200 printable ASCII characters, no spaces (protocol.md). */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

export interface Linked {
  readonly target: LinkedAgency;
  readonly campaign: CampaignRow;
}

export type TokenParams = { Params: { token: string } };

/**
 * The link a request names, for the routes of a link beyond the audit's own (year 2, shared
 * returns, the last cycle): undefined for a token that is malformed, unknown or revoked.
 */
export function linkResolver(context: Context): (request: FastifyRequest<TokenParams>) => Promise<Linked | undefined> {
  const campaigns = new Map<string, CampaignRow>();
  return async (request) => {
    const { token } = request.params;
    if (!looksLikeToken(token)) return undefined;
    const target = await resolveLinkedAgency(context.db, token);
    if (!target) return undefined;
    // Campaigns never change once made: one query a process, then the cache.
    const campaign = campaigns.get(target.campaignId) ?? (await campaignById(context.db, target.campaignId));
    if (!campaign) return undefined;
    campaigns.set(campaign.id, campaign);
    return { target, campaign };
  };
}

/** Each link has its own budget, as the audit's routes do. */
export const linkRateLimit = (context: Context) => ({
  max: context.limits.linkPerMinute,
  timeWindow: '1 minute',
  keyGenerator: (request: FastifyRequest) => `link:${hashToken((request.params as { token?: string }).token ?? '')}`,
});

export const linkNotFound = (reply: FastifyReply) =>
  reply.status(404).send({ message: 'This link does not work: it may have been replaced or stopped. Ask the partnership for a new link' });

/** What a digest says of the agency behind a link. */
export const digestAgencyOf = (target: LinkedAgency): DigestAgency => ({
  key: target.agencyId,
  name: target.agencyName,
  partnerships: target.partnerships,
  identifier: target.identifier,
});

export const TOKEN_PARAMS = { type: 'object', properties: { token: { type: 'string' } }, required: ['token'] } as const;
export const MESSAGE = { type: 'object', properties: { message: { type: 'string' } } } as const;
