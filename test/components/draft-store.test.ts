import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { createReturn, type AuditReturn } from '@s11kit/schema';
import { loadFramework } from '@s11kit/frameworks';
import { DraftStore, clearDrafts, draftKey, type DraftEnvelope } from '../../packages/components/dist/internal/draft-store.js';
import type { S11StorageProblem } from '../../packages/components/dist/events/storage-error.js';

const framework = await loadFramework('isle-of-wight-vcs');

function makeStore(storageKey: string, overrides: Partial<ConstructorParameters<typeof DraftStore>[0]> = {}) {
  const problems: (S11StorageProblem | undefined)[] = [];
  const conflicts: DraftEnvelope[] = [];
  const store = new DraftStore({
    frameworkId: framework.id,
    storageKey,
    debounceMs: 20,
    onProblem: (problem) => problems.push(problem),
    onConflict: (theirs) => conflicts.push(theirs),
    ...overrides,
  });
  return { store, problems, conflicts };
}

const state = (value: AuditReturn) => ({ value, setAside: [] });
const stored = (key: string) => JSON.parse(localStorage.getItem(key)!) as DraftEnvelope;

describe('DraftStore', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('saves a versioned envelope keyed by framework and storage key, after the debounce', async () => {
    const { store } = makeStore('page-1');
    const draft = createReturn(framework, { organisation: 'Youth club' });
    store.schedule(state(draft));
    expect(localStorage.getItem(draftKey(framework.id, 'page-1'))).to.equal(null);
    await aTimeout(60);
    const saved = stored('s11kit:draft:isle-of-wight-vcs:page-1');
    expect(saved.format).to.equal('s11kit-draft');
    expect(saved.version).to.equal(2);
    expect(saved.revision).to.equal(1);
    expect(saved.value).to.deep.equal(draft);
    store.dispose();
  });

  it('saves during continuous typing, at most maxWait after the first unsaved change', async () => {
    const { store } = makeStore('typing', { debounceMs: 400, maxWaitMs: 300 });
    const started = Date.now();
    let saved: number | undefined;
    // A change every 50 ms: a plain debounce of 400 ms would never fire.
    for (let i = 0; i < 20 && saved === undefined; i++) {
      store.schedule(state(createReturn(framework, { organisation: `Club ${i}` })));
      await aTimeout(50);
      if (localStorage.getItem(store.key) !== null) saved = Date.now();
    }
    expect(saved, 'saved while the typing went on').to.not.equal(undefined);
    expect(saved! - started).to.be.lessThan(1000);
    store.dispose();
  });

  it('flush saves at once and load reads it back', () => {
    const { store } = makeStore('page-2');
    store.schedule(state(createReturn(framework, { organisation: 'Scouts' })));
    store.flush();
    const { store: second } = makeStore('page-2');
    expect(second.load().envelope!.value.organisation.name).to.equal('Scouts');
    store.dispose();
    second.dispose();
  });

  it('reads a version 1 envelope written by the earlier release', () => {
    const draft = createReturn(framework, { organisation: 'Old release' });
    localStorage.setItem(
      draftKey(framework.id, 'v1'),
      JSON.stringify({ format: 's11kit-draft', version: 1, revision: 4, writer: 'x', savedAt: new Date().toISOString(), framework: draft.framework, value: draft, setAside: [] }),
    );
    const { store } = makeStore('v1');
    expect(store.load().envelope!.value.organisation.name).to.equal('Old release');
    store.dispose();
  });

  it('dispose saves a pending change before it lets go', () => {
    const { store } = makeStore('page-5');
    store.schedule(state(createReturn(framework, { organisation: 'Brownies' })));
    store.dispose();
    expect(stored(store.key).value.organisation.name).to.equal('Brownies');
  });

  it('reports unavailable storage and keeps the change to try again', () => {
    const { store, problems } = makeStore('page-3', {
      storage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    store.schedule(state(createReturn(framework)));
    store.flush();
    expect(problems).to.deep.equal(['unavailable']);
    expect(store.dirty).to.equal(true);
    store.dispose();
  });

  it('reports full storage, and clears the warning once a save works again', () => {
    let full = true;
    const real = localStorage;
    const storage = {
      getItem: (key: string) => real.getItem(key),
      removeItem: (key: string) => real.removeItem(key),
      setItem: (key: string, value: string) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        real.setItem(key, value);
      },
    } as Storage;
    const { store, problems } = makeStore('page-4', { storage: () => storage });
    store.schedule(state(createReturn(framework, { organisation: 'First' })));
    store.flush();
    expect(problems).to.deep.equal(['full']);
    full = false;
    store.schedule(state(createReturn(framework, { organisation: 'Second' })));
    store.flush();
    expect(problems).to.deep.equal(['full', undefined]);
    expect(store.load().envelope!.value.organisation.name).to.equal('Second');
    store.dispose();
  });

  it('does not overwrite a copy another tab saved since: it reports a conflict instead', () => {
    const mine = makeStore('shared');
    const theirs = makeStore('shared');
    mine.store.load();
    theirs.store.load();
    theirs.store.schedule(state(createReturn(framework, { organisation: 'Theirs' })));
    theirs.store.flush();
    mine.store.schedule(state(createReturn(framework, { organisation: 'Mine' })));
    mine.store.flush();
    expect(mine.problems).to.deep.equal(['conflict']);
    expect(mine.conflicts[0]!.value.organisation.name).to.equal('Theirs');
    expect(stored(mine.store.key).value.organisation.name).to.equal('Theirs');
    mine.store.keepMine(state(createReturn(framework, { organisation: 'Mine' })));
    expect(stored(mine.store.key).value.organisation.name).to.equal('Mine');
    expect(mine.problems.at(-1)).to.equal(undefined);
    mine.store.dispose();
    theirs.store.dispose();
  });

  it('a kept copy gets a revision above every other tab’s, so the other tab is told, never overwrites it', () => {
    const a = makeStore('keep');
    const b = makeStore('keep');
    a.store.load();
    b.store.load();
    a.store.saveNow(state(createReturn(framework, { organisation: 'A first' })));
    a.store.saveNow(state(createReturn(framework, { organisation: 'A second' })));
    // B has not seen A's saves: it is told of a conflict and keeps its own copy.
    b.store.saveNow(state(createReturn(framework, { organisation: 'B' })));
    expect(b.problems).to.deep.equal(['conflict']);
    b.store.keepMine(state(createReturn(framework, { organisation: 'B' })));
    const kept = stored(b.store.key);
    expect(kept.revision).to.be.greaterThan(2);
    // A types again: it must not write over B's copy.
    a.store.saveNow(state(createReturn(framework, { organisation: 'A third' })));
    expect(a.problems).to.include('conflict');
    expect(a.conflicts.at(-1)!.value.organisation.name).to.equal('B');
    expect(stored(a.store.key).value.organisation.name).to.equal('B');
    a.store.dispose();
    b.store.dispose();
  });

  it('moves an unreadable draft aside, never deleting it, and hands back its text', () => {
    localStorage.setItem(draftKey(framework.id, 'broken'), '{"format":"s11kit-draft", oops');
    const { store } = makeStore('broken');
    const loaded = store.load();
    expect(loaded.envelope).to.equal(undefined);
    expect(loaded.unreadable!.text).to.equal('{"format":"s11kit-draft", oops');
    const kept = Object.keys(localStorage).filter((key) => key.startsWith(`${draftKey(framework.id, 'broken')}:unreadable:`));
    expect(kept).to.deep.equal([loaded.unreadable!.keptAs]);
    expect(localStorage.getItem(kept[0]!)).to.equal('{"format":"s11kit-draft", oops');
    store.dispose();
  });

  it('removes a draft untouched for longer than draftDays, and says when it was saved', () => {
    const old = new Date(Date.now() - 31 * 86_400_000).toISOString();
    const draft = createReturn(framework, { organisation: 'Stale' });
    localStorage.setItem(
      draftKey(framework.id, 'old'),
      JSON.stringify({ format: 's11kit-draft', version: 2, revision: 1, writer: 'x', savedAt: old, framework: draft.framework, value: draft, setAside: [] }),
    );
    const kept = makeStore('old', { draftDays: 60 });
    expect(kept.store.load().envelope).to.not.equal(undefined);
    kept.store.dispose();
    const { store } = makeStore('old', { draftDays: 30 });
    expect(store.load()).to.deep.equal({ expired: old });
    expect(localStorage.getItem(draftKey(framework.id, 'old'))).to.equal(null);
    store.dispose();
  });

  it('clearDrafts removes every s11kit item from local and session storage, and nothing else', async () => {
    const { store } = makeStore('sign-out');
    store.saveNow(state(createReturn(framework, { organisation: 'Shared computer' })));
    sessionStorage.setItem('s11kit:draft:x:y', '{}');
    localStorage.setItem('s11kit:receipt:x:y', '{}');
    localStorage.setItem('cms:preferences', 'keep me');
    expect(clearDrafts()).to.equal(3);
    await waitUntil(() => localStorage.length === 1);
    expect(localStorage.getItem('cms:preferences')).to.equal('keep me');
    expect(sessionStorage.getItem('s11kit:draft:x:y')).to.equal(null);
    store.dispose();
  });
});
