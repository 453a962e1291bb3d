import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';

// What the README says about the internal `#structure` import of @s11kit/schema: the `node`
// condition picks zod's compiled parsers, and anything without it the CSP-safe interpreter;
// `browser` plays no part. These run the real resolvers (Node's loader, a bundler) and watch
// which file they pick.

/** The `#structure` file Node loads for `import '@s11kit/schema'`, with extra `--conditions`. */
function nodePicks(conditions: string[]): string[] {
  const hooks = `export async function resolve(specifier, context, next) {
    const resolved = await next(specifier, context);
    if (specifier === '#structure') process.stdout.write(resolved.url + '\\n');
    return resolved;
  }`;
  const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
  const result = spawnSync(
    process.execPath,
    [...conditions.map((condition) => `--conditions=${condition}`), '--import', `data:text/javascript,${encodeURIComponent(register)}`, '--input-type=module', '-e', "await import('@s11kit/schema')"],
    { encoding: 'utf8' },
  );
  assert.equal(result.status, 0, result.stderr);
  return [...new Set(result.stdout.trim().split('\n').map((url) => url.replace(/^.*\/structure\//, '')))];
}

/** The `#structure` file a bundler (rollup with node-resolve) puts in a bundle for these conditions. */
async function bundlerPicks(exportConditions: string[]): Promise<string[]> {
  const bundle = await rollup({
    input: 'entry',
    plugins: [
      { name: 'entry', resolveId: (id) => (id === 'entry' ? id : null), load: (id) => (id === 'entry' ? "export { validateReturn } from '@s11kit/schema';" : null) },
      nodeResolve({ exportConditions }),
    ],
    onwarn: () => {},
  });
  const files = bundle.watchFiles.filter((file) => /\/schema\/dist\/structure\/(compiled|csp-safe)\.js$/.test(file)).map((file) => file.replace(/^.*\/structure\//, ''));
  await bundle.close();
  return files;
}

describe('which structure check each runtime gets', () => {
  it('Node gets the compiled parsers, even with --conditions=browser', () => {
    assert.deepEqual(nodePicks([]), ['compiled.js']);
    assert.deepEqual(nodePicks(['browser']), ['compiled.js']);
  });

  it('a bundler gets the CSP-safe interpreter unless it sets the node condition', async () => {
    assert.deepEqual(await bundlerPicks(['browser']), ['csp-safe.js']);
    assert.deepEqual(await bundlerPicks(['worker']), ['csp-safe.js']);
    assert.deepEqual(await bundlerPicks([]), ['csp-safe.js']);
    assert.deepEqual(await bundlerPicks(['node']), ['compiled.js']);
  });

  it('the README says so, and does not credit the browser condition', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    assert.ok(readme.includes('by the `node` condition of its internal `#structure` import'), 'README: say that the node condition decides');
    assert.ok(!/In browsers \(the `browser` export condition\)/.test(readme), 'README: the browser condition does not pick the CSP-safe path');
  });
});
