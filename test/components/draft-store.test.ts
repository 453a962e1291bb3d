import { aTimeout, expect } from '@open-wc/testing';
import { createReturn } from '@s11kit/schema';
import { loadFramework } from '@s11kit/frameworks';
import { DraftStore, draftKey, type DraftEnvelope } from '../../packages/components/dist/internal/draft-store.js';
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

describe('DraftStore', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('saves a versioned envelope keyed by framework and storage key, after the debounce', async () => {
    const { store } = makeStore('page-1');
    const draft = createReturn(framework, { organisation: 'Youth club' });
    store.schedule(draft);
    expect(localStorage.getItem(draftKey(framework.id, 'page-1'))).to.equal(null);
    await aTimeout(40);
    const saved = JSON.parse(localStorage.getItem('s11kit:draft:isle-of-wight-vcs:page-1')!);
    expect(saved.format).to.equal('s11kit-draft');
    expect(saved.version).to.equal(1);
    expect(saved.revision).to.equal(1);
    expect(saved.value).to.deep.equal(draft);
    store.dispose();
  });

  it('flush saves at once and load reads it back', () => {
    const { store } = makeStore('page-2');
    const draft = createReturn(framework, { organisation: 'Scouts' });
    store.schedule(draft);
    store.flush();
    const { store: second } = makeStore('page-2');
    expect(second.load()!.value.organisation.name).to.equal('Scouts');
    store.dispose();
    second.dispose();
  });

  it('dispose saves a pending change before it lets go', () => {
    const { store } = makeStore('page-5');
    store.schedule(createReturn(framework, { organisation: 'Brownies' }));
    store.dispose();
    expect(JSON.parse(localStorage.getItem(store.key)!).value.organisation.name).to.equal('Brownies');
  });

  it('reports unavailable storage and keeps the change to try again', () => {
    const { store, problems } = makeStore('page-3', {
      storage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    store.schedule(createReturn(framework));
    store.flush();
    expect(problems).to.deep.equal(['unavailable']);
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
    store.schedule(createReturn(framework, { organisation: 'First' }));
    store.flush();
    expect(problems).to.deep.equal(['full']);
    full = false;
    store.schedule(createReturn(framework, { organisation: 'Second' }));
    store.flush();
    expect(problems).to.deep.equal(['full', undefined]);
    expect(store.load()!.value.organisation.name).to.equal('Second');
    store.dispose();
  });

  it('does not overwrite a copy another tab saved since: it reports a conflict instead', () => {
    const mine = makeStore('shared');
    const theirs = makeStore('shared');
    mine.store.load();
    theirs.store.load();
    theirs.store.schedule(createReturn(framework, { organisation: 'Theirs' }));
    theirs.store.flush();
    mine.store.schedule(createReturn(framework, { organisation: 'Mine' }));
    mine.store.flush();
    expect(mine.problems).to.deep.equal(['conflict']);
    expect(mine.conflicts[0]!.value.organisation.name).to.equal('Theirs');
    expect(JSON.parse(localStorage.getItem(mine.store.key)!).value.organisation.name).to.equal('Theirs');
    // The person chooses to keep theirs, here; saving resumes on top of it.
    mine.store.keepMine(createReturn(framework, { organisation: 'Mine' }));
    expect(JSON.parse(localStorage.getItem(mine.store.key)!).value.organisation.name).to.equal('Mine');
    expect(mine.problems.at(-1)).to.equal(undefined);
    mine.store.dispose();
    theirs.store.dispose();
  });

  it('moves a corrupt draft aside instead of deleting it', () => {
    localStorage.setItem(draftKey(framework.id, 'broken'), '{"format":"s11kit-draft", oops');
    const { store } = makeStore('broken');
    expect(store.load()).to.equal(undefined);
    const kept = Object.keys(localStorage).filter((key) => key.startsWith(`${draftKey(framework.id, 'broken')}:unreadable:`));
    expect(kept).to.have.length(1);
    expect(localStorage.getItem(kept[0]!)).to.equal('{"format":"s11kit-draft", oops');
    store.dispose();
  });
});
