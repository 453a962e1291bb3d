import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createReturn } from '@s11kit/schema';
import { loadFramework } from '@s11kit/frameworks';
import { draftKey, type DraftEnvelope, type S11Audit } from '@s11kit/components';
import { sampleDraft, settled } from './support/frameworks.js';

/** Due dates in the sample returns are judged from the day they were written. */
const NOW = '2026-05-01T10:00:00Z';

interface AuditArgs {
  framework: string;
  sector: string;
  storageKey: string;
  autosave: string;
}

const meta: Meta<AuditArgs> = {
  title: 'Audit',
  component: 's11-audit',
  args: { framework: 'portsmouth-compact', sector: 'statutory', storageKey: 'storybook', autosave: 'off' },
  argTypes: {
    framework: { control: 'select', options: ['portsmouth-compact', 'buckinghamshire-s11', 'city-hackney-s11', 'isle-of-wight-vcs'] },
  },
  render: (args) => html`<s11-audit
    framework=${args.framework}
    sector=${args.sector}
    storage-key=${args.storageKey}
    autosave=${args.autosave}
    routing="none"
    .now=${NOW}
  ></s11-audit>`,
  parameters: { layout: 'padded' },
};
export default meta;
type Story = StoryObj<AuditArgs>;

const audit = (canvas: HTMLElement) => canvas.querySelector('s11-audit') as S11Audit;
async function loaded(canvas: HTMLElement): Promise<S11Audit> {
  const el = audit(canvas);
  for (let i = 0; i < 100 && el.value === undefined; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  await settled(el);
  return el;
}

// Every built-in framework, in each sector's wording.
export const PortsmouthStatutory: Story = { name: 'Portsmouth Compact: statutory' };
export const PortsmouthEducation: Story = { name: 'Portsmouth Compact: education', args: { sector: 'education' } };
export const PortsmouthEarlyYears: Story = { name: 'Portsmouth Compact: early years', args: { sector: 'early-years' } };
export const BuckinghamshireStatutory: Story = { name: 'Buckinghamshire: statutory', args: { framework: 'buckinghamshire-s11' } };
export const BuckinghamshireHealth: Story = { name: 'Buckinghamshire: health', args: { framework: 'buckinghamshire-s11', sector: 'health' } };
export const BuckinghamshirePolice: Story = { name: 'Buckinghamshire: police', args: { framework: 'buckinghamshire-s11', sector: 'police' } };
export const BuckinghamshireVoluntary: Story = { name: 'Buckinghamshire: voluntary (no contracting area)', args: { framework: 'buckinghamshire-s11', sector: 'voluntary' } };
export const BuckinghamshireEducation: Story = { name: 'Buckinghamshire: education', args: { framework: 'buckinghamshire-s11', sector: 'education' } };
export const HackneyStatutory: Story = { name: 'City and Hackney: statutory', args: { framework: 'city-hackney-s11' } };
export const HackneyCommissioned: Story = { name: 'City and Hackney: commissioned services', args: { framework: 'city-hackney-s11', sector: 'commissioned' } };
export const HackneyVoluntary: Story = { name: 'City and Hackney: voluntary', args: { framework: 'city-hackney-s11', sector: 'voluntary' } };
export const HackneyEducation: Story = { name: 'City and Hackney: education', args: { framework: 'city-hackney-s11', sector: 'education' } };
export const IsleOfWightVoluntary: Story = { name: 'Isle of Wight checklist: voluntary', args: { framework: 'isle-of-wight-vcs', sector: 'voluntary' } };
export const IsleOfWightFaith: Story = { name: 'Isle of Wight checklist: faith groups', args: { framework: 'isle-of-wight-vcs', sector: 'faith' } };
export const IsleOfWightSports: Story = { name: 'Isle of Wight checklist: sports and leisure', args: { framework: 'isle-of-wight-vcs', sector: 'sports-leisure' } };

export const AStandardPage: Story = {
  name: 'A standard page',
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    el.value = await sampleDraft('portsmouth-compact', 'valid-nhs-trust');
    el.page = 'standard/disabled-children';
    await settled(el);
  },
};

export const OrganisationPage: Story = {
  name: 'About your organisation',
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    el.page = 'organisation';
    await settled(el);
  },
};

export const CheckYourAnswers: Story = {
  name: 'Check your answers',
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    el.value = await sampleDraft('portsmouth-compact', 'valid-school');
    el.page = 'check';
    await settled(el);
  },
};

export const CheckYourAnswersWithItems: Story = {
  name: 'Check your answers: items, a copied answer, not for quotation, identifiers',
  args: { framework: 'isle-of-wight-vcs', sector: 'voluntary' },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    const draft = await sampleDraft('isle-of-wight-vcs', 'valid-youth-club');
    draft.organisation.identifiers = [{ scheme: 'charity', id: '1098765' }];
    draft.responses[0] = { ...draft.responses[0]!, notForQuotation: true, copiedFrom: { framework: { id: 'portsmouth-compact', version: '2025.1' } } };
    el.value = draft;
    el.page = 'check';
    await settled(el);
  },
};

