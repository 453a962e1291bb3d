import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createReturn, type AuditReturn } from '@s11kit/schema';
import { loadFramework } from '@s11kit/frameworks';
import { draftKey, type DraftEnvelope } from '@s11kit/components';
import '@s11kit/components/define.js';
import { auditFixture, currentCard, deep, html, openTask, storageKeyFor } from '../helpers/audit.js';

const framework = await loadFramework('isle-of-wight-vcs');

function saveDraft(storageKey: string, value: AuditReturn, revision = 1, setAside: DraftEnvelope['setAside'] = []) {
  const envelope: DraftEnvelope = {
    format: 's11kit-draft',
    version: 1,
    revision,
    writer: 'another-tab',
    savedAt: '2026-11-20T14:05:00.000Z',
    framework: value.framework,
    value,
    setAside,
  };
  localStorage.setItem(draftKey(framework.id, storageKey), JSON.stringify(envelope));
}

const stored = (storageKey: string): DraftEnvelope | null => JSON.parse(localStorage.getItem(draftKey(framework.id, storageKey)) ?? 'null');

/** Fill the browser's storage until it refuses more; returns a function that frees it again. */
function fillStorage(): () => void {
  const keys: string[] = [];
  let chunk = 'x'.repeat(1_000_000);
  while (chunk.length > 8) {
    try {
      const key = `filler-${keys.length}`;
      localStorage.setItem(key, chunk);
      keys.push(key);
    } catch {
      chunk = chunk.slice(0, chunk.length / 2);
    }
  }
  return () => keys.forEach((key) => localStorage.removeItem(key));
}

