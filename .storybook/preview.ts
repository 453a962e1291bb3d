import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../packages/components/custom-elements.json';
import '@s11kit/components/define.js';
import './preview.css';

// Docs tables (attributes, properties, events, slots, parts, custom properties) come from the
// manifest generated from the elements' JSDoc at build time. Storybook keys every row by name,
// so a part called "hint" would hide the attribute "hint": parts are shown as ::part(hint).
type Manifest = { modules: { declarations?: { cssParts?: { name: string }[] }[] }[] };
const forDocs = structuredClone(manifest) as Manifest;
for (const module of forDocs.modules) {
  for (const declaration of module.declarations ?? []) {
    for (const part of declaration.cssParts ?? []) part.name = `::part(${part.name})`;
  }
}
setCustomElementsManifest(forDocs);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: {
      // Violations fail the story's test (and the sweep in `npm test`), not just show in the panel.
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
    },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Guides',
          ['Embedding in a CMS', 'Writing a framework', 'Validating on a server', 'Theming', 'Accessibility', 'Drafts and privacy'],
          'Audit',
          'Partnership',
          'Elements',
          'Theming',
        ],
      },
    },
  },
};

export default preview;
