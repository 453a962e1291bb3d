import type { StorybookConfig } from '@storybook/web-components-vite';

// Written by hand: `storybook init` needs the network. Stories import the built packages
// (`npm run build` first; `npm start` does it), so Storybook shows exactly what ships.
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [{ from: '../packages/frameworks/data', to: '/frameworks' }],
  docs: { defaultName: 'Documentation' },
};

export default config;
