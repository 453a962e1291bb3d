import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { updateAction, type ActionChange, type AuditReturn } from '@s11kit/schema';
import '@s11kit/components/s11-action-tracker.js';
import { draftKey, type DraftEnvelope, type S11ActionTracker } from '@s11kit/components';
import { runFormControlSuite } from '../helpers/form-control-suite.js';
import { deepActiveElement, tabUntil, typeDate } from '../helpers/browser.js';
import { testFramework, validReturn } from '../helpers/fixtures.js';
import { storageKeyFor } from '../helpers/audit.js';

const framework = testFramework();
const HOSTILE = '<img src=x onerror=alert(1)>';
/** Year 2: 15 January 2027. */
const NOW = '2027-01-15T10:00:00Z';

function apply(ret: AuditReturn, actionId: string, change: ActionChange, now: string): AuditReturn {
  const result = updateAction(ret, actionId, change, { now, framework });
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  return result.value;
}

/**
 * A year-1 return tracked in year 2, built with `updateAction`: on safe recruitment, a1 overdue
 * (due 30 September 2026), a2 due soon (1 February 2027), a3 revised from 31 March to 30 June
 * 2027, a4 complete.
 */
function yearTwo(): AuditReturn {
  let ret = validReturn(framework);
  ret.responses[1]!.actions.push(
    { id: 'a2', action: 'Train interview panels', lead: 'Learning lead', due: '2027-02-01', status: 'in-progress', notes: '' },
    { id: 'a3', action: `Report to the board ${HOSTILE}`, lead: 'Chief executive', due: '2027-03-31', status: 'not-started', notes: '' },
    { id: 'a4', action: 'Publish the recruitment policy', lead: 'Head of HR', due: '2026-12-01', status: 'in-progress', notes: '' },
  );
  ret = apply(ret, 'a3', { kind: 'revise-due', due: '2027-06-30', reason: 'The board meets in June' }, '2026-11-02T10:00:00Z');
  ret = apply(ret, 'a2', { kind: 'progress', note: 'Two of five panels trained.' }, '2026-12-10T10:00:00Z');
  ret = apply(ret, 'a4', { kind: 'complete', evidence: 'Published on the intranet on 20 November.' }, '2026-11-20T10:00:00Z');
  return ret;
}

const root = (el: S11ActionTracker) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: S11ActionTracker, selector: string) => root(el).querySelector<T>(selector)!;
const titles = (el: S11ActionTracker) => [...root(el).querySelectorAll('.action__title')].map((h) => h.textContent.trim());
/** An action's key in the tracker's element ids: its standard and id (ids are unique only within a standard). */
const key = (id: string) => `safe-recruitment--${id}`;
const actionItem = (el: S11ActionTracker, id: string) => $(el, `#title-${key(id)}`).closest('li')!;
const announced = (el: S11ActionTracker) => $(el, '[aria-live="polite"]').textContent.trim();
const actionOf = (ret: AuditReturn | undefined, id: string) => ret!.responses.flatMap((r) => r.actions).find((a) => a.id === id)!;

/** Open an action's update form with its Update button, type a progress note and save, by clicks. */
async function noteAndSave(el: S11ActionTracker, id: string, note: string) {
  $<HTMLButtonElement>(el, `#update-${key(id)}`).click();
  await el.updateComplete;
  $(el, `#note-${key(id)}`).focus();
  await sendKeys({ type: note });
  $<HTMLButtonElement>(el, `#form-${key(id)} [part="save-button"]`).click();
  await el.updateComplete;
}

runFormControlSuite<S11ActionTracker>({
  tag: '<s11-action-tracker>',
  render: ({ required, disabled }) =>
    html`<s11-action-tracker name="field" autosave="off" .framework=${framework} .value=${yearTwo()} .now=${NOW} ?required=${required}
      ?disabled=${disabled}></s11-action-tracker>`,
  fill: (el) => noteAndSave(el, 'a1', 'Files audited'),
  filledValue: JSON.stringify(apply(yearTwo(), 'a1', { kind: 'progress', note: 'Files audited' }, NOW)),
  emptyValue: JSON.stringify(yearTwo()),
});

