import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Issue } from '@s11kit/schema';
import '@s11kit/components/s11-error-summary.js';
import type { S11ErrorSummary } from '@s11kit/components';

const issues: Issue[] = [
  { path: ['responses', 0, 'rating'], code: 'rating_required', severity: 'error', message: 'Select a rating for standard 1, Leadership', standardId: 'leadership' },
  { path: ['respondent', 'name'], code: 'respondent_name_required', severity: 'error', message: 'Enter your name' },
];

describe('<s11-error-summary>', () => {
  it('renders nothing while there are no issues', async () => {
    const el = await fixture<S11ErrorSummary>(html`<s11-error-summary></s11-error-summary>`);
    expect(el.shadowRoot!.querySelector('.error-summary')).to.equal(null);
  });

  it('lists every message as a link under "There is a problem"', async () => {
    const el = await fixture<S11ErrorSummary>(html`<s11-error-summary .issues=${issues}></s11-error-summary>`);
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent);
    expect(links).to.deep.equal(issues.map((i) => i.message));
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('There is a problem');
    await expect(el).to.be.accessible();
  });

  it('fires s11-issue-select with the issue when a link is followed', async () => {
    const el = await fixture<S11ErrorSummary>(html`<s11-error-summary .issues=${issues}></s11-error-summary>`);
    const link = el.shadowRoot!.querySelectorAll('a')[1]!;
    setTimeout(() => link.click());
    const event = await oneEvent(el, 's11-issue-select');
    expect(event.detail.issue).to.equal(issues[1]);
    expect(event.composed).to.equal(true);
  });

  it('shows messages as text, never as HTML', async () => {
    const hostile: Issue = { path: [], code: 'invalid_value', severity: 'error', message: '<img src=x onerror=alert(1)>' };
    const el = await fixture<S11ErrorSummary>(html`<s11-error-summary .issues=${[hostile]}></s11-error-summary>`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('a')!.textContent).to.equal(hostile.message);
  });

  it('takes focus on request, so a screen reader announces it after a submit', async () => {
    const el = await fixture<S11ErrorSummary>(html`<s11-error-summary .issues=${issues}></s11-error-summary>`);
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.error-summary'));
  });
});
