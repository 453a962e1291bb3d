import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { countsReporter } from './reporters/wtr-counts.mjs';
import { submitServer } from './servers/submit-server.mjs';

// Debian's Chromium; these flags keep it from phoning home on a machine with no network.
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default {
  rootDir: new URL('..', import.meta.url).pathname,
  files: ['test-out/components/**/*.test.js'],
  nodeResolve: { exportConditions: ['browser'] },
  concurrency: 1,
  // Real endpoints for the submit protocol and server drafts (test/servers/submit-server.mjs).
  middleware: [submitServer()],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs } })],
  // a11ySnapshot lets tests read the accessible name a screen reader gets, through shadow roots.
  plugins: [a11ySnapshotPlugin()],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), countsReporter({ outFile: process.env.S11_WTR_COUNTS })],
};
