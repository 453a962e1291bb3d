import { signOffRequired, signOffRoles, validateReturn, type Framework, type Issue, type ReturnEvent, type ReturnEventOf } from '@s11kit/schema';
import type { Queryable } from '../db/database.js';
import { bodyHash } from '../http/canonical-json.js';
import { hashToken, newId, newToken } from '../security/tokens.js';
import { getDraft } from './drafts.js';
import type { LinkTarget } from './links.js';

/**
 * The answers of a return as a signer reads them: everything but its status and its times, which
 * change on submit without changing an answer. Normalised by the SDK first, so that a draft and the
 * same return submitted hash alike.
 */
export function answersHash(framework: Framework, value: unknown): string {
  const checked = validateReturn(framework, value, { mode: 'draft' });
  const normal = (checked.ok ? checked.value : value) as Record<string, unknown>;
  const { status: _status, submittedAt: _submittedAt, updatedAt: _updatedAt, $schema: _schema, ...answers } = normal;
  return bodyHash(answers);
}

export interface SignOffRequestRow {
  id: string;
  campaign_id: string;
  agency_id: string;
  revision: number;
  answers_hash: string;
  created_at: Date;
}

/** Store a request for the answers saved at `revision`; the token of the signer's link is returned once. */
export async function insertSignOffRequest(
  tx: Queryable,
  target: LinkTarget,
  input: { revision: number; value: unknown; answersHash: string },
  now: Date,
): Promise<{ id: string; token: string }> {
  const id = newId();
  const token = newToken();
  await tx.query(
    `insert into sign_off_requests (id, campaign_id, agency_id, token_hash, revision, answers_hash, value, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, target.campaignId, target.agencyId, hashToken(token), input.revision, input.answersHash, JSON.stringify(input.value), now],
  );
  return { id, token };
}

export async function requestByToken(db: Queryable, token: string): Promise<SignOffRequestRow | undefined> {
  const { rows } = await db.query<SignOffRequestRow>('select id, campaign_id, agency_id, revision, answers_hash, created_at from sign_off_requests where token_hash = $1', [
    hashToken(token),
  ]);
  return rows[0];
}

export async function requestValue(db: Queryable, requestId: string): Promise<unknown> {
  const { rows } = await db.query<{ value: unknown }>('select value from sign_off_requests where id = $1', [requestId]);
  return rows[0]?.value;
}

async function requestHash(db: Queryable, requestId: string): Promise<string | undefined> {
  const { rows } = await db.query<{ answers_hash: string }>('select answers_hash from sign_off_requests where id = $1', [requestId]);
  return rows[0]?.answers_hash;
}

/** One request as its steps tell it. */
export interface SignOffThread {
  readonly requested: ReturnEventOf<'sign-off-requested'>;
  readonly answer: ReturnEventOf<'signed-off'> | ReturnEventOf<'sign-off-sent-back'> | undefined;
}

/** Every sign-off request of a return, oldest first, from its history. */
export function signOffThreads(events: readonly ReturnEvent[]): SignOffThread[] {
  const threads = new Map<string, { requested: ReturnEventOf<'sign-off-requested'>; answer: SignOffThread['answer'] }>();
  for (const event of events) {
    if (event.kind === 'sign-off-requested') threads.set(event.requestId, { requested: event, answer: undefined });
    else if (event.kind === 'signed-off' || event.kind === 'sign-off-sent-back') {
      const thread = threads.get(event.requestId);
      if (thread) thread.answer = event;
    }
  }
  return [...threads.values()];
}

/** Where a signer's link stands: only an `open` one may be signed or sent back. */
export type SignerLinkState = 'open' | 'signed' | 'sent-back' | 'superseded' | 'stale';

/**
 * A link is open while its request is the latest, unanswered, and the draft is still at the revision
 * it was sent at: a change to the answers, or a newer request, ends it.
 */
export function signerLinkState(threads: readonly SignOffThread[], requestId: string, draftRevision: number | undefined): SignerLinkState {
  const thread = threads.find((candidate) => candidate.requested.requestId === requestId);
  if (thread?.answer?.kind === 'signed-off') return 'signed';
  if (thread?.answer?.kind === 'sign-off-sent-back') return 'sent-back';
  if (!thread || threads.at(-1) !== thread) return 'superseded';
  if (draftRevision !== thread.requested.revision) return 'stale';
  return 'open';
}

/** The sign-off that covers the current draft: signed, at the draft's revision. */
export function currentSignOff(threads: readonly SignOffThread[], draftRevision: number | undefined): SignOffThread | undefined {
  for (let i = threads.length - 1; i >= 0; i--) {
    const thread = threads[i]!;
    if (thread.answer?.kind === 'signed-off' && thread.requested.revision === draftRevision) return thread;
  }
  return undefined;
}

/** "a board member", "a head teacher or chair of governors". */
export function rolesText(framework: Framework, sector: string): string {
  const labels = signOffRoles(framework, sector).map((role) => role.label.toLowerCase());
  const list = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}` : (labels[0] ?? 'a senior leader');
  return `${/^[aeiou]/.test(list) ? 'an' : 'a'} ${list}`;
}

/**
 * Why a submit must wait for sign-off, or undefined when it need not: the framework asks for
 * sign-off and the answers sent are not the ones signed at the draft's current revision. Run in
 * the submit's transaction, after the return is locked.
 */
export async function signOffProblem(
  tx: Queryable,
  framework: Framework,
  target: LinkTarget & { sector: string },
  value: unknown,
  events: readonly ReturnEvent[],
): Promise<{ issue: Issue } | { requestId: string | null }> {
  if (!signOffRequired(framework, target.sector)) return { requestId: null };
  const draft = await getDraft(tx, target);
  const signed = currentSignOff(signOffThreads(events), draft?.revision);
  const hash = signed ? await requestHash(tx, signed.requested.requestId) : undefined;
  if (signed && hash === answersHash(framework, value)) return { requestId: signed.requested.requestId };
  const changed = signOffThreads(events).some((thread) => thread.answer?.kind === 'signed-off');
  return {
    issue: {
      path: [],
      code: 'sign_off_required',
      severity: 'error',
      message: `Your return must be signed off by ${rolesText(framework, target.sector)} before you send it${
        changed ? ', and your answers have changed since it was signed off' : ''
      }: use Send for sign-off`,
    },
  };
}
