import type { AuditReturn, Issue } from '@s11kit/schema';
import { postJson } from '../internal/post-json.js';

/** What a server (or a page's `waitUntil` promise) gives back once it has kept a return. */
export interface Receipt {
  /** The reference a person quotes: shown on the confirmation page. */
  readonly reference: string;
  /** When it was received, ISO 8601. */
  readonly receivedAt: string;
}

/** How a try at sending ended. Only `received` means the return was sent. */
export type SendOutcome =
  | { readonly kind: 'received'; readonly receipt: Receipt }
  | { readonly kind: 'rejected'; readonly issues: readonly Issue[] }
  | { readonly kind: 'failed'; readonly reason: string };

/** A receipt, if the value is one: a reference and a time, both short non-empty strings. */
export function readReceipt(value: unknown): Receipt | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { reference, receivedAt } = value as Record<string, unknown>;
  if (typeof reference !== 'string' || !reference.trim() || reference.length > 200) return undefined;
  if (typeof receivedAt !== 'string' || !Number.isFinite(Date.parse(receivedAt))) return undefined;
  return { reference, receivedAt };
}

export interface SendOptions {
  readonly url: string;
  readonly value: AuditReturn;
  readonly idempotencyKey: string;
  /** Give up after this long without an answer. */
  readonly timeoutMs: number;
}

/**
 * POST a submitted return as JSON, as the submit protocol says: a 2xx with a receipt means it was
 * kept; a 422 with issues means the server found problems; anything else, a timeout or no network
 * means it was not sent. Never throws.
 */
export async function sendReturn({ url, value, idempotencyKey, timeoutMs }: SendOptions): Promise<SendOutcome> {
  const outcome = await postJson({ url, body: value, idempotencyKey, timeoutMs });
  if (outcome.kind !== 'accepted') return outcome;
  const receipt = readReceipt(outcome.body);
  return receipt
    ? { kind: 'received', receipt }
    : { kind: 'failed', reason: `${url} answered ${outcome.status} without a receipt ({ "reference", "receivedAt" })` };
}
