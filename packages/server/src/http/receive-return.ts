import type { FastifyReply, FastifyRequest } from 'fastify';
import { validateReturn, type AuditReturn, type Issue } from '@s11kit/schema';
import type { Queryable } from '../db/database.js';
import { digestReturn, type DigestAgency } from '../digest/digest.js';
import type { LinkTarget } from '../store/links.js';
import type { CampaignRow, VersionRow } from '../store/rows.js';
import { insertVersion, versionByKey } from '../store/versions.js';
import { bodyHash } from './canonical-json.js';
import { IDEMPOTENCY_KEY } from './linked-agency.js';
import type { Context } from './context.js';

/** What `<s11-audit submit-url>` takes as proof that a return was kept (protocol.md). */
export const receiptOf = (version: VersionRow) => ({ reference: version.reference, receivedAt: version.received_at.toISOString() });

export const RECEIPT_SCHEMA = { type: 'object', properties: { reference: { type: 'string' }, receivedAt: { type: 'string', format: 'date-time' } } } as const;

/** The request's Idempotency-Key, or undefined once the reply says what is wrong with it. */
export function idempotencyKey(request: FastifyRequest, reply: FastifyReply): string | undefined {
  const key = request.headers['idempotency-key'];
  if (typeof key === 'string' && IDEMPOTENCY_KEY.test(key)) return key;
  void reply.status(400).send({ message: 'Send an Idempotency-Key header of 1 to 200 printable ASCII characters without spaces' });
  return undefined;
}

const statusIssue = (status: unknown): Issue => ({
  path: ['status'],
  code: 'invalid_value',
  severity: 'error',
  message: `Send the return with status "submitted" to submit it, not ${JSON.stringify(status)}`,
});

export interface ReceiveReturn {
  readonly key: string;
  readonly body: unknown;
  readonly campaign: CampaignRow;
  readonly target: LinkTarget;
  readonly agency: DigestAgency;
  /**
   * The steps around storing the version, in its transaction (history, sign-off, sharing):
   * `insert` stores it. The version, or an issue that refuses the submit (nothing is stored).
   */
  readonly store: (tx: Queryable, value: AuditReturn, insert: () => Promise<VersionRow | undefined>, at: Date) => Promise<VersionRow | { issue: Issue } | undefined>;
}

/**
 * Receive a submitted return, once whatever the retries: a key seen before answers with its
 * receipt (or 409 for different answers); a return that is not valid, or not `submitted`, gets
 * 422 with its issues; otherwise the version is stored with its digest and the receipt is 201.
 * One protocol for every place an agency submits (its own campaign, a copy for another partnership).
 */
export async function receiveReturn(context: Context, reply: FastifyReply, input: ReceiveReturn): Promise<FastifyReply> {
  const { db } = context;
  const { key, target, campaign } = input;
  const hash = bodyHash(input.body);
  const replay = (version: VersionRow) =>
    version.body_hash === hash
      ? reply.status(200).send(receiptOf(version))
      : reply.status(409).send({ message: 'This Idempotency-Key was already used for a different return: make a new key for new answers' });

  const earlier = await versionByKey(db, target, key);
  if (earlier) return replay(earlier);

  const framework = context.framework(campaign);
  const at = context.now();
  // Judged at the server's time, not the submittedAt the browser wrote.
  const checked = validateReturn(framework, input.body, { mode: 'submit', now: at });
  if (!checked.ok) return reply.status(422).send({ issues: checked.issues });
  const value: AuditReturn = checked.value;
  if (value.status !== 'submitted') return reply.status(422).send({ issues: [statusIssue(value.status)] });

  const digest = digestReturn(framework, value, input.agency);
  const late = at.getTime() > campaign.deadline_at.getTime();
  const stored = await db.transaction((tx) => input.store(tx, value, () => insertVersion(tx, target, { key, bodyHash: hash, body: value, digest, late }, at), at));
  if (stored && 'issue' in stored) return reply.status(422).send({ issues: [stored.issue] });
  if (!stored) {
    // The same key was stored while this request was checking: answer as a replay.
    const raced = await versionByKey(db, target, key);
    if (raced) return replay(raced);
    throw new Error('a version vanished after its key was seen');
  }
  return reply.status(201).send(receiptOf(stored));
}
