import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Issue } from '@s11kit/schema';

const issues: Issue[] = [
  { path: ['organisation', 'name'], code: 'organisation_name_required', severity: 'error', message: 'Enter your organisation’s name' },
  { path: ['responses', 5, 'rating'], code: 'rating_required', severity: 'error', message: 'Select a rating for standard 6, Safe recruitment', standardId: 'safe-recruitment' },
  {
    path: ['responses', 6, 'actions', 0, 'lead'],
    code: 'action_lead_required',
    severity: 'error',
    message: 'Enter the lead for action 1 of standard 7, Allegation management',
    standardId: 'allegation-management',
  },
];

const meta: Meta<{ issues: Issue[] }> = {
  title: 'Elements/Error summary',
  component: 's11-error-summary',
  args: { issues },
  render: (args) => html`<s11-error-summary .issues=${args.issues}></s11-error-summary>`,
};
export default meta;

export const Problems: StoryObj<{ issues: Issue[] }> = {};
