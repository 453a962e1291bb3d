import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';

// What the README says about how @s11kit/schema checks structure: the same generated code for every
// runtime, whatever its export conditions, and no zod in a bundle that only validates. These run a
// real bundler (rollup with node-resolve) under each set of conditions and look at what it took in.

/** The files a bundler puts in a bundle of `validateReturn` for these conditions. */
async function bundled(exportConditions: string[]): Promise<string[]> {
  const bundle = await rollup({
    input: 'entry',
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === 'entry' ? id : null),
        load: (id) => (id === 'entry' ? "export { validateReturn, parseFramework } from '@s11kit/schema';" : null),
      },
      nodeResolve({ exportConditions }),
    ],
    onwarn: () => {},
  });
  // What ends up in the output, after tree-shaking: not every file rollup looked at.
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output.flatMap((chunk) => (chunk.type === 'chunk' ? Object.keys(chunk.modules) : []));
}

describe('which structure check each runtime gets', () => {
  for (const conditions of [['browser'], ['worker'], [], ['node']]) {
    it(`a bundle for [${conditions.join(', ')}] checks with the generated code and carries no zod`, async () => {
      const files = await bundled(conditions);
      assert.ok(
        files.some((file) => file.endsWith('/schema/dist/structure/checkers.generated.js')),
        'the generated checker is not in the bundle',
      );
      assert.deepEqual(
        files.filter((file) => file.includes('/node_modules/zod/')),
        [],
      );
    });
  }

  it('the README says so', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
    assert.ok(readme.includes('check the structure with the same code, whatever their export conditions'), 'README: say that every runtime runs the same check');
    assert.ok(!readme.includes('#structure'), 'README: the #structure import is gone');
  });
});
