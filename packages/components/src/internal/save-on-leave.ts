import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftStore } from './draft-store.js';

/**
 * Saves an element's pending draft at once, not after the debounce, whenever it may be the last
 * chance: the page is hidden (often the last event a phone gives a page), unloaded (`pagehide`),
 * or the element leaves the document. Shared by every element that autosaves a draft.
 */
export class SaveOnLeave implements ReactiveController {
  private readonly _store: () => DraftStore | undefined;

  constructor(host: ReactiveControllerHost, store: () => DraftStore | undefined) {
    this._store = store;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this._flush);
    document.addEventListener('visibilitychange', this._onVisibility);
  }

  hostDisconnected(): void {
    this._flush();
    removeEventListener('pagehide', this._flush);
    document.removeEventListener('visibilitychange', this._onVisibility);
  }

  private readonly _flush = () => this._store()?.flush();
  private readonly _onVisibility = () => {
    if (document.visibilityState === 'hidden') this._flush();
  };
}
