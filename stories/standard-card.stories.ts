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
    response: {
      ...emptyResponse('safe-recruitment'),
      rating: 'requires-improvement',
      actions: [{ id: 'a1', action: 'Audit files', lead: '', due: '', status: 'not-started', notes: '' }],
    },
    issues: [
      {
        path: ['responses', 5, 'actions', 0, 'lead'],
        code: 'action_lead_required',
        severity: 'error',
        message: 'Enter the lead for action 1 of standard 6, Safe recruitment',
        standardId: 'safe-recruitment',
      },
      {
        path: ['responses', 5, 'actions', 0, 'due'],
        code: 'action_due_required',
        severity: 'error',
        message: 'Enter a due date for action 1 of standard 6, Safe recruitment',
        standardId: 'safe-recruitment',
      },
    ],
  },
};
export const Disabled: Story = { args: { disabled: true, response: { ...emptyResponse('safe-recruitment'), rating: 'good', evidence: 'Read only.' } } };
export const Narrow: Story = {
  name: '320 px wide',
  args: {
    response: { ...emptyResponse('safe-recruitment'), rating: 'requires-improvement', actions: [{ id: 'a1', action: '', lead: '', due: '', status: 'not-started', notes: '' }] },
  },
  decorators: [(story) => html`<div class="s11-narrow">${story()}</div>`],
};
export const ItemsThatRollUp: Story = {
  name: 'Elements rated one by one (City and Hackney)',
  loaders: [withFramework('city-hackney-s11')],
  args: { standardId: 'line-of-accountability', sector: 'statutory' },
};
export const ItemsThatRollUpPartly: Story = {
  name: 'Elements rated, one partly met (City and Hackney)',
  loaders: [withFramework('city-hackney-s11')],
  args: {
    standardId: 'safeguarding-training',
    sector: 'voluntary',
    response: {
      ...emptyResponse('safeguarding-training'),
      rating: 'partly-met',
      items: [
        { itemId: 'new-staff-volunteers-safeguarding', rating: 'fully-met', explanation: '' },
        { itemId: 'training-levels-matched-roles', rating: 'partly-met', explanation: '' },
        { itemId: 'staff-go-multi-agency', rating: 'fully-met', explanation: '' },
        { itemId: 'keep-training-records-follow', rating: 'fully-met', explanation: '' },
        { itemId: 'check-whether-training-improves', rating: 'fully-met', explanation: '' },
      ],
      actions: [{ id: 'a1', action: 'Match training levels to every role', lead: 'Training lead', due: '2027-03-31', status: 'not-started', notes: '' }],
    },
  },
};
export const BoardPriorities: Story = {
  name: 'Board-priority questions of their own (Buckinghamshire)',
  loaders: [withFramework('buckinghamshire-s11')],
  args: { standardId: 'effective-practice', sector: 'health' },
};
export const Checklist: Story = {
  name: 'Checklist lines (Isle of Wight)',
  loaders: [withFramework('isle-of-wight-vcs')],
  args: { standardId: 'safeguarding-policy', sector: 'faith' },
};
export const CopiedEvidence: Story = {
  name: 'Evidence copied from another partnership’s return',
  args: {
    response: {
      ...emptyResponse('safe-recruitment'),
      evidence: 'From standard 3, Safe recruitment of staff and volunteers: every appointment had a full set of checks before starting.',
      copiedFrom: { framework: { id: 'buckinghamshire-s11', version: '2026.2' } },
    },
  },
};
export const NotForQuotation: Story = {
  name: 'Evidence not to be quoted',
  args: { response: { ...emptyResponse('safe-recruitment'), rating: 'good', evidence: 'Details of one case we learned from.', notForQuotation: true } },
};
