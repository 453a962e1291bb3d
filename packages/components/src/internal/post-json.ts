import type { Issue } from '@s11kit/schema';

/** How a POST of JSON to a partnership's server ended. */
export type PostOutcome =
  | { readonly kind: 'accepted'; readonly status: number; readonly body: unknown }
  | { readonly kind: 'rejected'; readonly issues: readonly Issue[] }
  | { readonly kind: 'failed'; readonly reason: string };

/** Issues in the SDK's shape from a 422 answer, or `undefined` when the body is not that. */
export function readIssues(value: unknown): Issue[] | undefined {
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

export interface PostOptions {
  readonly url: string;
  readonly body: unknown;
  /** Sent as `Idempotency-Key`: the same for every retry of the same thing, so it is kept once. */
  readonly idempotencyKey: string;
  /** Give up after this long without an answer. */
  readonly timeoutMs: number;
}

/**
 * POST JSON as the submit protocol says (see the embedding guide): 2xx is accepted, 422 with
 * issues is rejected with reasons, anything else, a timeout or no network is failed. Never throws.
 */
export async function postJson({ url, body, idempotencyKey, timeoutMs }: PostOptions): Promise<PostOutcome> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  const lost = () => (abort.signal.aborted ? `no answer from ${url} within ${timeoutMs / 1000} s` : `could not reach ${url}`);
  try {
    let response: globalThis.Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'Idempotency-Key': idempotencyKey },
        body: JSON.stringify(body),
        signal: abort.signal,
      });
    } catch {
      return { kind: 'failed', reason: lost() };
    }
    let answer: unknown;
    try {
      answer = await response.json();
    } catch {
      answer = undefined;
    }
    if (response.ok) return { kind: 'accepted', status: response.status, body: answer };
    if (response.status === 422) {
      const issues = readIssues(answer);
      if (issues) return { kind: 'rejected', issues };
    }
    return { kind: 'failed', reason: `${url} answered ${response.status}` };
  } catch {
    return { kind: 'failed', reason: abort.signal.aborted ? lost() : `the answer from ${url} could not be read` };
  } finally {
    clearTimeout(timer);
  }
}
