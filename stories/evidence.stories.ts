import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { LONG_TEXT } from './support/frameworks.js';

interface EvidenceArgs {
  value: string;
  label: string;
  hint: string;
  prompts: string[];
  maxlength: number;
  required: boolean;
  disabled: boolean;
  error: string;
}

const meta: Meta<EvidenceArgs> = {
  title: 'Elements/Evidence',
  component: 's11-evidence',
  args: {
    value: '',
    label: 'Evidence of impact and outcomes',
    hint: 'Give examples of the difference your arrangements make for children, families and staff.',
    prompts: ['Minutes of board meetings where safeguarding was discussed', 'Results of your latest staff survey', 'Changes made after a case review'],
    maxlength: 5000,
    required: false,
    disabled: false,
    error: '',
  },
  render: (args) => html`<s11-evidence
    name="evidence"
    .value=${args.value}
    label=${args.label}
    hint=${args.hint}
    .prompts=${args.prompts}
    maxlength=${args.maxlength}
    ?required=${args.required}
    ?disabled=${args.disabled}
    error=${args.error}
  ></s11-evidence>`,
};
export default meta;
type Story = StoryObj<EvidenceArgs>;

export const Empty: Story = {};
export const Filled: Story = { args: { value: 'Every manager completed level 3 training this year; supervision records show safeguarding discussed monthly.' } };
export const WordCount: Story = { name: 'No limit: word count', args: { maxlength: 0, value: 'Staff told us the new referral form is quicker.' } };
export const OverTheLimit: Story = { args: { maxlength: 200, value: LONG_TEXT.slice(0, 260) } };
export const Invalid: Story = { args: { required: true, error: 'Enter evidence of impact for standard 3, Safe recruitment: a rating of Fully met needs it' } };
export const Disabled: Story = { args: { value: 'Read-only evidence.', disabled: true } };
export const LongText: Story = { args: { value: LONG_TEXT, prompts: [LONG_TEXT.slice(0, 400), LONG_TEXT.slice(0, 200)] } };
export const Narrow: Story = {
  name: '320 px wide',
  args: { value: 'We audit our training records each quarter.' },
  decorators: [(story) => html`<div class="s11-narrow">${story()}</div>`],
};
