import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { generateReturns } from '@s11kit/frameworks/generate';
import type { S11SummaryFilters, S11SummaryRows, S11SummarySort } from '@s11kit/components';
import { frameworkOf, sampleReturn, withFramework } from './support/frameworks.js';

/** The generated returns were collected up to 1 May 2026. */
const NOW = '2026-05-01T12:00:00Z';
const NO_FILTERS: S11SummaryFilters = { sector: '', partnership: '', belowExpected: false, search: '' };

interface SummaryArgs {
  rows: S11SummaryRows;
  caption: string;
  filters: S11SummaryFilters;
  sort: S11SummarySort | undefined;
  standardId: string;
}

/** The framework and 200 made-up returns of the Portsmouth Compact, the same every time (seed 11). */
const withReturns = async () => {
  const { framework } = await withFramework('portsmouth-compact')();
  return { framework, returns: [...generateReturns(framework, { count: 200 })] };
};

const meta: Meta<SummaryArgs> = {
  title: 'Partnership/Summary heatmap',
  component: 's11-summary',
  loaders: [withReturns],
  args: { rows: 'agencies', caption: '', filters: NO_FILTERS, sort: undefined, standardId: '' },
  argTypes: { rows: { control: 'inline-radio', options: ['agencies', 'sectors', 'partnerships'] } },
  render: (args, { loaded }) => html`<s11-summary
    rows=${args.rows}
    caption=${args.caption}
    .framework=${frameworkOf(loaded)}
    .returns=${loaded.returns as unknown[]}
    .filters=${args.filters}
    .sort=${args.sort}
    standard-id=${args.standardId}
    .now=${NOW}
  ></s11-summary>`,
};
export default meta;
type Story = StoryObj<SummaryArgs>;

export const Agencies: Story = { name: 'Agencies × standards (200 returns)' };
export const Sectors: Story = { name: 'Sectors × standards', args: { rows: 'sectors' } };
export const Partnerships: Story = { name: 'Partnerships × standards', args: { rows: 'partnerships' } };
export const Filtered: Story = {
  name: 'Filtered: early years below expected in Hampshire',
  args: { filters: { sector: 'early-years', partnership: 'hampshire', belowExpected: true, search: '' } },
};
export const Searched: Story = { name: 'Filtered: a name search', args: { filters: { ...NO_FILTERS, search: 'nursery' } } };
export const Sorted: Story = {
  name: 'Sorted by safe recruitment, worst first',
  args: { sort: { column: 'standard', standardId: 'safe-recruitment', direction: 'ascending' } },
};
export const SortedByConcerns: Story = {
  name: 'Sectors sorted by ratings below expected',
  args: { rows: 'sectors', sort: { column: 'below-expected', direction: 'descending' } },
};
export const Narrow: Story = {
  name: '320 px wide',
  decorators: [(story) => html`<div class="s11-narrow">${story()}</div>`],
};
export const Empty: Story = {
  name: 'No returns yet',
  loaders: [async () => ({ ...(await withFramework('portsmouth-compact')()), returns: [] })],
};
export const WithRejected: Story = {
  name: 'Some returns not counted',
  loaders: [
    async () => {
      const { framework, returns } = await withReturns();
      const draft = { ...returns[0]!, status: 'draft', submittedAt: null, organisation: { ...returns[0]!.organisation, name: 'Unfinished Nursery (example)' } };
      const invalid = await Promise.all(
        ['invalid-missing-rating', 'invalid-action-empty-lead', 'invalid-rating-is-number'].map((name) => sampleReturn('portsmouth-compact', name)),
      );
      return { framework, returns: [...returns.slice(1, 40), draft, ...invalid, 'not a return'] };
    },
  ],
};
export const Items: Story = {
  name: 'Agencies × the board-priority questions of one area (Buckinghamshire, 60 returns)',
  loaders: [
    async () => {
      const { framework } = await withFramework('buckinghamshire-s11')();
      return { framework, returns: [...generateReturns(framework, { count: 60 })] };
    },
  ],
  args: { standardId: 'effective-practice' },
};
export const ItemsBySector: Story = {
  name: 'Sectors × the board-priority questions of one area (Buckinghamshire)',
  loaders: Items.loaders,
  args: { standardId: 'effective-practice', rows: 'sectors' },
};