export const AStandardPageWithItems: Story = {
  name: 'A standard page: items and a copied answer',
  args: { framework: 'isle-of-wight-vcs', sector: 'voluntary' },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    const draft = await sampleDraft('isle-of-wight-vcs', 'valid-youth-club');
    draft.responses[0] = { ...draft.responses[0]!, copiedFrom: { framework: { id: 'portsmouth-compact', version: '2025.1' } } };
    el.value = draft;
    el.page = `standard/${draft.responses[0]!.standardId}`;
    await settled(el);
  },
};

export const SubmitWithProblems: Story = {
  name: 'Submit with problems: the error summary',
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    const draft = await sampleDraft('portsmouth-compact', 'valid-nhs-trust');
    draft.responses[5]!.rating = null;
    draft.respondent.email = 'jordan.example.org';
    el.value = draft;
    el.submit();
    await settled(el);
  },
};

export const Submitted: Story = {
  name: 'Submitted',
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    el.value = await sampleDraft('city-hackney-s11', 'valid-youth-justice-service');
    // As a page that sends the return itself would: the audit says "sent" only once a receipt comes.
    el.addEventListener('s11-submit', (event) => event.detail.waitUntil(Promise.resolve({ reference: 'CHSCP-2026-0147', receivedAt: NOW })));
    el.submit();
    await new Promise((resolve) => el.addEventListener('s11-sent', resolve, { once: true }));
    await settled(el);
  },
  args: { framework: 'city-hackney-s11' },
};

export const NotSent: Story = {
  name: 'Not sent: the server did not answer',
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    el.value = await sampleDraft('portsmouth-compact', 'valid-school');
    el.addEventListener('s11-submit', (event) => event.detail.waitUntil(Promise.reject(new Error('503 from the partnership’s server'))));
    el.submit();
    await new Promise((resolve) => el.addEventListener('s11-send-error', resolve, { once: true }));
    await settled(el);
  },
};

export const RestoredDraft: Story = {
  name: 'A restored draft',
  args: { framework: 'isle-of-wight-vcs', sector: 'voluntary', storageKey: 'storybook-restored', autosave: 'on' },
  loaders: [
    async () => {
      const framework = await loadFramework('isle-of-wight-vcs');
      const value = createReturn(framework, { organisation: 'Harbour Sailing Club (example)', sector: 'voluntary', now: NOW });
      value.responses[0]!.rating = 'in-place';
      value.responses[0]!.evidence = 'Our committee reviews safeguarding at every meeting.';
      const envelope: DraftEnvelope = {
        format: 's11kit-draft',
        version: 1,
        revision: 3,
        writer: 'storybook',
        savedAt: '2026-11-20T14:05:00.000Z',
        framework: value.framework,
        value,
        setAside: [],
      };
      localStorage.setItem(draftKey(framework.id, 'storybook-restored'), JSON.stringify(envelope));
      return {};
    },
  ],
};

export const StorageFull: Story = {
  name: 'Storage full: the warning',
  args: { framework: 'isle-of-wight-vcs', sector: 'voluntary', storageKey: 'storybook-full', autosave: 'on' },
  render: (args) => html`<s11-audit framework=${args.framework} sector=${args.sector} storage-key=${args.storageKey} storage="session"></s11-audit>`,
  beforeEach: () => {
    // Fill this tab's session storage so that the draft cannot be saved, then free it afterwards.
    const keys: string[] = [];
    let chunk = 'x'.repeat(1_000_000);
    while (chunk.length > 8) {
      try {
        sessionStorage.setItem(`storybook-filler-${keys.length}`, chunk);
        keys.push(`storybook-filler-${keys.length}`);
      } catch {
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
    return () => keys.forEach((key) => sessionStorage.removeItem(key));
  },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    el.value = { ...el.value!, organisation: { ...el.value!.organisation, name: 'Harbour Sailing Club (example)' } };
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await settled(el);
  },
};

export const FrameworkNotFound: Story = { name: 'Framework load error: unknown id', args: { framework: 'portsmouth-2019' } };

export const FrameworkFileMissing: Story = {
  name: 'Framework load error: file not found',
  tags: ['expect-404', '!autodocs'],
  render: () => html`<s11-audit src="/frameworks/no-such-framework.json" autosave="off"></s11-audit>`,
};

export const OwnFrameworkFile: Story = {
  name: 'A framework from a URL (src)',
  render: () => html`<s11-audit src="/frameworks/city-hackney-s11.json" autosave="off"></s11-audit>`,
};

export const Narrow: Story = {
  name: '320 px wide',
  decorators: [(story) => html`<div class="s11-narrow">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    el.value = await sampleDraft('portsmouth-compact', 'valid-nhs-trust');
    el.page = 'standard/service-development';
    await settled(el);
  },
};
