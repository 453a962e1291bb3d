import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { updateAction, type ActionChange, type AuditReturn, type Framework } from '@s11kit/schema';
import { draftKey, type DraftEnvelope, type S11ActionTracker } from '@s11kit/components';
import { frameworkOf, sampleReturn, settled, withFramework } from './support/frameworks.js';

/** Year 2 of the cycle: 20 January 2027. */
const NOW = '2027-01-20T10:00:00Z';

function apply(framework: Framework, ret: AuditReturn, actionId: string, change: ActionChange, now: string): AuditReturn {
  const result = updateAction(ret, actionId, change, { now, framework });
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  return result.value;
}

/**
 * The NHS trust's sample return, tracked since: a4 is overdue, a2 is due soon, a1's date was
 * moved with a reason, a3 is complete with its evidence.
 */
async function yearTwo(framework: Framework): Promise<AuditReturn> {
  let ret = await sampleReturn('portsmouth-compact', 'valid-nhs-trust');
  ret = apply(
    framework,
    ret,
    'a1',
    { kind: 'revise-due', due: '2027-04-30', reason: 'The reference group could not meet until the new youth worker started.' },
    '2026-10-20T09:00:00Z',
  );
  ret = apply(framework, ret, 'a1', { kind: 'progress', note: 'Nine young people have joined; the first meeting is booked for March.' }, '2026-12-01T09:00:00Z');
  ret = apply(framework, ret, 'a2', { kind: 'status', status: 'in-progress', note: 'Questions drafted with the school nursing team.' }, '2026-11-12T09:00:00Z');
  ret = apply(
    framework,
    ret,
    'a3',
    { kind: 'complete', evidence: '52 records re-audited in December: 94% include a reason for sharing. Audit report on the safeguarding drive.' },
    '2026-12-18T09:00:00Z',
  );
  return ret;
}

const withYearTwo = async () => {
  const { framework } = await withFramework('portsmouth-compact')();
  return { framework, value: await yearTwo(framework) };
};

interface TrackerArgs {
  disabled: boolean;
  autosave: string;
  storageKey: string;
}

const meta: Meta<TrackerArgs> = {
  title: 'Partnership/Action tracker',
  component: 's11-action-tracker',
  loaders: [withYearTwo],
  args: { disabled: false, autosave: 'off', storageKey: 'storybook-tracker' },
  render: (args, { loaded }) => html`<s11-action-tracker
    name="return"
    storage-key=${args.storageKey}
    autosave=${args.autosave}
    ?disabled=${args.disabled}
    .framework=${frameworkOf(loaded)}
    .value=${loaded.value as AuditReturn}
    .now=${NOW}
  ></s11-action-tracker>`,
};
export default meta;
type Story = StoryObj<TrackerArgs>;

const tracker = (canvas: HTMLElement) => canvas.querySelector('s11-action-tracker') as S11ActionTracker;

export const Default: Story = { name: 'Year 2: overdue, due soon, revised and complete actions' };

export const UpdateOpen: Story = {
  name: 'The update form, open',
  play: async ({ canvasElement }) => {
    const el = tracker(canvasElement);
    await settled(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#update-disabled-children--a4')!.click();
    await settled(el);
  },
};

export const FailedUpdate: Story = {
  name: 'A failed update: new date without a reason, completion without evidence',
  play: async ({ canvasElement }) => {
    const el = tracker(canvasElement);
    await settled(el);
    const root = el.shadowRoot!;
    root.querySelector<HTMLButtonElement>('#update-disabled-children--a4')!.click();
    await settled(el);
    const due = root.querySelector<HTMLInputElement>('#due-disabled-children--a4')!;
    due.value = '2027-05-31';
    due.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    root.querySelector<HTMLInputElement>('#status-disabled-children--a4-complete')!.click();
    await settled(el);
    root.querySelector<HTMLButtonElement>('#form-disabled-children--a4 [part="save-button"]')!.click();
    await settled(el);
    await settled(root.querySelector('s11-error-summary'));
  },
};

export const Disabled: Story = { args: { disabled: true } };

export const Narrow: Story = {
  name: '320 px wide',
  decorators: [(story) => html`<div class="s11-narrow">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const el = tracker(canvasElement);
    await settled(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#update-service-development--a2')!.click();
    await settled(el);
  },
};

export const RestoredDraft: Story = {
  name: 'A restored draft',
  args: { autosave: 'on', storageKey: 'storybook-tracker-restored' },
  loaders: [
    async () => {
      const { framework, value } = await withYearTwo();
      const saved = apply(framework, value, 'a4', { kind: 'progress', note: 'Draft policy shared with three parent carers for comments.' }, '2027-01-19T15:30:00Z');
      const envelope: DraftEnvelope = {
        format: 's11kit-draft',
        version: 1,
        revision: 2,
        writer: 'storybook',
        savedAt: '2027-01-19T15:30:00.000Z',
        framework: saved.framework,
        value: saved,
        setAside: [],
      };
      localStorage.setItem(draftKey(framework.id, 'storybook-tracker-restored'), JSON.stringify(envelope));
      return { framework, value };
    },
  ],
};
