import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { createReturn, type AuditReturn } from '@s11kit/schema';
import { loadFramework } from '@s11kit/frameworks';
import '@s11kit/components/define.js';
import { S11Audit } from '@s11kit/components';
import { auditFixture, deep, goTo, html, storageKeyFor } from '../helpers/audit.js';

const NOW = '2026-05-01T10:00:00Z';
const framework = await loadFramework('isle-of-wight-vcs');
const keyOf = (storageKey: string) => `s11kit:draft:isle-of-wight-vcs:${storageKey}`;
const stored = (storageKey: string) => JSON.parse(localStorage.getItem(keyOf(storageKey)) ?? 'null');
const text = (el: S11Audit) => el.shadowRoot!.textContent.replace(/\s+/g, ' ');
const button = (el: S11Audit, label: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent.trim() === label)!;

function saveEnvelope(storageKey: string, value: AuditReturn, extra: Record<string, unknown> = {}) {
  localStorage.setItem(
    keyOf(storageKey),
    JSON.stringify({
      format: 's11kit-draft',
      version: 2,
      revision: 3,
      writer: 'earlier',
      savedAt: '2026-11-20T14:05:00.000Z',
      framework: value.framework,
      value,
      setAside: [],
      ...extra,
    }),
  );
}

/** Type into the organisation name as a person would, so that input events reach the audit. */
async function typeName(el: S11Audit, name: string) {
  await goTo(el, 'organisation');
  const input = deep<HTMLInputElement>(el, '#organisation-name');
  input.value = name;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<s11-audit> drafts that survive anything', () => {
  afterEach(() => localStorage.clear());

  it('two tabs: A saves, B keeps its copy, A types again: A is told, and nothing of B’s is lost', async () => {
    const key = storageKeyFor('tabs');
    const a = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" routing="none" storage-key=${key}></s11-audit>`);
    const b = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" routing="none" storage-key=${key}></s11-audit>`);
    await typeName(a, 'From tab A');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await typeName(b, 'From tab B');
    // B's own save finds A's newer copy: it stops and asks.
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await b.updateComplete;
    expect(text(b)).to.contain('This audit was changed in another tab or window');
    button(b, 'Keep this copy').click();
    await b.updateComplete;
    expect(stored(key).value.organisation.name).to.equal('From tab B');
    // No storage event reaches A (same document): its own next save must find B's copy newer.
    await typeName(a, 'From tab A, later');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await a.updateComplete;
    expect(text(a)).to.contain('This audit was changed in another tab or window');
    expect(stored(key).value.organisation.name, 'B’s kept copy is still there').to.equal('From tab B');
    // A chooses the other copy: it sees B's answers.
    button(a, 'Use the other copy').click();
    await a.updateComplete;
    expect(a.value!.organisation.name).to.equal('From tab B');
  });

  it('an unreadable stored draft is kept and offered for download, not moved aside silently', async () => {
    const key = storageKeyFor('corrupt');
    localStorage.setItem(keyOf(key), '{"format":"s11kit-draft","value":{"organisation":{"name":"Half a sent');
    const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${key}></s11-audit>`);
    expect(text(el)).to.contain('could not be read. It has been kept');
    const downloads: { name: string; href: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, href: this.href });
    };
    try {
      button(el, 'Download the copy that could not be read').click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloads).to.have.length(1);
    expect(await (await fetch(downloads[0]!.href)).text()).to.equal('{"format":"s11kit-draft","value":{"organisation":{"name":"Half a sent');
    const kept = Object.keys(localStorage).filter((k) => k.startsWith(`${keyOf(key)}:unreadable:`));
    expect(kept).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('a rating at a level the new framework version dropped is set aside with a notice, and the rest of the answer kept', async () => {
    const key = storageKeyFor('level');
    const old = createReturn(framework, { organisation: 'Old Town Choir', sector: 'voluntary' });
    old.framework.version = '2025.1';
    old.responses[0] = { ...old.responses[0]!, rating: 'mostly-in-place', evidence: 'Our lead is on the committee.' };
    saveEnvelope(key, old);
    const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${key}></s11-audit>`);
    expect(el.value!.responses[0]!.rating).to.equal(null);
    expect(el.value!.responses[0]!.evidence).to.equal('Our lead is on the committee.');
    expect(text(el)).to.contain('1 answer does not fit this version of the audit');
    expect(text(el)).to.contain('mostly-in-place');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(stored(key).setAside[0]).to.include({ standardId: old.responses[0].standardId, rating: 'mostly-in-place' });
  });

  it('draft-days removes a draft nobody changed for that long, and says so; without it drafts never expire', async () => {
    const key = storageKeyFor('days');
    saveEnvelope(key, createReturn(framework, { organisation: 'Forgotten Club' }));
    const kept = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${key}></s11-audit>`);
    expect(kept.value!.organisation.name).to.equal('Forgotten Club');
    kept.remove();
    const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${key} draft-days="7"></s11-audit>`);
    expect(el.value!.organisation.name).to.equal('');
    expect(text(el)).to.contain('has been deleted from this browser, as this site asks');
    expect(localStorage.getItem(keyOf(key))).to.equal(null);
  });

  it('a CMS clears every s11kit draft at sign-out with one static call, without importing a module', async () => {
    const key = storageKeyFor('signout');
    const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${key}></s11-audit>`);
    await typeName(el, 'Shared computer club');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    localStorage.setItem('cms-setting', 'kept');
    const Audit = customElements.get('s11-audit') as typeof S11Audit;
    expect(Audit.clearDrafts()).to.be.at.least(1);
    expect(localStorage.getItem(keyOf(key))).to.equal(null);
    expect(localStorage.getItem('cms-setting')).to.equal('kept');
  });

  describe('continue from a saved copy', () => {
    async function chooseFile(el: S11Audit, name: string, contents: string) {
      const input = deep<HTMLInputElement>(el, '#saved-copy');
      const transfer = new DataTransfer();
      transfer.items.add(new File([contents], name, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await waitUntil(() => !input.files?.length || el.shadowRoot!.querySelector('.banner--warning, [role="status"], .error-message'));
      await aTimeout(50);
      await el.updateComplete;
    }

    it('carries on from a downloaded copy on another computer', async () => {
      const sample = (await (await fetch('/packages/frameworks/samples/isle-of-wight-vcs/valid-youth-club.json')).json()) as AuditReturn;
      const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" .now=${NOW} storage-key=${storageKeyFor('file')}></s11-audit>`);
      await chooseFile(el, 'youth-club.json', JSON.stringify(sample));
      expect(el.value!.organisation.name).to.equal(sample.organisation.name);
      expect(el.value!.status, 'a sent copy becomes a draft to carry on with').to.equal('draft');
      expect(text(el)).to.contain('Your answers from youth-club.json have been loaded');
    });

    it('asks before it replaces answers already on the page, and keeps them when told to', async () => {
      const sample = (await (await fetch('/packages/frameworks/samples/isle-of-wight-vcs/valid-youth-club.json')).json()) as AuditReturn;
      const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" .now=${NOW} storage-key=${storageKeyFor('file-ask')}></s11-audit>`);
      await typeName(el, 'Typed here first');
      await goTo(el, 'tasks');
      await chooseFile(el, 'copy.json', JSON.stringify(sample));
      expect(el.value!.organisation.name).to.equal('Typed here first');
      expect(text(el)).to.contain('will replace the answers on this page');
      button(el, 'Keep the answers on this page').click();
      await el.updateComplete;
      expect(el.value!.organisation.name).to.equal('Typed here first');
    });

    for (const [name, contents, message] of [
      ['a file that is not JSON', 'Minutes of the committee meeting', 'is not a copy of your answers'],
      ['a copy for another framework', JSON.stringify({ framework: { id: 'portsmouth-compact', version: '1' } }), 'is not a copy of answers to'],
    ]) {
      it(`says what is wrong with ${name}, and changes nothing`, async () => {
        const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${storageKeyFor('file-bad')}></s11-audit>`);
        await typeName(el, 'Kept');
        await goTo(el, 'tasks');
        await chooseFile(el, 'wrong.json', contents!);
        expect(el.shadowRoot!.querySelector('#saved-copy-error')!.textContent).to.contain(message);
        expect(el.value!.organisation.name).to.equal('Kept');
      });
    }
  });

  describe('kept on the server too (draft-url)', () => {
    beforeEach(() => fetch('/submit-test/reset', { method: 'POST' }));

    it('saves to the server while typing, and another computer carries on from it', async () => {
      const name = storageKeyFor('server');
      const url = `/draft-test/${name}`;
      const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${name} draft-url=${url}></s11-audit>`);
      await typeName(el, 'Saved online');
      await waitUntil(async () => (await fetch(url)).status === 200, 'the server has the draft', { timeout: 8000 });
      expect((await (await fetch(url)).json()).value.organisation.name).to.equal('Saved online');
      // Another computer: nothing in its browser, the same link.
      el.remove();
      localStorage.clear();
      const restored = new Promise((resolve) => document.addEventListener('s11-restore', resolve, { once: true }));
      const other = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${name} draft-url=${url}></s11-audit>`);
      await restored;
      await other.updateComplete;
      expect(other.value!.organisation.name).to.equal('Saved online');
    });

    it('when someone else saved on the server meanwhile, asks which copy to keep and overwrites nothing', async () => {
      const name = storageKeyFor('server-conflict');
      const url = `/draft-test/${name}`;
      const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${name} draft-url=${url}></s11-audit>`);
      await typeName(el, 'Mine');
      await waitUntil(async () => (await fetch(url)).status === 200, 'first save', { timeout: 8000 });
      // A colleague saves from another computer.
      const current = await (await fetch(url)).json();
      const theirs = { ...current.value, organisation: { ...current.value.organisation, name: 'Colleague' } };
      await fetch(url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ revision: current.revision, value: theirs }) });
      await typeName(el, 'Mine, later');
      await waitUntil(() => text(el).includes('Someone saved this return on another computer'), 'the conflict is shown', { timeout: 8000 });
      expect((await (await fetch(url)).json()).value.organisation.name, 'the colleague’s copy is not overwritten').to.equal('Colleague');
      button(el, 'Keep this copy').click();
      await waitUntil(async () => (await (await fetch(url)).json()).value.organisation.name === 'Mine, later', 'kept copy saved', { timeout: 8000 });
    });

    it('a browser copy with changes the server lacks is pushed, not replaced, when the page opens', async () => {
      const name = storageKeyFor('server-push');
      const url = `/draft-test/${name}`;
      saveEnvelope(name, createReturn(framework, { organisation: 'Typed offline' }), { server: { revision: 0, ahead: true } });
      const restored = oneEvent(document, 's11-restore');
      const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" storage-key=${name} draft-url=${url}></s11-audit>`);
      await restored;
      expect(el.value!.organisation.name).to.equal('Typed offline');
      await waitUntil(async () => (await fetch(url)).status === 200, 'pushed', { timeout: 8000 });
      expect((await (await fetch(url)).json()).value.organisation.name).to.equal('Typed offline');
    });
  });
});

describe('<s11-audit> given a sector the framework does not have', () => {
  it('starts a return with no sector chosen, instead of failing to render, and says why in the console', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await auditFixture(html`<s11-audit framework="isle-of-wight-vcs" sector="Voluntary groups" storage-key=${storageKeyFor('bad-sector')}></s11-audit>`);
      expect(el.value!.organisation.sector).to.equal('');
      expect(el.shadowRoot!.querySelector('.task__link')).to.not.equal(null);
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.contain('sector="Voluntary groups" was not used');
  });
});