describe('<s11-audit> drafts', () => {
  afterEach(() => localStorage.clear());

  it('saves every change after a pause, in a versioned envelope keyed by framework and storage key', async () => {
    const key = storageKeyFor('save');
    const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${key}></s11-audit>`);
    await openTask(el, 'About your organisation');
    deep(el, '#organisation-name').focus();
    await sendKeys({ type: 'Riverside Youth Club' });
    expect(stored(key)).to.equal(null, 'not saved on every keystroke');
    await aTimeout(600);
    const envelope = stored(key)!;
    expect(envelope.format).to.equal('s11kit-draft');
    expect(envelope.version).to.equal(2);
    expect(envelope.framework).to.deep.equal({ id: 'isle-of-wight-vcs', version: framework.version });
    expect(envelope.value.organisation.name).to.equal('Riverside Youth Club');
  });

  it('saves at once when the page is hidden or left', async () => {
    const key = storageKeyFor('flush');
    const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${key}></s11-audit>`);
    await openTask(el, 'About your organisation');
    deep(el, '#organisation-name').focus();
    await sendKeys({ type: 'Scouts' });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(stored(key)!.value.organisation.name).to.equal('Scouts');
  });

  it('keeps a change typed just before the framework is switched, in the draft it was typed into', async () => {
    const key = storageKeyFor('switch');
    const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${key}></s11-audit>`);
    await openTask(el, 'About your organisation');
    deep(el, '#organisation-name').focus();
    await sendKeys({ type: 'Scouts' });
    el.framework = await loadFramework('portsmouth-compact');
    await waitUntil(() => el.framework?.id === 'portsmouth-compact', 'the new framework never started');
    await aTimeout(600);
    expect(stored(key)?.value.organisation.name).to.equal('Scouts');
  });

  it('restores a saved draft with a visible notice and fires s11-restore', async () => {
    const key = storageKeyFor('restore');
    saveDraft(key, createReturn(framework, { organisation: 'Harbour Sailing Club', sector: 'sports-leisure' }));
    const container = document.createElement('div');
    document.body.append(container);
    const restored = oneEvent(container, 's11-restore');
    container.innerHTML = `<s11-audit framework="isle-of-wight-vcs" storage-key="${key}"></s11-audit>`;
    const event = await restored;
    const el = container.firstElementChild as HTMLElement & { value: AuditReturn; updateComplete: Promise<boolean> };
    await el.updateComplete;
    expect(event.detail.savedAt).to.equal('2026-11-20T14:05:00.000Z');
    expect(el.value.organisation.name).to.equal('Harbour Sailing Club');
    const banner = el.shadowRoot!.querySelector('.banner')!;
    expect(banner.textContent).to.contain('Your answers from 20 November 2026 at');
    await expect(el).to.be.accessible();
    container.remove();
  });

  it('"Start again" asks first, then deletes the saved answers', async () => {
    const key = storageKeyFor('again');
    saveDraft(key, createReturn(framework, { organisation: 'Harbour Sailing Club' }));
    const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${key}></s11-audit>`);
    deep<HTMLButtonElement>(el, '.banner .link-button').click();
    await el.updateComplete;
    expect(el.value!.organisation.name).to.equal('Harbour Sailing Club', 'nothing is deleted before confirming');
    deep<HTMLButtonElement>(el, '.banner .button--warning').click();
    await el.updateComplete;
    expect(el.value!.organisation.name).to.equal('');
    expect(stored(key)).to.equal(null);
  });

  it('keeps answers to standards that left the framework aside, and every other answer', async () => {
    const key = storageKeyFor('version');
    const old = createReturn(framework, { organisation: 'Old Town Choir', sector: 'voluntary' });
    old.framework.version = '2025.1';
    old.responses[0]!.evidence = 'Our named lead is on the committee.';
    old.responses.push({ standardId: 'online-safety', rating: 'in-place', evidence: 'We follow the online safety guide.', explanation: '', actions: [] });
    saveDraft(key, old);
    const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${key}></s11-audit>`);
    expect(el.value!.framework.version).to.equal(framework.version);
    expect(el.value!.responses[0]!.evidence).to.equal('Our named lead is on the committee.');
    expect(el.value!.responses.some((r) => r.standardId === 'online-safety')).to.equal(false);
    const notice = [...el.shadowRoot!.querySelectorAll('.banner')].find((b) => b.textContent.includes('kept aside'))!;
    expect(notice.textContent).to.contain('1 answer does not fit this version of the audit');
    expect(notice.textContent).to.contain('We follow the online safety guide.');
    // The set-aside answer stays in the saved draft, so it survives the next visit too.
    el.value = { ...el.value!, organisation: { ...el.value!.organisation, name: 'Old Town Choir CIC' } };
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(stored(key)!.setAside.map((r) => r.standardId)).to.deep.equal(['online-safety']);
  });

  it('shows a warning when the browser cannot store anything, and the form keeps working', async function () {
    this.timeout(60_000);
    const key = storageKeyFor('full');
    const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${key}></s11-audit>`);
    await openTask(el, 'A named safeguarding lead');
    const card = await currentCard(el);
    const free = fillStorage();
    try {
      const problem = oneEvent(el, 's11-storage-error');
      const text = 'Our lead is Sam, our chair, trained in 2026. '.repeat(3);
      deep(card, 's11-evidence.evidence', 'textarea').focus();
      await sendKeys({ type: text });
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect((await problem).detail.problem).to.equal('full');
      await el.updateComplete;
      const warning = el.shadowRoot!.querySelector('.banner--warning')!;
      expect(warning.getAttribute('role')).to.equal('alert');
      expect(warning.textContent).to.contain('storage is full');
      const response = el.value!.responses.find((r) => r.standardId === 'safeguarding-lead')!;
      expect(response.evidence).to.equal(text, 'nothing typed is lost');
      expect(deep<HTMLTextAreaElement>(card, 's11-evidence.evidence', 'textarea').value).to.equal(text);
      await expect(el).to.be.accessible();
      free();
      deep(card, 's11-evidence.evidence', 'textarea').focus();
      await sendKeys({ type: '!' });
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.banner--warning')).to.equal(null, 'the warning goes once saving works');
      expect(stored(key)!.value.responses.find((r) => r.standardId === 'safeguarding-lead')!.evidence).to.equal(`${text}!`);
    } finally {
      free();
    }
  });

  it('two copies of the same draft do not silently overwrite each other', async () => {
    const key = storageKeyFor('tabs');
    const first = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${key}></s11-audit>`);
    const second = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${key}></s11-audit>`);
    first.value = { ...first.value!, organisation: { ...first.value!.organisation, name: 'Saved in the first tab' } };
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    second.value = { ...second.value!, organisation: { ...second.value!.organisation, name: 'Typed in the second tab' } };
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await second.updateComplete;
    expect(stored(key)!.value.organisation.name).to.equal('Saved in the first tab');
    const conflict = [...second.shadowRoot!.querySelectorAll('.banner--warning')].find((b) => b.textContent.includes('another tab'))!;
    expect(conflict).to.exist;
    // The person chooses which copy to keep; here, the other one.
    conflict.querySelector('button')!.click();
    await second.updateComplete;
    expect(second.value.organisation.name).to.equal('Saved in the first tab');
  });

  it('a storage event from another tab stops saving and asks', async () => {
    const key = storageKeyFor('event');
    const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${key}></s11-audit>`);
    const theirs = createReturn(framework, { organisation: 'From the other tab' });
    const envelope = {
      format: 's11kit-draft',
      version: 1,
      revision: 9,
      writer: 'other',
      savedAt: new Date().toISOString(),
      framework: theirs.framework,
      value: theirs,
      setAside: [],
    };
    window.dispatchEvent(new StorageEvent('storage', { key: draftKey(framework.id, key), newValue: JSON.stringify(envelope) }));
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('.banner--warning'));
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.banner--warning button');
    buttons[1]!.click(); // keep this copy
    await el.updateComplete;
    expect(stored(key)!.value.organisation.name).to.equal('');
  });

  it('autosave="off" keeps nothing in the browser', async () => {
    const key = storageKeyFor('off');
    const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" autosave="off" storage-key=${key}></s11-audit>`);
    el.value = { ...el.value!, organisation: { ...el.value!.organisation, name: 'Private' } };
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(stored(key)).to.equal(null);
  });
});

describe('<s11-audit> says only where the answers really are kept', () => {
  const intro = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="intro"]')!.textContent.trim();

  it('in this browser by default', async () => {
    const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${storageKeyFor('intro-browser')}></s11-audit>`);
    expect(intro(el)).to.contain('saved in this browser as you type');
  });

  it('online too with draft-url', async () => {
    const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${storageKeyFor('intro-online')} draft-url="/draft-test/intro-online"></s11-audit>`);
    expect(intro(el)).to.contain('in this browser and online');
  });

  it('nowhere with autosave off: no promise that anything is saved', async () => {
    const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" autosave="off" storage-key=${storageKeyFor('intro-none')}></s11-audit>`);
    expect(intro(el)).to.not.contain('are saved');
    expect(intro(el)).to.contain('not saved until you submit');
  });
});
