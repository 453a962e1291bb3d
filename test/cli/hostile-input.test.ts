import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { frameworksRoot } from '../helpers/samples.js';

const require = createRequire(import.meta.url);
const bin = join(require.resolve('@s11kit/cli/package.json'), '..', require('@s11kit/cli/package.json').bin.s11);
const valid = `${frameworksRoot}samples/portsmouth-compact/valid-school.json`;

function s11(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, all: result.stdout + result.stderr };
}
const folder = () => mkdtempSync(join(tmpdir(), 's11-hostile-'));
/** Any raw control character a terminal would act on (tabs and new lines are fine). */
// eslint-disable-next-line no-control-regex -- matching control characters is what this is for
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('the CLI and hostile input', () => {
  it('refuses a return that is not UTF-8 instead of counting replacement characters as answers', () => {
    const dir = folder();
    const file = join(dir, 'latin1.json');
    const text = readFileSync(valid, 'utf8').replace('Kestrel Lane', 'Kestrel Lané');
    writeFileSync(file, Buffer.from(text, 'latin1'));
    const run = s11('validate', '--framework', 'portsmouth-compact', file);
    assert.equal(run.code, 2, run.all);
    assert.match(run.stderr, /latin1\.json: it is not UTF-8 text \(the first byte that is not is at offset \d+\): save it as UTF-8/);
  });

  it('says a binary file is binary, and echoes none of its bytes', () => {
    const dir = folder();
    const file = join(dir, 'photo.json');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x1b, 0x5b, 0x32, 0x4a]));
    const run = s11('validate', '--framework', 'portsmouth-compact', file);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /photo\.json: it is a binary file, not text/);
    assert.doesNotMatch(run.all, RAW_CONTROL);
  });

  it('shows control characters in file names and JSON errors as escapes: no forged lines, no escape sequences', () => {
    const dir = folder();
    const file = join(dir, 'evil\u001b[2J\rvalid.json: valid\u202e.json');
    writeFileSync(file, '{"oops": \u001b[31m}');
    const run = s11('validate', '--framework', 'portsmouth-compact', file);
    assert.equal(run.code, 2);
    assert.doesNotMatch(run.all, RAW_CONTROL);
    assert.match(run.stderr, /evil\\x1b\[2J\\rvalid\.json: valid\\u202e\.json: not valid JSON/);
  });

  for (const now of ['2026-02-30', '2026-13-01', 'yesterday', '2026-02-28T25:00:00Z']) {
    it(`refuses --now ${now}, a day or time that does not exist`, () => {
      const run = s11('validate', '--framework', 'portsmouth-compact', '--now', now, valid);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /--now must be a real date such as 2026-11-01/);
      const report = s11('report', '--framework', 'portsmouth-compact', valid, '--out', folder(), '--now', now);
      assert.equal(report.code, 2);
    });
  }

  it('takes --now as a date or a date and time', () => {
    assert.equal(s11('validate', '--framework', 'portsmouth-compact', '--now', '2026-05-01', valid).code, 0);
    assert.equal(s11('validate', '--framework', 'portsmouth-compact', '--now', '2026-05-01T09:00:00Z', valid).code, 0);
  });

  it('report never writes through a symbolic link already inside --out', () => {
    const out = folder();
    const elsewhere = join(folder(), 'precious.html');
    writeFileSync(elsewhere, 'do not overwrite');
    symlinkSync(elsewhere, join(out, 'report.html'));
    const run = s11('report', '--framework', 'portsmouth-compact', valid, '--out', out, '--now', '2026-05-01');
    assert.equal(run.code, 2, run.all);
    assert.match(run.stderr, /report\.html is a symbolic link: nothing is written through it/);
    assert.equal(readFileSync(elsewhere, 'utf8'), 'do not overwrite');
  });

  it('report never writes a CSV through a symbolic link either', () => {
    const out = folder();
    const target = join(folder(), 'stolen.csv');
    symlinkSync(target, join(out, 'responses.csv'));
    mkdirSync(join(out, 'sub'));
    const run = s11('report', '--framework', 'portsmouth-compact', valid, '--out', out, '--now', '2026-05-01');
    assert.equal(run.code, 2, run.all);
    assert.equal(existsSync(target), false);
  });
});
