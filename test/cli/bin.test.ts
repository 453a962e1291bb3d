import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';

const require = createRequire(import.meta.url);
const cliRoot = dirname(require.resolve('@s11kit/cli/package.json'));
const repoRoot = join(cliRoot, '..', '..');
const binPath = join(cliRoot, require('@s11kit/cli/package.json').bin.s11);

describe('the s11 bin', () => {
  it('is a file committed in the source tree, executable, so that npm ci links it before any build', () => {
    const tracked = execFileSync('git', ['ls-files', '--stage', '--', relative(repoRoot, binPath)], { cwd: repoRoot, encoding: 'utf8' });
    assert.match(tracked, /^100755 /, `${relative(repoRoot, binPath)} must be committed with its executable bit`);
    assert.ok(statSync(binPath).mode & 0o100);
  });

  it('is what npm linked as node_modules/.bin/s11', () => {
    assert.equal(realpathSync(join(repoRoot, 'node_modules', '.bin', 's11')), realpathSync(binPath));
  });

  it('says to run the build, and exits 2, when the CLI has not been built', () => {
    const fresh = mkdtempSync(join(tmpdir(), 's11-bin-'));
    mkdirSync(join(fresh, 'bin'));
    copyFileSync(binPath, join(fresh, 'bin', 's11.js'));
    const run = spawnSync(process.execPath, [join(fresh, 'bin', 's11.js'), '--help'], { encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^s11: the CLI has not been built yet: run `npm run build`/);
  });

  it('runs the built CLI once it is built', () => {
    const run = spawnSync(process.execPath, [binPath, '--help'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^s11: /);
  });
});

describe('@s11kit/schema without the CLI', () => {
  it('never loads @s11kit/frameworks, which depends on it', () => {
    const schemaRoot = dirname(require.resolve('@s11kit/schema/package.json'));
    const dist = join(schemaRoot, 'dist');
    // Only what the sources build today: a clone built before the CLI moved still has dist/cli/.
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.js') && existsSync(join(schemaRoot, 'src', file.replace(/\.js$/, '.ts'))),
    );
    assert.ok(files.length > 10);
    for (const file of files) assert.doesNotMatch(readFileSync(join(dist, file), 'utf8'), /@s11kit\/frameworks/, file);
    assert.equal(require('@s11kit/schema/package.json').bin, undefined);
  });
});
