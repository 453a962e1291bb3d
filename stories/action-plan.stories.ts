import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Action } from '@s11kit/schema';
import { LONG_TEXT } from './support/frameworks.js';

const actions: Action[] = [
  {
    id: 'a1',
    action: 'Audit 20 personnel files each quarter for complete pre-employment checks',
    lead: 'Head of HR',
    due: '2027-03-31',
    status: 'in-progress',
    notes: 'First audit done in January.',
  },
  {
    id: 'a2',
    action: 'Add safer recruitment training for every interview panel chair',
    lead: 'Learning and development manager',
    due: '2027-06-30',
    status: 'not-started',
    notes: '',
  },
];

interface PlanArgs {
  value: Action[];
  required: boolean;
  disabled: boolean;
  error: string;
  fieldErrors: Record<string, string>;
}

const meta: Meta<PlanArgs> = {
  title: 'Elements/Action plan',
  component: 's11-action-plan',
  args: { value: [], required: false, disabled: false, error: '', fieldErrors: {} },
  render: (args) => html`<s11-action-plan
    name="actions"
    .value=${args.value}
    .fieldErrors=${args.fieldErrors}
    ?required=${args.required}
    ?disabled=${args.disabled}
    error=${args.error}
  ></s11-action-plan>`,
};
export default meta;
type Story = StoryObj<PlanArgs>;

export const Empty: Story = {};
export const OneEmptyAction: Story = {
  name: 'Opened for a level that needs an action',
  args: { required: true, value: [{ id: 'a1', action: '', lead: '', due: '', status: 'not-started', notes: '' }] },
};
export const Filled: Story = { args: { value: actions } };
export const Invalid: Story = {
  args: {
    value: [{ ...actions[0]!, lead: '', due: '' }],
    fieldErrors: {
      '0.lead': 'Enter the lead for action 1 of standard 6, Safe recruitment',
      '0.due': 'Enter a due date for action 1 of standard 6, Safe recruitment',
    },
  },
};
export const Disabled: Story = { args: { value: actions, disabled: true } };
export const LongText: Story = { args: { value: [{ ...actions[0]!, action: LONG_TEXT, notes: LONG_TEXT }] } };
export const Narrow: Story = {
  name: '320 px wide',
  args: { value: actions },
  decorators: [(story) => html`<div class="s11-narrow">${story()}</div>`],
};
