import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Response } from '@s11kit/schema';
import { DraftStore, type DraftEnvelope, type DraftState, type LoadedDraft } from './draft-store.js';
import type { Notices } from './draft-notices.js';
import type { S11StorageProblem } from '../events/storage-error.js';

/** What the host's attributes say about its draft, read each time a store is opened. */
export interface DraftSettings {
  readonly enabled: boolean;
  readonly storage: 'local' | 'session';
  readonly storageKey: string;
  readonly draftDays?: number | undefined;
}

export interface DraftControllerOptions {
  readonly settings: () => DraftSettings;
  /** The person chose another tab's copy: put it on screen. */
  readonly useTheirs: (theirs: DraftEnvelope) => void;
  /** The draft could not be saved (or can again, with `undefined`). */
  readonly problem?: (problem: S11StorageProblem | undefined) => void;
  /** The page came back from the back/forward cache: state in memory may be out of date. */
  readonly shown?: () => void;
}

const INITIAL: Notices = { setAside: [], confirmingStartAgain: false };

/**
 * The draft plumbing of an element that keeps one (`<s11-audit>`, `<s11-action-tracker>`): the
 * browser store, saving at once whenever this may be the last chance (the page hidden, frozen or
 * unloaded, the element removed), and the notices about the draft (restored, kept aside, not
 * saving, changed in another tab, unreadable, expired, start again). The host says what its draft
 * is; this says what happened to it.
 */
export class DraftController implements ReactiveController {
  private readonly _host: ReactiveControllerHost;
  private readonly _options: DraftControllerOptions;
  private _store: DraftStore | undefined;
  private _notices: Notices = INITIAL;

  constructor(host: ReactiveControllerHost, options: DraftControllerOptions) {
    this._host = host;
    this._options = options;
    host.addController(this);
  }

  /** What to tell the person about the draft. */
  get notices(): Notices {
    return this._notices;
  }

  /** Whether drafts are kept (autosave on and a store open). */
  get active(): boolean {
    return this._store !== undefined;
  }

  /** Whether the last save failed or is blocked, so that "saved on this computer" would not be true. */
  get saving(): boolean {
    return this._store !== undefined && this._notices.storage === undefined && this._notices.conflict === undefined;
  }

  /** Open the store for a framework (saving and closing any other), and read what it holds. */
  open(frameworkId: string): LoadedDraft {
    this._store?.dispose();
    this._store = undefined;
    this._notices = INITIAL;
    const settings = this._options.settings();
    if (!settings.enabled) return {};
    this._store = new DraftStore({
      frameworkId,
      storageKey: settings.storageKey,
      draftDays: settings.draftDays,
      storage: () => (settings.storage === 'session' ? sessionStorage : localStorage),
      onProblem: (problem) => {
        this._set({ storage: problem });
        this._options.problem?.(problem);
      },
      onConflict: (theirs) => this._set({ conflict: theirs }),
    });
    const loaded = this._store.load();
    this._set({ unreadable: loaded.unreadable, expired: loaded.expired });
    return loaded;
  }

  /** Save soon (at most two seconds from the first unsaved change). */
  save(state: DraftState): void {
    this._store?.schedule(state);
  }

  /** Save at once; false when it could not be saved (storage off, full, or blocked by another tab's copy). */
  saveNow(state: DraftState): boolean {
    return this._store?.saveNow(state) ?? false;
  }

  flush(): void {
    this._store?.flush();
  }

  /** Delete the saved draft, as after a receipt or when starting again. */
  clear(): void {
    this._store?.clear();
    this._set({ restoredAt: undefined, confirmingStartAgain: false, setAside: [] });
  }

  /** Say once, on the page the person lands on, that their answers were put back. */
  restored(savedAt: string, setAside: readonly Response[]): void {
    this._set({ restoredAt: savedAt, setAside });
  }

  /** The restored notice has been seen: it does not follow the person from page to page. */
  seen(): void {
    if (this._notices.restoredAt || this._notices.expired) this._set({ restoredAt: undefined, expired: undefined, confirmingStartAgain: false });
  }

  /** Answers that do not fit the framework any more, kept aside for the person to see. */
  setAside(responses: readonly Response[]): void {
    if (responses.length) this._set({ setAside: [...this._notices.setAside, ...responses] });
  }

  askStartAgain(asking: boolean): void {
    this._set({ confirmingStartAgain: asking });
  }

  /** The person chose between this copy and another tab's. */
  resolveConflict(useTheirs: boolean, mine: DraftState | undefined): void {
    const theirs = this._notices.conflict;
    if (!theirs) return;
    this._set({ conflict: undefined });
    if (useTheirs) {
      this._store?.adopt(theirs);
      this._options.useTheirs(theirs);
    } else if (mine) {
      this._store?.keepMine(mine);
    }
  }

  hostConnected(): void {
    addEventListener('pagehide', this._flush);
    addEventListener('pageshow', this._onShow);
    document.addEventListener('visibilitychange', this._onVisibility);
    // Page Lifecycle: a frozen tab may be discarded without another event.
    document.addEventListener('freeze', this._flush);
  }

  hostDisconnected(): void {
    this._flush();
    removeEventListener('pagehide', this._flush);
    removeEventListener('pageshow', this._onShow);
    document.removeEventListener('visibilitychange', this._onVisibility);
    document.removeEventListener('freeze', this._flush);
  }

  private _set(change: Partial<Notices>): void {
    this._notices = { ...this._notices, ...change };
    this._host.requestUpdate();
  }

  private readonly _flush = () => this._store?.flush();
  private readonly _onVisibility = () => {
    if (document.visibilityState === 'hidden') this._flush();
  };
  private readonly _onShow = (event: PageTransitionEvent) => {
    if (event.persisted) this._options.shown?.();
  };
}
