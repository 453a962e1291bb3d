import type { AuditReturn, Response } from '@s11kit/schema';
import type { S11StorageProblem } from '../events/storage-error.js';

/** A submission that has left (or is leaving) the browser with no receipt back yet. */
export interface PendingSubmission {
  /** The `Idempotency-Key` it was sent with: a retry sends the same one. */
  readonly key: string;
  /**
   * `sending`: a request to `submit-url` or a `waitUntil` promise is on its way; `posted`: the page's
   * form was submitted; `failed`: the answer said it was not kept (the key is kept for the retry).
   */
  readonly state: 'sending' | 'posted' | 'failed';
  readonly at: string;
}

/** Where this copy stands against the server's copy (`draft-url`). */
export interface ServerMark {
  /** The server revision this copy was last in step with; 0 when it has never seen one. */
  readonly revision: number;
  /** Whether this copy has changes the server does not have yet. */
  readonly ahead: boolean;
}

/** What an element keeps in its draft. */
export interface DraftState {
  readonly value: AuditReturn;
  /** Answers kept aside after the framework version changed. */
  readonly setAside: readonly Response[];
  readonly submission?: PendingSubmission | undefined;
  readonly server?: ServerMark | undefined;
  /** Anything else an element must not lose, such as the tracker's unsaved update forms. */
  readonly extra?: unknown;
}

/** What is written to storage: versioned, so that a later release can read drafts made by this one. */
export interface DraftEnvelope extends DraftState {
  readonly format: 's11kit-draft';
  /** 1: value and setAside only; 2 adds submission, server and extra. Both are read. */
  readonly version: 1 | 2;
  /** Increases with every save, across tabs. */
  readonly revision: number;
  /** Which tab or window saved it. */
  readonly writer: string;
  readonly savedAt: string;
  readonly framework: { readonly id: string; readonly version: string };
}

/** What `load()` found. */
export interface LoadedDraft {
  readonly envelope?: DraftEnvelope | undefined;
  /** A stored copy that could not be read: its text, and the key it is kept under now. */
  readonly unreadable?: { readonly text: string; readonly keptAs: string | undefined } | undefined;
  /** A draft older than `draftDays` was removed: when it had been saved. */
  readonly expired?: string | undefined;
}

export interface DraftStoreOptions {
  readonly frameworkId: string;
  readonly storageKey: string;
  /** Called with the current problem, or `undefined` when saving works again. */
  readonly onProblem: (problem: S11StorageProblem | undefined) => void;
  /** Called with a saved draft when another tab or window changes it. */
  readonly onConflict: (theirs: DraftEnvelope) => void;
  /** Storage to use; defaults to `localStorage` (reached lazily: reading it can throw). */
  readonly storage?: () => Storage;
  /** Quiet time after the last change before saving. */
  readonly debounceMs?: number;
  /** Longest time a change waits while typing goes on: a crash loses at most this much. */
  readonly maxWaitMs?: number;
  /** Remove a stored draft untouched for this many days; off when undefined. */
  readonly draftDays?: number | undefined;
}

const PREFIX = 's11kit:';
const DRAFT_PREFIX = `${PREFIX}draft:`;
const DAY = 86_400_000;

/** The storage key of a draft: one per framework and page-chosen key. */
export const draftKey = (frameworkId: string, storageKey: string) => `${DRAFT_PREFIX}${frameworkId}:${storageKey}`;

/**
 * Remove everything s11kit keeps in this browser for the site (every draft, kept unreadable copy
 * and receipt), for example when a person signs out of a shared computer. Returns how many items
 * went. Storage that cannot be reached is skipped.
 */
export function clearDrafts(storages: readonly (() => Storage)[] = [() => localStorage, () => sessionStorage]): number {
  let removed = 0;
  for (const get of storages) {
    try {
      const storage = get();
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(PREFIX)) keys.push(key);
      }
      for (const key of keys) storage.removeItem(key);
      removed += keys.length;
    } catch {
      // Storage turned off: there is nothing in it to clear.
    }
  }
  return removed;
}

/** Random enough that two tabs opened in the same millisecond still differ. */
export const randomId = (bytes = 8) => {
  const values = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...values))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
};

