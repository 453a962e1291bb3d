import type { AuditReturn, Response } from '@s11kit/schema';
import type { S11StorageProblem } from '../events/storage-error.js';

/** What is written to storage: versioned, so that a later release can read drafts made by this one. */
export interface DraftEnvelope {
  readonly format: 's11kit-draft';
  readonly version: 1;
  /** Increases with every save, across tabs. */
  readonly revision: number;
  /** Which tab or window saved it. */
  readonly writer: string;
  readonly savedAt: string;
  readonly framework: { readonly id: string; readonly version: string };
  readonly value: AuditReturn;
  /** Answers kept aside after the framework version changed. */
  readonly setAside: readonly Response[];
}

export interface DraftStoreOptions {
  readonly frameworkId: string;
  readonly storageKey: string;
  /** Called with the current problem, or `undefined` when saving works again. */
  readonly onProblem: (problem: S11StorageProblem | undefined) => void;
  /** Called with a saved draft when another tab or window changes it. */
  readonly onConflict: (theirs: DraftEnvelope) => void;
  /** Called after each successful save. */
  readonly onSaved?: (envelope: DraftEnvelope) => void;
  /** Storage to use; defaults to `localStorage` (reached lazily: reading it can throw). */
  readonly storage?: () => Storage;
  readonly debounceMs?: number;
}

const PREFIX = 's11kit:draft:';

/** The storage key of a draft: one per framework and page-chosen key. */
export const draftKey = (frameworkId: string, storageKey: string) => `${PREFIX}${frameworkId}:${storageKey}`;

const newWriterId = () => Math.random().toString(36).slice(2, 10);

function isEnvelope(value: unknown): value is DraftEnvelope {
  const v = value as Partial<DraftEnvelope> | null;
  return (
    !!v &&
    v.format === 's11kit-draft' &&
    v.version === 1 &&
    typeof v.revision === 'number' &&
    typeof v.value === 'object' &&
    v.value !== null &&
    Array.isArray(v.setAside)
  );
}

/**
 * Saves a draft return in the browser on every change (debounced; `flush()` saves at once), and
 * tells the page when it cannot: storage disabled, full, or changed by another tab. It never
 * throws, and it never overwrites a copy saved by another tab without being told to.
 */
export class DraftStore {
  readonly key: string;
  private readonly _writer = newWriterId();
  private readonly _options: DraftStoreOptions;
  private _revision = 0;
  private _pending: { value: AuditReturn; setAside: readonly Response[] } | undefined;
  private _timer: ReturnType<typeof setTimeout> | undefined;
  private _problem: S11StorageProblem | undefined;
  private _blockedByConflict = false;

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

  /** The saved draft, if there is a readable one. A corrupt one is moved aside, not deleted. */
  load(): DraftEnvelope | undefined {
    const storage = this._storage();
    if (!storage) return undefined;
    let raw: string | null;
    try {
      raw = storage.getItem(this.key);
    } catch {
      this._report('unavailable');
      return undefined;
    }
    if (raw === null) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    if (!isEnvelope(parsed)) {
      try {
        storage.setItem(`${this.key}:unreadable:${Date.now()}`, raw);
        storage.removeItem(this.key);
      } catch {
        // Leave it where it is: keeping the bytes matters more than tidiness.
      }
      return undefined;
    }
    this._revision = parsed.revision;
    return parsed;
  }

  /** Save soon; later calls within the debounce time replace earlier ones. */
  schedule(value: AuditReturn, setAside: readonly Response[] = []): void {
    this._pending = { value, setAside };
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this.flush(), this._options.debounceMs ?? 400);
  }

  /** Save any pending change now (on pagehide, visibilitychange and disconnect). */
  flush(): void {
    clearTimeout(this._timer);
    const pending = this._pending;
    if (!pending || this._blockedByConflict) return;
    this._pending = undefined;
    this._write(pending.value, pending.setAside, false);
  }

  /** Save now even over another tab's copy: the person chose to keep this one. */
  keepMine(value: AuditReturn, setAside: readonly Response[] = []): void {
    this._blockedByConflict = false;
    this._pending = undefined;
    this._write(value, setAside, true);
  }

  /** Adopt another tab's copy as the base for further saves. */
  adopt(theirs: DraftEnvelope): void {
    this._revision = theirs.revision;
    this._blockedByConflict = false;
    this._pending = undefined;
    this._report(undefined);
  }

  /** Delete the saved draft (after submitting, or when the person starts again). */
  clear(): void {
    clearTimeout(this._timer);
    this._pending = undefined;
    this._blockedByConflict = false;
    try {
      this._storage()?.removeItem(this.key);
      this._revision = 0;
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

  private _write(value: AuditReturn, setAside: readonly Response[], force: boolean): void {
    const storage = this._storage();
    if (!storage) return;
    try {
      const stored = force ? undefined : this._storedMeta(storage);
      if (stored && stored.writer !== this._writer && stored.revision > this._revision) {
        // Another tab saved since we last read or wrote: stop and ask, rather than overwrite.
        this._pending = { value, setAside };
        this._conflict(storage);
        return;
      }
      const revision = Math.max(this._revision, stored?.revision ?? 0) + 1;
      const envelope: DraftEnvelope = {
        format: 's11kit-draft',
        version: 1,
        revision,
        writer: this._writer,
        savedAt: new Date().toISOString(),
        framework: { ...value.framework },
        value,
        setAside,
      };
      storage.setItem(this.key, JSON.stringify(envelope));
      this._revision = revision;
      this._report(undefined);
      this._options.onSaved?.(envelope);
    } catch (error) {
      this._pending ??= { value, setAside };
      this._report(isQuotaError(error) ? 'full' : 'unavailable');
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
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  );
}
