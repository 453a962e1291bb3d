import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { bragScale, fourPointScale, metScale, type RatingScale } from '@s11kit/schema';
import { LONG_TEXT } from './support/frameworks.js';

const checklist: RatingScale = {
  id: 'checklist',
  label: 'Checklist',
  expected: 'in-place',
  levels: [
    { id: 'in-place', label: 'In place', description: 'We have this and use it.', tone: 'green', requires: [] },
    { id: 'partly-in-place', label: 'Partly in place', description: 'We have some of this.', tone: 'amber', requires: ['action'] },
    { id: 'not-in-place', label: 'Not in place', description: 'We do not have this yet.', tone: 'red', requires: ['action'] },
    { id: 'not-applicable', label: 'Not applicable', description: 'This does not apply to our group.', tone: 'grey', requires: ['explanation'], notApplicable: true },
  ],
};

interface RaterArgs {
  scale: RatingScale;
  value: string;
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  error: string;
}

const meta: Meta<RaterArgs> = {
  title: 'Elements/Rater',
  component: 's11-rater',
  args: {
    scale: fourPointScale,
    value: '',
    label: 'How well does your organisation meet this standard?',
    hint: '',
    required: true,
    disabled: false,
    error: '',
  },
  argTypes: { scale: { control: false } },
  render: (args) => html`<s11-rater
    name="rating"
    .scale=${args.scale}
    .value=${args.value}
    label=${args.label}
    hint=${args.hint}
    ?required=${args.required}
    ?disabled=${args.disabled}
    error=${args.error}
  ></s11-rater>`,
};
export default meta;
type Story = StoryObj<RaterArgs>;

export const FourPoint: Story = { name: 'Four-point scale (Portsmouth)' };
export const Brag: Story = { name: 'BRAG with N/A (Buckinghamshire)', args: { scale: bragScale } };
export const Met: Story = { name: 'Met scale (City and Hackney)', args: { scale: metScale } };
export const CustomChecklist: Story = { name: 'Custom checklist scale (Isle of Wight)', args: { scale: checklist } };
export const Filled: Story = { args: { value: 'good' } };
export const Invalid: Story = { args: { error: 'Select a rating for standard 6, Safe recruitment' } };
export const Disabled: Story = { args: { value: 'requires-improvement', disabled: true } };
export const LongText: Story = {
  args: {
    label: `${LONG_TEXT.slice(0, 180)}?`,
    hint: LONG_TEXT.slice(0, 300),
    scale: { ...fourPointScale, levels: fourPointScale.levels.map((level) => ({ ...level, description: LONG_TEXT.slice(0, 260) })) },
  },
};
export const Narrow: Story = {
  name: '320 px wide',
  args: { scale: bragScale, value: 'amber' },
  decorators: [(story) => html`<div class="s11-narrow">${story()}</div>`],
};