function isEnvelope(value: unknown): value is DraftEnvelope {
  const v = value as Partial<DraftEnvelope> | null;
  return (
    !!v &&
    v.format === 's11kit-draft' &&
    (v.version === 1 || v.version === 2) &&
    typeof v.revision === 'number' &&
    typeof v.value === 'object' &&
    v.value !== null &&
    Array.isArray(v.setAside)
  );
}

/**
 * Saves a draft in the browser as it changes: after a short pause, and at most `maxWaitMs` after
 * the first unsaved change however fast someone types (`flush()` saves at once). It tells the page
 * when it cannot: storage disabled, full, or changed by another tab. It never throws, and it never
 * overwrites a copy saved by another tab without being told to. Revisions only ever go up, across
 * every tab, so a copy someone chose to keep is always seen as the newest by the others.
 */
export class DraftStore {
  readonly key: string;
  private _writerId: string | undefined;
  private readonly _options: DraftStoreOptions;
  private _revision = 0;
  private _pending: DraftState | undefined;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _firstUnsavedAt: number | undefined;
  private _problem: S11StorageProblem | undefined;
  private _blockedByConflict = false;

  /** Which tab or window this store writes for: made on first use (the first call of the crypto RNG is slow). */
  private get _writer(): string {
    return (this._writerId ??= randomId());
  }

  constructor(options: DraftStoreOptions) {
    this._options = options;
    this.key = draftKey(options.frameworkId, options.storageKey);
    addEventListener('storage', this._onStorage);
  }

  /** Save any pending change, then stop listening for other tabs: a store being replaced keeps what it holds. */
  dispose(): void {
    this.flush();
    removeEventListener('storage', this._onStorage);
  }

  /** Whether a change is waiting to be saved. */
  get dirty(): boolean {
    return this._pending !== undefined;
  }

  /**
   * The saved draft, if there is one. A copy that cannot be read is moved aside under a key of its
   * own (never deleted) and handed back so that the page can offer it for download.
   */
  load(): LoadedDraft {
    const storage = this._storage();
    if (!storage) return {};
    let raw: string | null;
    try {
      raw = storage.getItem(this.key);
    } catch {
      this._report('unavailable');
      return {};
    }
    if (raw === null) return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    if (!isEnvelope(parsed)) {
      let keptAs: string | undefined = `${this.key}:unreadable:${Date.now()}`;
      try {
        storage.setItem(keptAs, raw);
        storage.removeItem(this.key);
      } catch {
        // Leave it where it is: keeping the bytes matters more than tidiness.
        keptAs = undefined;
      }
      return { unreadable: { text: raw, keptAs } };
    }
    const days = this._options.draftDays;
    if (days !== undefined && days > 0 && Date.now() - Date.parse(parsed.savedAt) > days * DAY) {
      try {
        storage.removeItem(this.key);
      } catch {
        this._report('unavailable');
      }
      return { expired: parsed.savedAt };
    }
    this._revision = parsed.revision;
    return { envelope: parsed };
  }

