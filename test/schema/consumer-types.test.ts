import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';

const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const project = (name: string) => new URL(`../../test/types/${name}/`, import.meta.url).pathname;

/**
 * Type-level tests: tiny consumer projects in test/types, compiled by tsc against the built
 * packages (through their package.json `exports`, as an app would), never emitted. A type error
 * there, or an `@ts-expect-error` that no longer finds its error, fails the test.
 */
describe('types a consumer gets', () => {
  it('an app that imports only registration files gets every event typed, with its detail', () => {
    const result = spawnSync(process.execPath, [tsc, '-p', project('registration-only'), '--pretty', 'false'], { encoding: 'utf8' });
    assert.equal(result.status, 0, `tsc found problems in test/types/registration-only:\n${result.stdout}${result.stderr}`);
  });
});