describe('<s11-action-tracker>', () => {
  afterEach(() => localStorage.clear());

  const render = (value = yearTwo(), storageKey = storageKeyFor('tracker'), autosave = 'off') =>
    fixture<S11ActionTracker>(html`<s11-action-tracker .framework=${framework} .value=${value} .now=${NOW} storage-key=${storageKey} autosave=${autosave}></s11-action-tracker>`);

  it('lists every action soonest due first, with counts, tags in words and the original date of a revised one', async () => {
    const el = await render();
    expect(titles(el)).to.deep.equal([
      'Action 1 of standard 2: Safe recruitment',
      'Action 4 of standard 2: Safe recruitment',
      'Action 2 of standard 2: Safe recruitment',
      'Action 3 of standard 2: Safe recruitment',
    ]);
    expect([...root(el).querySelectorAll('.counts li')].map((li) => li.textContent)).to.deep.equal(['3 open', '1 overdue', '1 due soon', '1 complete']);
    const tags = (id: string) => [...actionItem(el, id).querySelectorAll('.tag')].map((tag) => tag.textContent.trim());
    expect(tags('a1')).to.deep.equal(['Not started', 'Overdue by 107 days']);
    expect(tags('a2')).to.deep.equal(['In progress', 'Due soon']);
    expect(tags('a4')).to.deep.equal(['Complete']);
    const facts = (id: string) => [...actionItem(el, id).querySelectorAll('.summary-list__row')].map((row) => row.textContent.replace(/\s+/g, ' ').trim());
    expect(facts('a3')).to.deep.equal(['Lead Chief executive', 'Due 30 June 2027 (was due 31 March 2027)', 'Latest progress No progress reported yet.']);
    expect(actionItem(el, 'a3').querySelector('details summary')!.textContent.trim()).to.equal('Due date changed once');
    expect(actionItem(el, 'a3').querySelector('details li')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'From 31 March 2027 to 30 June 2027, changed 2 November 2026: The board meets in June',
    );
    expect(facts('a2')[2]).to.equal('Latest progress Reported 10 December 2026: Two of five panels trained.');
    expect(facts('a4')[3]).to.equal('Completed 20 November 2026 Published on the intranet on 20 November.');
    // Text from the return is text.
    expect(actionItem(el, 'a3').textContent).to.contain(HOSTILE);
    expect(root(el).querySelector('img')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('takes an update from the keyboard alone: status, note, a new date with its reason, and save', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><button type="button">Before</button><s11-action-tracker autosave="off" .framework=${framework} .value=${yearTwo()} .now=${NOW}></s11-action-tracker></div>`,
    );
    const el = wrapper.querySelector('s11-action-tracker')!;
    await el.updateComplete;
    const given = el.value!;
    const updates: unknown[] = [];
    el.addEventListener('s11-action-update', (event) => updates.push(event.detail));
    wrapper.querySelector('button')!.focus();
    const update = $<HTMLButtonElement>(el, '#update-safe-recruitment--a1');
    expect(update.getAttribute('aria-expanded')).to.equal('false');
    expect(await tabUntil((active) => active === update, 6)).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(update.getAttribute('aria-expanded')).to.equal('true');
    expect(update.getAttribute('aria-controls')).to.equal('form-safe-recruitment--a1');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#status-safe-recruitment--a1-not-started'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#note-safe-recruitment--a1'));
    await sendKeys({ type: 'Ten files audited.' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal($(el, '#due-safe-recruitment--a1'));
    await typeDate('2027-03-31');
    expect(await tabUntil((active) => active === $(el, '#reason-safe-recruitment--a1'))).to.equal(true);
    await sendKeys({ type: 'HR were short-staffed in the autumn' });
    await expect(el).to.be.accessible();
    const changed = oneEvent(el, 'change');
    expect(await tabUntil((active) => active === $(el, '#form-safe-recruitment--a1 [part="save-button"]'))).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await changed;
    await el.updateComplete;

    let expected = apply(given, 'a1', { kind: 'revise-due', due: '2027-03-31', reason: 'HR were short-staffed in the autumn' }, NOW);
    expected = apply(expected, 'a1', { kind: 'status', status: 'in-progress', note: 'Ten files audited.' }, NOW);
    expect(el.value).to.deep.equal(expected);
    expect(updates).to.deep.equal([
      { standardId: 'safe-recruitment', actionId: 'a1', change: { kind: 'revise-due', due: '2027-03-31', reason: 'HR were short-staffed in the autumn' } },
      { standardId: 'safe-recruitment', actionId: 'a1', change: { kind: 'status', status: 'in-progress', note: 'Ten files audited.' } },
    ]);
    expect(root(el).querySelector('#form-safe-recruitment--a1')).to.equal(null, 'the form closes');
    expect(deepActiveElement()).to.equal($(el, '#title-safe-recruitment--a1'));
    expect(announced(el)).to.equal('Update saved for action 1 of standard 2');
    // The new date moved it after a4 (1 December) and a2 (1 February); the first date is kept.
    expect(titles(el)[2]).to.equal('Action 1 of standard 2: Safe recruitment');
    expect(actionItem(el, 'a1').textContent.replace(/\s+/g, ' ')).to.contain('Due 31 March 2027 (was due 30 September 2026)');
  });

  it("shows the SDK's message on the reason for a new date without one; the summary link focuses it", async () => {
    const el = await render();
    $<HTMLButtonElement>(el, '#update-safe-recruitment--a1').click();
    await el.updateComplete;
    for (const [box, value] of [
      ['#due-safe-recruitment--a1', '30'],
      ['#due-safe-recruitment--a1-month', '4'],
      ['#due-safe-recruitment--a1-year', '2027'],
    ]) {
      const input = $<HTMLInputElement>(el, box!);
      input.value = value!;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    const before = el.value;
    $<HTMLButtonElement>(el, '#form-safe-recruitment--a1 [part="save-button"]').click();
    await el.updateComplete;
    expect(el.value).to.equal(before, 'nothing is applied');
    const message = 'Enter the reason for changing the due date of action 1 of standard 2, Safe recruitment';
    expect($(el, '#reason-safe-recruitment--a1-error').textContent.trim()).to.equal(`Error: ${message}`);
    const reason = $<HTMLTextAreaElement>(el, '#reason-safe-recruitment--a1');
    expect(reason.getAttribute('aria-invalid')).to.equal('true');
    expect(reason.getAttribute('aria-describedby')).to.equal('reason-safe-recruitment--a1-hint reason-safe-recruitment--a1-error');
    const summary = $(el, 's11-error-summary');
    expect(deepActiveElement()).to.equal(summary.shadowRoot!.querySelector('.error-summary'));
    const link = summary.shadowRoot!.querySelector('a')!;
    expect(link.textContent).to.equal(message);
    await expect(el).to.be.accessible();
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()).to.equal(reason);
    await sendKeys({ type: 'Waiting for the new HR system' });
    $<HTMLButtonElement>(el, '#form-safe-recruitment--a1 [part="save-button"]').click();
    await el.updateComplete;
    expect(actionOf(el.value, 'a1').revisions).to.deep.equal([{ from: '2026-09-30', to: '2027-04-30', reason: 'Waiting for the new HR system', at: '2027-01-15T10:00:00.000Z' }]);
    expect(root(el).querySelector('s11-error-summary')!.shadowRoot!.querySelector('.error-summary')).to.equal(null);
  });

  it('asks for evidence when an action is marked complete', async () => {
    const el = await render();
    $<HTMLButtonElement>(el, '#update-safe-recruitment--a2').click();
    await el.updateComplete;
    expect(root(el).querySelector('#evidence-safe-recruitment--a2')).to.equal(null, 'evidence is asked for only when completing');
    $<HTMLInputElement>(el, '#status-safe-recruitment--a2-complete').click();
    await el.updateComplete;
    const complete = $<HTMLInputElement>(el, '#status-safe-recruitment--a2-complete');
    expect(complete.getAttribute('aria-controls')).to.equal('evidence-group-safe-recruitment--a2');
    expect(root(el).querySelector('#evidence-safe-recruitment--a2')).to.exist;
    $<HTMLButtonElement>(el, '#form-safe-recruitment--a2 [part="save-button"]').click();
    await el.updateComplete;
    expect($(el, '#evidence-safe-recruitment--a2-error').textContent).to.contain('Enter the evidence that action 2 of standard 2, Safe recruitment is complete');
    expect(actionOf(el.value, 'a2').status).to.equal('in-progress');
    await expect(el).to.be.accessible();
    $(el, '#evidence-safe-recruitment--a2').focus();
    await sendKeys({ type: 'All five panels trained; register on the HR drive.' });
    $<HTMLButtonElement>(el, '#form-safe-recruitment--a2 [part="save-button"]').click();
    await el.updateComplete;
    const action = actionOf(el.value, 'a2');
    expect(action.status).to.equal('complete');
    expect(action.completion).to.deep.equal({ on: '2027-01-15', evidence: 'All five panels trained; register on the HR drive.' });
  });

  it('says what to do when Save is pressed with nothing changed, and Cancel puts focus back on Update', async () => {
    const el = await render();
    $<HTMLButtonElement>(el, '#update-safe-recruitment--a3').click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '#form-safe-recruitment--a3 [part="save-button"]').click();
    await el.updateComplete;
    expect($(el, '#note-safe-recruitment--a3-error').textContent).to.contain('Change the status or the due date, or enter a progress note');
    $<HTMLButtonElement>(el, '#form-safe-recruitment--a3 .link-button').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root(el).querySelector('#form-safe-recruitment--a3')).to.equal(null);
    expect(deepActiveElement()).to.equal($(el, '#update-safe-recruitment--a3'));
    expect($(el, 's11-error-summary').shadowRoot!.querySelector('.error-summary')).to.equal(null);
  });

  it('saves updates in the browser and restores them when the tracker is made again', async () => {
    const key = storageKeyFor('restore');
    let el = await render(yearTwo(), key, 'on');
    await noteAndSave(el, 'a1', 'Files audited');
    expect(localStorage.getItem(draftKey(framework.id, key))).to.equal(null, 'debounced');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const stored = JSON.parse(localStorage.getItem(draftKey(framework.id, key))!) as DraftEnvelope;
    expect(stored.format).to.equal('s11kit-draft');
    expect(actionOf(stored.value, 'a1').progress).to.have.length(1);
    el.remove();

    const container = document.createElement('div');
    document.body.append(container);
    const restored = oneEvent(container, 's11-restore');
    el = document.createElement('s11-action-tracker');
    Object.assign(el, { framework, value: yearTwo(), now: NOW, storageKey: key });
    container.append(el);
    expect((await restored).detail.savedAt).to.equal(stored.savedAt);
    await el.updateComplete;
    expect(actionOf(el.value, 'a1').progress![0]!.note).to.equal('Files audited');
    expect($(el, '.banner').textContent).to.contain('Your updates from');
    expect($(el, '.banner').textContent).to.contain('have been restored');
    await expect(el).to.be.accessible();
    // "Start again" goes back to the return as given, and deletes the draft.
    $<HTMLButtonElement>(el, '.banner .link-button').click();
    await el.updateComplete;
    $<HTMLButtonElement>(el, '.banner .button--warning').click();
    await el.updateComplete;
    expect(actionOf(el.value, 'a1').progress).to.equal(undefined);
    expect(localStorage.getItem(draftKey(framework.id, key))).to.equal(null);
    container.remove();
  });

  it('does not restore a draft of another return, nor one older than the return given', async () => {
    const key = storageKeyFor('other');
    const other = yearTwo();
    other.organisation = { ...other.organisation, name: 'Another Trust' };
    other.updatedAt = '2027-01-14T10:00:00Z';
    const envelope: DraftEnvelope = {
      format: 's11kit-draft',
      version: 1,
      revision: 1,
      writer: 'x',
      savedAt: '2027-01-14T10:00:00Z',
      framework: other.framework,
      value: other,
      setAside: [],
    };
    localStorage.setItem(draftKey(framework.id, key), JSON.stringify(envelope));
    const el = await render(yearTwo(), key, 'on');
    expect(el.value!.organisation.name).to.equal('Example Trust');
    expect(root(el).querySelector('.banner')).to.equal(null);
  });

  it('warns when the browser storage is full, and loses nothing', async function () {
    this.timeout(60_000);
    const key = storageKeyFor('full');
    const el = await render(yearTwo(), key, 'on');
    const keys: string[] = [];
    let chunk = 'x'.repeat(1_000_000);
    while (chunk.length > 8) {
      try {
        localStorage.setItem(`filler-${keys.length}`, chunk);
        keys.push(`filler-${keys.length}`);
      } catch {
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
    try {
      const problem = oneEvent(el, 's11-storage-error');
      await noteAndSave(el, 'a2', 'Three of five panels trained, and the rest booked for February.');
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      expect((await problem).detail.problem).to.equal('full');
      await el.updateComplete;
      const warning = $(el, '.banner--warning');
      expect(warning.getAttribute('role')).to.equal('alert');
      expect(warning.textContent).to.contain('storage is full');
      expect(actionItem(el, 'a2').textContent).to.contain('Three of five panels trained', 'nothing is lost');
      await expect(el).to.be.accessible();
      keys.forEach((k) => localStorage.removeItem(k));
      await noteAndSave(el, 'a1', 'Started');
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      await el.updateComplete;
      expect(root(el).querySelector('.banner--warning')).to.equal(null);
      const saved = JSON.parse(localStorage.getItem(draftKey(framework.id, key))!) as DraftEnvelope;
      expect(actionOf(saved.value, 'a2').progress!.at(-1)!.note).to.contain('Three of five');
    } finally {
      keys.forEach((k) => localStorage.removeItem(k));
    }
  });

  it('saves after a pause with no page event too', async () => {
    const key = storageKeyFor('debounce');
    const el = await render(yearTwo(), key, 'on');
    await noteAndSave(el, 'a1', 'Files audited');
    await aTimeout(600);
    expect(localStorage.getItem(draftKey(framework.id, key))).to.not.equal(null);
  });

  it('is accessible when disabled, and its buttons cannot be used', async () => {
    const el = await fixture<S11ActionTracker>(html`<s11-action-tracker disabled autosave="off" .framework=${framework} .value=${yearTwo()} .now=${NOW}></s11-action-tracker>`);
    expect([...root(el).querySelectorAll<HTMLButtonElement>('[part="update-button"]')].every((b) => b.disabled)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is invalid when the return breaks a rule, even in draft mode', async () => {
    const broken = yearTwo();
    broken.responses[1]!.rating = 'purple';
    const form = await fixture<HTMLFormElement>(
      html`<form><s11-action-tracker name="tracked" autosave="off" .framework=${framework} .value=${broken} .now=${NOW}></s11-action-tracker></form>`,
    );
    const el = form.querySelector('s11-action-tracker')!;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('The return has 1 problem to fix');
    expect(JSON.parse(new FormData(form).get('tracked') as string)).to.deep.equal(broken);
  });
});

describe('<s11-action-tracker> words', () => {
  it('uses the page’s strings, for its own words and for the words it shares with the audit', async () => {
    const el = await fixture<S11ActionTracker>(html`<s11-action-tracker .framework=${framework} .value=${yearTwo()} .now=${NOW} autosave="off"></s11-action-tracker>`);
    el.strings = { trackerTitle: 'Cynnydd y cynllun gweithredu', actionStatus: { 'not-started': 'Heb ddechrau', 'in-progress': 'Ar y gweill', complete: 'Wedi’i gwblhau' } };
    await el.updateComplete;
    expect($(el, '.title').textContent.trim()).to.equal('Cynnydd y cynllun gweithredu');
    expect([...root(el).querySelectorAll('.tag')].map((tag) => tag.textContent.trim())).to.include('Wedi’i gwblhau');
  });

  it('tells apart two actions with the same id on different standards: ids are unique only within a standard', async () => {
    const ret = validReturn(framework);
    ret.responses[0]!.actions = [{ id: 'a1', action: 'Brief the board', lead: 'Chair', due: '2027-03-01', status: 'not-started', notes: '' }];
    const el = await fixture<S11ActionTracker>(html`<s11-action-tracker autosave="off" .framework=${framework} .value=${ret} .now=${NOW}></s11-action-tracker>`);
    expect(titles(el)).to.have.length(2);
    const updates: { standardId: string; actionId: string }[] = [];
    el.addEventListener('s11-action-update', (event) => updates.push(event.detail));
    $<HTMLButtonElement>(el, '#update-leadership--a1').click();
    await el.updateComplete;
    $(el, '#note-leadership--a1').focus();
    await sendKeys({ type: 'Briefed in December' });
    $<HTMLButtonElement>(el, '#form-leadership--a1 [part="save-button"]').click();
    await el.updateComplete;
    expect(updates.map((u) => [u.standardId, u.actionId])).to.deep.equal([['leadership', 'a1']]);
    expect(el.value!.responses[0]!.actions[0]!.progress!.map((p: { note: string }) => p.note)).to.deep.equal(['Briefed in December']);
    expect(el.value!.responses[1]!.actions[0]!.progress, 'the other a1 is untouched').to.equal(undefined);
  });
});