  /** Save soon; later calls replace earlier ones, but none waits longer than `maxWaitMs`. */
  schedule(state: DraftState): void {
    this._pending = state;
    const now = Date.now();
    this._firstUnsavedAt ??= now;
    const waited = now - this._firstUnsavedAt;
    const wait = Math.max(0, Math.min(this._options.debounceMs ?? 400, (this._options.maxWaitMs ?? 2000) - waited));
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this.flush(), wait);
  }

  /** Save any pending change now (on pagehide, visibilitychange, freeze and disconnect). */
  flush(): void {
    clearTimeout(this._timer);
    const pending = this._pending;
    if (!pending || this._blockedByConflict) return;
    this._write(pending, false);
  }

  /** Save this state now, replacing anything pending: for moments that must not wait (a submission leaving). */
  saveNow(state: DraftState): boolean {
    clearTimeout(this._timer);
    this._pending = state;
    if (this._blockedByConflict) return false;
    return this._write(state, false);
  }

  /** Save now even over another tab's copy: the person chose to keep this one. */
  keepMine(state: DraftState): void {
    this._blockedByConflict = false;
    this._write(state, true);
  }

  /** Adopt another tab's copy as the base for further saves. */
  adopt(theirs: DraftEnvelope): void {
    this._revision = Math.max(this._revision, theirs.revision);
    this._blockedByConflict = false;
    this._pending = undefined;
    this._firstUnsavedAt = undefined;
    clearTimeout(this._timer);
    this._report(undefined);
  }

  /** Delete the saved draft (after a receipt, or when the person starts again). */
  clear(): void {
    clearTimeout(this._timer);
    this._pending = undefined;
    this._firstUnsavedAt = undefined;
    this._blockedByConflict = false;
    try {
      this._storage()?.removeItem(this.key);
    } catch {
      this._report('unavailable');
    }
  }

  private _storage(): Storage | undefined {
    try {
      const storage = (this._options.storage ?? (() => localStorage))();
      if (!storage) throw new Error('no storage');
      return storage;
    } catch {
      this._report('unavailable');
      return undefined;
    }
  }

  private _write(state: DraftState, force: boolean): boolean {
    const storage = this._storage();
    if (!storage) return false;
    try {
      const stored = this._storedMeta(storage);
      if (!force && stored && stored.writer !== this._writer && stored.revision > this._revision) {
        // Another tab saved since we last read or wrote: stop and ask, rather than overwrite.
        this._pending = state;
        this._conflict(storage);
        return false;
      }
      // Above every revision any tab has written, even when keeping this copy over a newer one:
      // the other tab must then see ours as newer and be told, never overwrite it unawares.
      const revision = Math.max(this._revision, stored?.revision ?? 0) + 1;
      const envelope: DraftEnvelope = {
        format: 's11kit-draft',
        version: 2,
        revision,
        writer: this._writer,
        savedAt: new Date().toISOString(),
        framework: { id: state.value.framework.id, version: state.value.framework.version },
        value: state.value,
        setAside: state.setAside,
        ...(state.submission ? { submission: state.submission } : {}),
        ...(state.server ? { server: state.server } : {}),
        ...(state.extra === undefined ? {} : { extra: state.extra }),
      };
      storage.setItem(this.key, JSON.stringify(envelope));
      this._revision = revision;
      if (this._pending === state) {
        this._pending = undefined;
        this._firstUnsavedAt = undefined;
      }
      this._report(undefined);
      return true;
    } catch (error) {
      this._pending ??= state;
      this._report(isQuotaError(error) ? 'full' : 'unavailable');
      return false;
    }
  }

  /** Revision and writer of the stored draft, read from the start of the JSON without parsing it all. */
  private _storedMeta(storage: Storage): { revision: number; writer: string } | undefined {
    const raw = storage.getItem(this.key);
    if (raw === null) return undefined;
    const match = /"revision":(\d+),"writer":"([^"]*)"/.exec(raw.slice(0, 200));
    return match ? { revision: Number(match[1]), writer: match[2]! } : undefined;
  }

  private _conflict(storage: Storage): void {
    this._blockedByConflict = true;
    let theirs: unknown;
    try {
      theirs = JSON.parse(storage.getItem(this.key) ?? 'null');
    } catch {
      theirs = undefined;
    }
    this._report('conflict');
    if (isEnvelope(theirs)) this._options.onConflict(theirs);
  }

  private readonly _onStorage = (event: StorageEvent) => {
    if (event.key !== this.key || event.newValue === null) return;
    let theirs: unknown;
    try {
      theirs = JSON.parse(event.newValue);
    } catch {
      return;
    }
    if (!isEnvelope(theirs) || theirs.writer === this._writer || theirs.revision <= this._revision) return;
    this._blockedByConflict = true;
    this._report('conflict');
    this._options.onConflict(theirs);
  };

  private _report(problem: S11StorageProblem | undefined): void {
    if (problem === this._problem) return;
    // A conflict is only cleared by the person's choice, not by the next successful save.
    if (this._problem === 'conflict' && problem !== undefined && problem !== 'conflict') return;
    this._problem = problem;
    this._options.onProblem(problem);
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);
}
