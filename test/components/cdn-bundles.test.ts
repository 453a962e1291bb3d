import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { updateAction, type AuditReturn } from '@s11kit/schema';
import '@s11kit/components/define.js';
import type { S11ActionTracker, S11Audit, S11StandardCard, S11Summary } from '@s11kit/components';
import { NOW, testFramework, validReturn } from '../helpers/fixtures.js';

// The CDN bundles are built by rollup with a template minifier; the npm build is tsc's output as
// written. Each bundle is loaded into a page with one script tag and must show exactly what the
// npm build shows for the same data: the same words with the same spaces between them.

const framework = testFramework();

async function openPage(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The element in the page once the bundle has defined it. */
async function definedIn<T extends HTMLElement>(frame: HTMLIFrameElement, tag: string): Promise<T> {
  const win = frame.contentWindow!;
  await waitUntil(() => win.customElements.get(tag), `the bundle did not define <${tag}>`, { timeout: 10000 });
  return frame.contentDocument!.querySelector(tag) as T;
}

/**
 * The text a person is shown, through every shadow root and slot, with each run of white space as
 * one space (as the browser renders it). A space dropped between two words shows here.
 */
function shownText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const element = node as Element;
  if (['style', 'script', 'template'].includes(element.localName)) return '';
  let children: readonly Node[] = [...(element.shadowRoot ?? element).childNodes];
  if (element.localName === 'slot') {
    const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
    if (assigned.length) children = assigned;
  }
  return children.map(shownText).join('');
}
const shown = (node: Node) => shownText(node).replace(/\s+/g, ' ').trim();

type Lit = HTMLElement & { updateComplete: Promise<boolean> };
/** Wait until an element and every element inside its shadow root have rendered. */
async function settled(element: Element): Promise<void> {
  if ('updateComplete' in element) await (element as Lit).updateComplete;
  for (const inner of element.shadowRoot?.querySelectorAll('*') ?? []) await settled(inner);
}

function yearTwo(): AuditReturn {
  const ret = validReturn(framework);
  ret.responses[1]!.actions.push({ id: 'a2', action: 'Train interview panels', lead: 'Learning lead', due: '2026-07-01', status: 'in-progress', notes: '' });
  const result = updateAction(ret, 'a2', { kind: 'progress', note: 'Quarterly audit done' }, { now: '2026-06-01T10:00:00Z', framework });
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  return result.value;
}

const agencies = (): AuditReturn[] =>
  ['Example Trust', 'Harbour Council', 'Hillside Academy'].map((name, i) => {
    const ret = validReturn(framework);
    ret.organisation.name = name;
    ret.responses[0]!.rating = ['green', 'blue', 'amber'][i]!;
    if (ret.responses[0]!.rating === 'amber') ret.responses[0]!.actions = [{ id: 'b1', action: 'Review', lead: 'Chair', due: '2026-09-30', status: 'not-started', notes: '' }];
    return ret;
  });

describe('the CDN bundles, each loaded with one script tag', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('s11kit-partnership.js shows the heatmap and the tracker as the npm build does, spaces and all', async () => {
    const frame = await openPage('/test/components/pages/cdn-partnership.html');
    const summary = await definedIn<S11Summary>(frame, 's11-summary');
    const tracker = await definedIn<S11ActionTracker>(frame, 's11-action-tracker');
    Object.assign(summary, { framework, returns: agencies(), now: NOW });
    Object.assign(tracker, { framework, value: yearTwo(), now: '2026-06-15T10:00:00Z' });
    await settled(summary);
    await settled(tracker);

    // The sentence issue 14 found run together ("Reported 1 June 2026:Quarterly audit done").
    expect(shown(tracker)).to.contain('Reported 1 June 2026: Quarterly audit done');
    expect(shown(summary)).to.contain('Harbour Council');

    const npmSummary = await fixture<S11Summary>(
      html`<s11-summary rows="agencies" caption="Returns this cycle" .framework=${framework} .returns=${agencies()} .now=${NOW}></s11-summary>`,
    );
    const npmTracker = await fixture<S11ActionTracker>(
      html`<s11-action-tracker autosave="off" .framework=${framework} .value=${yearTwo()} .now=${'2026-06-15T10:00:00Z'}></s11-action-tracker>`,
    );
    await settled(npmSummary);
    await settled(npmTracker);
    expect(shown(summary)).to.equal(shown(npmSummary));
    expect(shown(tracker)).to.equal(shown(npmTracker));
  });

  it('s11kit.js shows the audit and a standard card as the npm build does, spaces and all', async () => {
    const frame = await openPage('/test/components/pages/cdn-audit.html');
    const audit = await definedIn<S11Audit>(frame, 's11-audit');
    const card = await definedIn<S11StandardCard>(frame, 's11-standard-card');
    const response = yearTwo().responses[1]!;
    Object.assign(card, { framework, response, now: NOW });
    await waitUntil(() => audit.shadowRoot?.querySelector('a'), 'the audit did not render its task list', { timeout: 10000 });
    await settled(audit);
    await settled(card);
    expect(shown(audit)).to.contain('Safeguarding and Early Help Compact Audit');
    expect(shown(card)).to.contain('Action 2 What will be done');

    const npmAudit = await fixture<S11Audit>(html`<s11-audit framework="portsmouth-compact" autosave="off"></s11-audit>`);
    await waitUntil(() => npmAudit.shadowRoot?.querySelector('a'), 'the npm audit did not render its task list', { timeout: 10000 });
    const npmCard = await fixture<S11StandardCard>(
      html`<s11-standard-card standard-id="safe-recruitment" sector="statutory" .framework=${framework} .response=${response} .now=${NOW}></s11-standard-card>`,
    );
    await settled(npmAudit);
    await settled(npmCard);
    expect(shown(audit)).to.equal(shown(npmAudit));
    expect(shown(card)).to.equal(shown(npmCard));
  });
});
