import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

// Written by hand: `storybook init` needs the network. Stories import the built packages
// (`npm run build` first; `npm start` does it), so Storybook shows exactly what ships.
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // The guides are GitHub-flavoured Markdown (tables above all), which MDX does not read on its
    // own: without remark-gfm a table shows as lines of pipes.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [{ from: '../packages/frameworks/data', to: '/frameworks' }],
  docs: { defaultName: 'Documentation' },
};

export default config;
