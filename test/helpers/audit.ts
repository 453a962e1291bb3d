import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { S11Audit, S11StandardCard } from '@s11kit/components';

/** Query through a chain of shadow roots: deep(audit, 's11-standard-card', 's11-rater', 'input'). */
export function deep<T extends Element = HTMLElement>(root: Element | Document, ...selectors: string[]): T {
  let node: Element | Document | ShadowRoot = root;
  for (const [i, selector] of selectors.entries()) {
    const scope: ParentNode = i === 0 && node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
    const found = scope.querySelector(selector);
    if (!found) throw new Error(`deep(): nothing matches "${selector}" (step ${i + 1} of ${selectors.length})`);
    node = i < selectors.length - 1 && found.shadowRoot ? found.shadowRoot : found;
  }
  return node as unknown as T;
}

/** Every match of the last selector, after a chain of shadow roots. */
export function deepAll<T extends Element = HTMLElement>(root: Element, ...selectors: string[]): T[] {
  const last = selectors.pop()!;
  const parent = selectors.length ? deep(root, ...selectors) : root;
  return [...(parent.shadowRoot ?? parent).querySelectorAll<T>(last)];
}

// Every test starts at an address that names no audit page: pages have addresses in the hash, and
// one test's page must not be where the next test's audit opens.
beforeEach(() => history.replaceState(null, '', location.pathname + location.search));

/** Show a page of the audit as a person following a link would: `standard/safe-recruitment`, `check`... */
export async function goTo(audit: S11Audit, page: string): Promise<void> {
  audit.page = '';
  await audit.updateComplete;
  audit.page = page;
  await audit.updateComplete;
  await audit.updateComplete;
  const card = audit.shadowRoot!.querySelector('s11-standard-card');
  if (card) await card.updateComplete;
}

/** Render an audit and wait until its framework is loaded and the first page is on screen. */
export async function auditFixture(template: TemplateResult): Promise<S11Audit> {
  const el = await fixture<S11Audit>(template);
  await waitUntil(() => el.value !== undefined || el.shadowRoot!.querySelector('.framework-error'), 'the audit did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** The standard card on screen, once it has rendered. */
export async function currentCard(audit: S11Audit): Promise<S11StandardCard> {
  await audit.updateComplete;
  const card = audit.shadowRoot!.querySelector('s11-standard-card');
  if (!card) throw new Error('no standard card on screen');
  await card.updateComplete;
  return card;
}

/** Follow a link of the task list by its text, as a click would. */
export async function openTask(audit: S11Audit, text: string | RegExp): Promise<void> {
  const links = [...audit.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.task__link')];
  const link = links.find((a) => (typeof text === 'string' ? a.textContent.includes(text) : text.test(a.textContent)));
  if (!link) throw new Error(`no task link matches ${String(text)}`);
  link.click();
  await audit.updateComplete;
}

export const storageKeyFor = (name: string) => `${name}-${Math.random().toString(36).slice(2, 8)}`;

export { html };
