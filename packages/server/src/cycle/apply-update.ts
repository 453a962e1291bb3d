import { standardName, updateAction, type ActionChange, type AuditReturn, type EventActor, type Framework, type Issue } from '@s11kit/schema';
import type { Database } from '../db/database.js';
import { digestReturn, type DigestAgency } from '../digest/digest.js';
import { bodyHash } from '../http/canonical-json.js';
import { appendEvent } from '../store/events.js';
import type { LinkTarget } from '../store/links.js';
import { insertUpdateKey, saveYearTwo, updateKey, yearTwoOf } from '../store/year-two.js';

/** What `<s11-action-tracker update-url>` posts (protocol.md): one action's changes, in order. */
export interface UpdateBody {
  readonly standardId: string;
  readonly actionId: string;
  readonly changes: readonly ActionChange[];
}

export type UpdateOutcome =
  | { readonly kind: 'stored' | 'replay'; readonly value: AuditReturn }
  | { readonly kind: 'key-reused' }
  | { readonly kind: 'issues'; readonly issues: readonly Issue[] }
  | { readonly kind: 'no-plan' };

/** More changes than the tracker ever sends for one action at once (at most three). */
const MOST_CHANGES = 10;

/** The body as the tracker sends it, or the sentence that says what is wrong with it. */
export function readUpdateBody(body: unknown): UpdateBody | string {
  const b = body as Partial<Record<keyof UpdateBody, unknown>> | null;
  if (!b || typeof b !== 'object' || Array.isArray(b)) return 'Send { standardId, actionId, changes } as JSON';
  if (typeof b.standardId !== 'string' || !b.standardId || b.standardId.length > 100) return 'Send "standardId": the id of the standard the action belongs to';
  if (typeof b.actionId !== 'string' || !b.actionId || b.actionId.length > 100) return 'Send "actionId": the id of the action';
  if (!Array.isArray(b.changes) || b.changes.length === 0 || b.changes.length > MOST_CHANGES)
    return `Send "changes": a list of 1 to ${MOST_CHANGES} changes, as updateAction of @s11kit/schema takes them`;
  if (!b.changes.every((change) => change !== null && typeof change === 'object' && !Array.isArray(change) && typeof (change as { kind?: unknown }).kind === 'string'))
    return 'Each of "changes" must be an object with a "kind": status, progress, revise-due or complete';
  return { standardId: b.standardId, actionId: b.actionId, changes: b.changes as ActionChange[] };
}

const STATUS_WORDS = { 'not-started': 'not started', 'in-progress': 'in progress', complete: 'complete' } as const;

/**
 * A change made on a copy of the plan older than the server's: someone has already moved the
 * action where this change would move it. Refused rather than recorded twice; the person reloads
 * and sees what was saved. (A note is never stale: notes only add.)
 */
function staleIssue(framework: Framework, ret: AuditReturn, body: UpdateBody, change: ActionChange): Issue | undefined {
  const r = ret.responses.findIndex((response) => response.standardId === body.standardId);
  const response = ret.responses[r];
  const a = response ? response.actions.findIndex((action) => action.id === body.actionId) : -1;
  const action = response?.actions[a];
  if (!response || !action) return undefined; // updateAction says the action is unknown
  const standard = framework.standards.find((s) => s.id === body.standardId);
  const label = `Action ${a + 1} of ${standard ? standardName(standard, ret.organisation.sector || undefined) : body.standardId}`;
  const already = (status: keyof typeof STATUS_WORDS): Issue => ({
    path: ['responses', r, 'actions', a, 'status'],
    code: 'invalid_value',
    severity: 'error',
    message: `${label} is already ${STATUS_WORDS[status]}: someone saved an update after this page was loaded. Reload the page to see the action plan as it is now`,
    standardId: body.standardId,
  });
  if (change.kind === 'complete' && action.status === 'complete') return already('complete');
  if (change.kind === 'status' && change.status === action.status) return already(action.status);
  return undefined;
}

/**
 * A change as the history keeps it: only the fields `updateAction` reads, so that what a client
 * sent beside them is not kept as if it had been applied.
 */
function recorded(change: ActionChange): ActionChange {
  switch (change.kind) {
    case 'status':
      return { kind: 'status', status: change.status, ...(change.note !== undefined ? { note: change.note } : {}) };
    case 'progress':
      return { kind: 'progress', note: change.note, ...(change.status !== undefined ? { status: change.status } : {}) };
    case 'revise-due':
      return { kind: 'revise-due', due: change.due, reason: change.reason };
    default:
      return { kind: 'complete', evidence: change.evidence, ...(change.on !== undefined ? { on: change.on } : {}) };
  }
}

/**
 * Apply a year-2 update to an agency's plan with `updateAction`, at most once for a key: the row
 * is locked, so a retry racing the first try waits and is then answered as a replay. All of the
 * changes or none: any issue leaves the plan and the history as they were.
 */
export async function applyYearTwoUpdate(
  db: Database,
  input: {
    readonly framework: Framework;
    readonly target: LinkTarget;
    readonly agency: DigestAgency;
    readonly key: string;
    readonly body: UpdateBody;
    readonly actor: EventActor;
    readonly now: Date;
  },
): Promise<UpdateOutcome> {
  const { framework, target, body, now } = input;
  const hash = bodyHash(body);
  return db.transaction(async (tx): Promise<UpdateOutcome> => {
    const plan = await yearTwoOf(tx, target, { lock: true });
    if (!plan) return { kind: 'no-plan' };
    const earlier = await updateKey(tx, target, input.key);
    if (earlier) return earlier.body_hash === hash ? { kind: 'replay', value: plan.value as AuditReturn } : { kind: 'key-reused' };

    let value = plan.value as AuditReturn;
    for (const change of body.changes) {
      const stale = staleIssue(framework, value, body, change);
      if (stale) return { kind: 'issues', issues: [stale] };
      const result = updateAction(value, { standardId: body.standardId, actionId: body.actionId }, change, { now, framework });
      if (!result.ok) return { kind: 'issues', issues: result.issues };
      value = result.value;
    }
    const revision = await saveYearTwo(tx, target, { value, digest: digestReturn(framework, value, input.agency) }, now);
    const event = await appendEvent(
      tx,
      target,
      { kind: 'action-updated', actor: input.actor, data: { standardId: body.standardId, actionId: body.actionId, changes: body.changes.map(recorded), revision } },
      now,
    );
    await insertUpdateKey(tx, target, input.key, hash, event.id);
    return { kind: 'stored', value };
  });
}
