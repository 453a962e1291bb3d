import type { AuditReturn } from '@s11kit/schema';

/** The server's copy of a draft, as `GET draft-url` and a 409 give it. */
export interface ServerCopy {
  readonly revision: number;
  readonly savedAt: string;
  readonly value: AuditReturn;
}

export type ServerLoad = { readonly kind: 'found'; readonly copy: ServerCopy } | { readonly kind: 'none' } | { readonly kind: 'failed'; readonly reason: string };

export type ServerSave =
  | { readonly kind: 'saved'; readonly revision: number; readonly savedAt: string }
  | { readonly kind: 'conflict'; readonly theirs: ServerCopy }
  | { readonly kind: 'failed'; readonly reason: string };

function readCopy(value: unknown): ServerCopy | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { revision, savedAt, value: draft } = value as Record<string, unknown>;
  if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 0) return undefined;
  if (typeof savedAt !== 'string' || !draft || typeof draft !== 'object') return undefined;
  return { revision, savedAt, value: draft as AuditReturn };
}

const TIMEOUT_MS = 20_000;

async function request(url: string, init: RequestInit): Promise<{ status: number; body: unknown } | { error: string }> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      ...init,
      credentials: 'same-origin',
      headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) },
      signal: abort.signal,
    });
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    return { status: response.status, body };
  } catch {
    return { error: abort.signal.aborted ? `no answer from ${url}` : `could not reach ${url}` };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The draft kept on the collector (`draft-url`), so that a return can be carried on from another
 * computer or by a colleague with the same link. Saves carry the revision they are based on; the
 * server refuses a stale one with 409 and its own copy, and nothing is overwritten unasked.
 */
export async function loadServerDraft(url: string): Promise<ServerLoad> {
  const answer = await request(url, { method: 'GET' });
  if ('error' in answer) return { kind: 'failed', reason: answer.error };
  // 204 (nothing saved yet; 404 is still understood, but browsers log it as an error).
  if (answer.status === 204 || answer.status === 404) return { kind: 'none' };
  const copy = answer.status === 200 ? readCopy(answer.body) : undefined;
  return copy ? { kind: 'found', copy } : { kind: 'failed', reason: `${url} answered ${answer.status} without a draft` };
}

export async function saveServerDraft(url: string, revision: number, value: AuditReturn, keepalive = false): Promise<ServerSave> {
  const answer = await request(url, { method: 'PUT', body: JSON.stringify({ revision, value }), keepalive });
  if ('error' in answer) return { kind: 'failed', reason: answer.error };
  if (answer.status === 409) {
    const theirs = readCopy(answer.body);
    return theirs ? { kind: 'conflict', theirs } : { kind: 'failed', reason: `${url} answered 409 without its copy` };
  }
  const body = answer.body as { revision?: unknown; savedAt?: unknown } | undefined;
  if (answer.status === 200 && typeof body?.revision === 'number' && typeof body.savedAt === 'string') {
    return { kind: 'saved', revision: body.revision, savedAt: body.savedAt };
  }
  return { kind: 'failed', reason: `${url} answered ${answer.status}` };
}

/**
 * Keeps the server's copy in step while someone types: one save in flight at a time, at most one
 * every `intervalMs`, always of the latest answers. `leave()` sends what is waiting with
 * `keepalive`, so it still arrives as the page closes (keepalive bodies are capped at 64 KB).
 */
export class ServerDraftSync {
  private readonly _url: string;
  private readonly _intervalMs: number;
  private readonly _handlers: {
    readonly revision: () => number;
    readonly saved: (revision: number, savedAt: string, value: AuditReturn) => void;
    readonly conflict: (theirs: ServerCopy) => void;
    readonly failed: (reason: string) => void;
  };
  private _waiting: AuditReturn | undefined;
  private _inFlight = false;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _lastStart = 0;
  private _stopped = false;
  /** Failed tries in a row: each doubles the wait, up to a minute, so an outage is not hammered. */
  private _failures = 0;

  constructor(url: string, handlers: ServerDraftSync['_handlers'], intervalMs = 3000) {
    this._url = url;
    this._handlers = handlers;
    this._intervalMs = intervalMs;
  }

  /** Save these answers soon. */
  schedule(value: AuditReturn): void {
    this._waiting = value;
    if (this._inFlight || this._timer || this._stopped) return;
    const interval = Math.min(60_000, this._intervalMs * 2 ** this._failures);
    const wait = Math.max(0, this._lastStart + interval - Date.now());
    this._timer = setTimeout(() => {
      this._timer = undefined;
      void this._send();
    }, wait);
  }

  /** Stop saving (after a conflict, until the person chooses; or for good). */
  stop(): void {
    this._stopped = true;
    clearTimeout(this._timer);
    this._timer = undefined;
  }

  resume(): void {
    this._stopped = false;
    if (this._waiting) this.schedule(this._waiting);
  }

  /** The page is going: send what is waiting now, in a request that outlives the page. */
  leave(): void {
    if (!this._waiting || this._stopped || this._inFlight) return;
    const value = this._waiting;
    this._waiting = undefined;
    clearTimeout(this._timer);
    this._timer = undefined;
    void saveServerDraft(this._url, this._handlers.revision(), value, true).then((result) => this._settle(result, value));
  }

  private async _send(): Promise<void> {
    const value = this._waiting;
    if (!value || this._stopped) return;
    this._waiting = undefined;
    this._inFlight = true;
    this._lastStart = Date.now();
    const result = await saveServerDraft(this._url, this._handlers.revision(), value);
    this._inFlight = false;
    this._settle(result, value);
    if (this._waiting && !this._stopped) this.schedule(this._waiting);
  }

  private _settle(result: ServerSave, value: AuditReturn): void {
    this._failures = result.kind === 'failed' ? this._failures + 1 : 0;
    if (result.kind === 'saved') this._handlers.saved(result.revision, result.savedAt, value);
    else if (result.kind === 'conflict') {
      this.stop();
      this._waiting ??= value;
      this._handlers.conflict(result.theirs);
    } else {
      // Keep it for the next try: the browser copy is safe meanwhile.
      this._waiting ??= value;
      this._handlers.failed(result.reason);
    }
  }
}

/** What to do when the server's copy arrives, given where this browser's copy stands. */
export type Reconcile = 'take-server' | 'push-local' | 'in-step' | 'ask';

/**
 * Decide between the browser's copy and the server's. `local` is undefined when this browser has
 * no draft of its own (a new computer): the server's copy is then simply the draft. Otherwise the
 * server's copy wins only when this browser has nothing the server lacks; when both have changed,
 * the person chooses.
 */
export function reconcile(local: { readonly revision: number; readonly ahead: boolean } | undefined, server: number | undefined): Reconcile {
  if (server === undefined) return local?.ahead ? 'push-local' : 'in-step';
  if (!local) return 'take-server';
  if (server === local.revision) return local.ahead ? 'push-local' : 'in-step';
  return local.ahead ? 'ask' : 'take-server';
}
