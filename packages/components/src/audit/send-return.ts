import type { AuditReturn, Issue } from '@s11kit/schema';
import { postJson } from '../internal/post-json.js';
import { readReceipt, type Receipt } from './receipt-store.js';

/** How a try at sending ended. Only `received` means the return was sent. */
export type SendOutcome =
  | { readonly kind: 'received'; readonly receipt: Receipt }
  | { readonly kind: 'rejected'; readonly issues: readonly Issue[] }
  | { readonly kind: 'failed'; readonly reason: string };

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
  return receipt ? { kind: 'received', receipt } : { kind: 'failed', reason: `${url} answered ${outcome.status} without a receipt ({ "reference", "receivedAt" })` };
}

/** The receipt among what `waitUntil` promises resolved to; a rejection, or no receipt at all, is "not sent". */
export async function receiptFrom(promises: readonly PromiseLike<unknown>[]): Promise<SendOutcome> {
  let results: unknown[];
  try {
    results = await Promise.all(promises);
  } catch (error) {
    return { kind: 'failed', reason: `a waitUntil() promise rejected: ${error instanceof Error ? error.message : String(error)}` };
  }
  for (const result of results) {
    const receipt = readReceipt(result);
    if (receipt) return { kind: 'received', receipt };
  }
  return { kind: 'failed', reason: 'no waitUntil() promise resolved to a receipt ({ reference, receivedAt })' };
}
