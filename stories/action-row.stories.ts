import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Action } from '@s11kit/schema';

const filled: Action = {
  id: 'a1',
  action: 'Review the allegations procedure with the LADO',
  lead: 'Designated safeguarding lead',
  due: '2027-01-31',
  status: 'in-progress',
  notes: '',
};

interface RowArgs {
  value: Action;
  index: number;
  removable: boolean;
  required: boolean;
  disabled: boolean;
  fieldErrors: Record<string, string>;
}

const meta: Meta<RowArgs> = {
  title: 'Elements/Action row',
  component: 's11-action-row',
  args: { value: { ...filled, action: '', lead: '', due: '' }, index: 1, removable: false, required: false, disabled: false, fieldErrors: {} },
  render: (args) => html`<s11-action-row
    name="action"
    .value=${args.value}
    .index=${args.index}
    .fieldErrors=${args.fieldErrors}
    ?removable=${args.removable}
    ?required=${args.required}
    ?disabled=${args.disabled}
  ></s11-action-row>`,
};
export default meta;
type Story = StoryObj<RowArgs>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: filled, index: 2, removable: true } };
export const Invalid: Story = {
  args: {
    required: true,
    fieldErrors: { action: 'Enter what will be done for action 1 of standard 7, Allegation management', lead: 'Enter the lead for action 1 of standard 7, Allegation management' },
  },
};
export const Disabled: Story = { args: { value: filled, disabled: true } };
