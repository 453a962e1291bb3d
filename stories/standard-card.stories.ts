import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { emptyResponse, type Issue, type Response } from '@s11kit/schema';
import { frameworkOf, withFramework } from './support/frameworks.js';

interface CardArgs {
  standardId: string;
  sector: string;
  response: Response | undefined;
  issues: Issue[];
  disabled: boolean;
}

const meta: Meta<CardArgs> = {
  title: 'Elements/Standard card',
  component: 's11-standard-card',
  loaders: [withFramework('portsmouth-compact')],
  args: { standardId: 'safe-recruitment', sector: 'statutory', response: undefined, issues: [], disabled: false },
  argTypes: { response: { control: false }, issues: { control: false } },
  render: (args, { loaded }) => html`<s11-standard-card
    .framework=${frameworkOf(loaded)}
    standard-id=${args.standardId}
    sector=${args.sector}
    .response=${args.response}
    .issues=${args.issues}
    ?disabled=${args.disabled}
  ></s11-standard-card>`,
};
export default meta;
type Story = StoryObj<CardArgs>;

export const NotStarted: Story = {};
export const EarlyYearsWording: Story = { args: { sector: 'early-years' } };
export const Complete: Story = {
  args: { response: { ...emptyResponse('safe-recruitment'), rating: 'good', evidence: 'Every appointment in 2026 had a full set of checks before starting.' } },
};
export const NeedsAnAction: Story = {
  args: { response: { ...emptyResponse('safe-recruitment'), rating: 'inadequate', actions: [{ id: 'a1', action: '', lead: '', due: '', status: 'not-started', notes: '' }] } },
};
export const NotApplicable: Story = {
  name: 'N/A with an explanation (Buckinghamshire)',
  loaders: [withFramework('buckinghamshire-s11')],
  args: { standardId: 'contracting-with-other-organisations', response: { ...emptyResponse('contracting-with-other-organisations'), rating: 'not-applicable', explanation: '' } },
};
export const WithErrors: Story = {
  args: {
    response: { ...emptyResponse('safe-recruitment'), rating: 'requires-improvement', actions: [{ id: 'a1', action: 'Audit files', lead: '', due: '', status: 'not-started', notes: '' }] },
    issues: [
      { path: ['responses', 5, 'actions', 0, 'lead'], code: 'action_lead_required', severity: 'error', message: 'Enter the lead for action 1 of standard 6, Safe recruitment', standardId: 'safe-recruitment' },
      { path: ['responses', 5, 'actions', 0, 'due'], code: 'action_due_required', severity: 'error', message: 'Enter a due date for action 1 of standard 6, Safe recruitment', standardId: 'safe-recruitment' },
    ],
  },
};
export const Disabled: Story = { args: { disabled: true, response: { ...emptyResponse('safe-recruitment'), rating: 'good', evidence: 'Read only.' } } };
export const Narrow: Story = {
  name: '320 px wide',
  args: { response: { ...emptyResponse('safe-recruitment'), rating: 'requires-improvement', actions: [{ id: 'a1', action: '', lead: '', due: '', status: 'not-started', notes: '' }] } },
  decorators: [(story) => html`<div class="s11-narrow">${story()}</div>`],
};
