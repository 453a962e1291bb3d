import { a11ySnapshot, findAccessibilityNode, sendKeys, sendMouse } from '@web/test-runner-commands';

/** The element that really has focus, looking through every open shadow root. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Click the middle of an element with the real mouse, as a person would. */
export async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Press Tab until `done` says focus has arrived (at most `limit` presses); true when it did. */
export async function tabUntil(done: (active: Element | null) => boolean, limit = 8): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    await sendKeys({ press: 'Tab' });
    if (done(deepActiveElement())) return true;
  }
  return false;
}

/**
 * Type a `YYYY-MM-DD` date into a GOV.UK date input whose day box has focus, as a keyboard user
 * would: the day, Tab, the month, Tab, the year.
 */
export async function typeDate(iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  await sendKeys({ type: String(Number(day)) });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: String(Number(month)) });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: year });
}

interface AxNode {
  readonly role: string;
  readonly name: string;
  readonly children: AxNode[];
}

/** The node of the page's accessibility tree (what a screen reader gets) with this role and name, if any. */
export async function accessibleNode(role: string, name: string): Promise<AxNode | null> {
  const tree = (await a11ySnapshot({})) as unknown as AxNode;
  return findAccessibilityNode<AxNode>(tree, (node) => node.role === role && node.name === name);
}
