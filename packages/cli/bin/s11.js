#!/usr/bin/env node
// npm links this file as `s11` when `npm ci` runs, before anything is built: a bin that pointed
// at dist/ would not exist yet, nothing would be linked, and `npx s11` would ask the registry for
// a stranger's package. So the link is this committed file, and it loads the built CLI.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('s11: the CLI has not been built yet: run `npm run build` at the root of the repository, then try again\n');
  process.exit(2);
}
await import(entry.href);
