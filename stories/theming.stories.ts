import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { S11Audit } from '@s11kit/components';
import { sampleDraft, settled } from './support/frameworks.js';

// A partnership with its own brand: a purple palette, a rounder look and a serif body face, set
// only through the public --s11-* custom properties and ::part() selectors.
const theme = html`<style>
  .brand s11-audit {
    --s11-font-family: Georgia, 'Times New Roman', serif;
    --s11-colour-link: #5b2d8e;
    --s11-colour-link-visited: #3d1d60;
    --s11-colour-focus: #f9c80e;
    --s11-colour-button: #5b2d8e;
    --s11-colour-button-text: #ffffff;
    --s11-colour-border: #8a7ca3;
    --s11-colour-tone-green: #1e6b52;
    --s11-radius: 6px;
  }
  .brand s11-audit::part(task) {
    padding-left: 12px;
    padding-right: 12px;
  }
  .brand s11-audit::part(card-title) {
    color: #3d1d60;
  }
  .brand s11-audit::part(rater-option-label) {
    font-weight: 700;
  }
  .brand s11-audit::part(submit-button) {
    border-radius: 24px;
  }
</style>`;

const meta: Meta = {
  title: 'Theming',
  component: 's11-audit',
  render: () =>
    html`${theme}<div class="brand"><s11-audit framework="buckinghamshire-s11" sector="health" autosave="off" routing="none" .now=${'2026-05-01T10:00:00Z'}></s11-audit></div>`,
};
export default meta;

export const OwnPalette: StoryObj = { name: 'A partnership’s own palette' };

export const OwnPaletteStandardPage: StoryObj = {
  name: 'A partnership’s own palette: a standard page',
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('s11-audit') as S11Audit;
    for (let i = 0; i < 100 && el.value === undefined; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    el.value = await sampleDraft('buckinghamshire-s11', 'valid-health-trust');
    el.page = 'standard/safe-recruitment';
    await settled(el);
  },
};
