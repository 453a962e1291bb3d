import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@s11kit/components/s11-action-tracker.js';
import type { S11ActionTracker } from '@s11kit/components';
import { deepActiveElement } from '../helpers/browser.js';
import { testFramework, validReturn } from '../helpers/fixtures.js';
import { storageKeyFor } from '../helpers/audit.js';

// Year 2 on a collector: every update is sent to update-url and counts as saved only when the
// server answers with the return it kept.
const framework = testFramework();
const NOW = '2027-01-15T10:00:00Z';
const key = 'safe-recruitment--a1';

interface Received {
  readonly mode: string;
  readonly key: string;
  readonly body: string;
}
const log = async (): Promise<Received[]> => (await fetch('/submit-test/log')).json();

async function tracker(url: string) {
  const value = validReturn(framework);
  await fetch('/update-test/return', { method: 'PUT', body: JSON.stringify(value) });
  const storageKey = storageKeyFor('update-url');
  const el = await fixture<S11ActionTracker>(
    html`<s11-action-tracker .framework=${framework} .value=${value} .now=${NOW} storage-key=${storageKey} update-url=${url}></s11-action-tracker>`,
  );
  return { el, storageKey };
}

const $ = <T extends HTMLElement = HTMLElement>(el: S11ActionTracker, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

async function typeNote(el: S11ActionTracker, note: string) {
  if (!el.shadowRoot!.querySelector(`#form-${key}`)) {
    $<HTMLButtonElement>(el, `#update-${key}`).click();
    await el.updateComplete;
  }
  $(el, `#note-${key}`).focus();
  await sendKeys({ type: note });
}

const save = async (el: S11ActionTracker) => {
  $<HTMLButtonElement>(el, `#form-${key} [part="save-button"]`).click();
  await el.updateComplete;
};

describe('<s11-action-tracker update-url>', () => {
  beforeEach(() => fetch('/submit-test/reset', { method: 'POST' }));
  afterEach(() => localStorage.clear());

  it('sends the update with an Idempotency-Key and shows the return the server kept', async () => {
    const { el } = await tracker('/update-test/ok');
    await typeNote(el, 'Ten files audited.');
    const updated = oneEvent(el, 's11-action-update');
    await save(el);
    await updated;
    const [post] = await log();
    expect(post!.mode).to.equal('update:ok');
    expect(post!.key).to.match(/^[A-Za-z0-9_-]{20,}$/);
    expect(JSON.parse(post!.body)).to.deep.equal({ standardId: 'safe-recruitment', actionId: 'a1', changes: [{ kind: 'progress', note: 'Ten files audited.' }] });
    const progress = el.value!.responses[1]!.actions[0]!.progress!;
    expect(progress.at(-1)).to.deep.equal({ at: '2027-01-15T10:00:00.000Z', note: 'Ten files audited.' });
    expect(el.shadowRoot!.querySelector(`#form-${key}`), 'the form closes once kept').to.equal(null);
  });

  it('after a 500 says the update has not been saved, keeps every word, and Try again reuses the key', async () => {
    const { el, storageKey } = await tracker('/update-test/error');
    await typeNote(el, 'Waiting for HR.');
    const before = el.value;
    await save(el);
    await waitUntil(() => el.shadowRoot!.querySelector(`#not-saved-${key}`), 'the problem is shown');
    const problem = $(el, `#not-saved-${key}`);
    expect(problem.textContent).to.contain('Your update has not been saved');
    await waitUntil(() => deepActiveElement() === problem, 'and focused');
    expect(el.value).to.equal(before, 'nothing applied');
    expect($<HTMLTextAreaElement>(el, `#note-${key}`).value).to.equal('Waiting for HR.');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const draft = JSON.parse(localStorage.getItem(`s11kit:draft:${framework.id}:${storageKey}`)!);
    expect(draft.extra.forms[key].note, 'the words are in the browser draft too').to.equal('Waiting for HR.');
    el.updateUrl = '/update-test/ok';
    await el.updateComplete;
    const updated = oneEvent(el, 's11-action-update');
    await save(el);
    await updated;
    const keys = (await log()).map((entry) => entry.key);
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it('a change to the form after a failure is a new update, with a new key', async () => {
    const { el } = await tracker('/update-test/error');
    await typeNote(el, 'First');
    await save(el);
    await waitUntil(() => el.shadowRoot!.querySelector(`#not-saved-${key}`));
    await typeNote(el, ' and more');
    await save(el);
    await waitUntil(async () => (await log()).length === 2);
    const keys = (await log()).map((entry) => entry.key);
    expect(keys[0]).to.not.equal(keys[1]);
  });

  it('shows the server’s 422 issues on the form', async () => {
    const { el } = await tracker('/update-test/invalid');
    await typeNote(el, 'Done');
    await save(el);
    await waitUntil(() => el.shadowRoot!.querySelector('s11-error-summary')!.shadowRoot!.querySelector('a'));
    expect(el.shadowRoot!.querySelector('s11-error-summary')!.shadowRoot!.textContent).to.contain('The partnership has closed year 2 for this action');
    expect($(el, `#note-${key}-error`).textContent).to.contain('closed year 2');
  });
});
