import type { AuditReturn, Issue } from '@s11kit/schema';
import { readReceipt, type Receipt } from './receipt-store.js';

/** How a try at sending ended. Only `received` means the return was sent. */
export type SendOutcome =
  | { readonly kind: 'received'; readonly receipt: Receipt }
  | { readonly kind: 'rejected'; readonly issues: readonly Issue[] }
  | { readonly kind: 'failed'; readonly reason: string };

/** Issues in the SDK's shape from a 422 answer, or `undefined` when the body is not that. */
function readIssues(value: unknown): Issue[] | undefined {
  const list = value && typeof value === 'object' ? (value as { issues?: unknown }).issues : undefined;
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const issues: Issue[] = [];
  for (const item of list.slice(0, 500)) {
    if (!item || typeof item !== 'object') return undefined;
    const { message, path, code, severity, standardId } = item as Record<string, unknown>;
    if (typeof message !== 'string' || !message.trim()) return undefined;
    issues.push({
      message: message.slice(0, 1000),
      path: Array.isArray(path) ? path.filter((step): step is string | number => typeof step === 'string' || typeof step === 'number') : [],
      code: (typeof code === 'string' ? code : 'invalid_value') as Issue['code'],
      severity: severity === 'warning' ? 'warning' : 'error',
      ...(typeof standardId === 'string' ? { standardId } : {}),
    });
  }
  return issues;
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
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    let response: globalThis.Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify(value),
        signal: abort.signal,
      });
    } catch {
      return { kind: 'failed', reason: abort.signal.aborted ? `no answer from ${url} within ${timeoutMs / 1000} s` : `could not reach ${url}` };
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    if (response.ok) {
      const receipt = readReceipt(body);
      return receipt
        ? { kind: 'received', receipt }
        : { kind: 'failed', reason: `${url} answered ${response.status} without a receipt ({ "reference", "receivedAt" })` };
    }
    if (response.status === 422) {
      const issues = readIssues(body);
      if (issues) return { kind: 'rejected', issues };
    }
    return { kind: 'failed', reason: `${url} answered ${response.status}` };
  } catch {
    return { kind: 'failed', reason: abort.signal.aborted ? `no answer from ${url} within ${timeoutMs / 1000} s` : `the answer from ${url} could not be read` };
  } finally {
    clearTimeout(timer);
  }
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
