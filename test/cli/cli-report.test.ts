import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { frameworksRoot } from '../helpers/samples.js';

const require = createRequire(import.meta.url);
const bin = join(require.resolve('@s11kit/cli/package.json'), '..', require('@s11kit/cli/package.json').bin.s11);
const generated = (framework: string) => `${frameworksRoot}samples/generated/${framework}`;

function s11(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const lines = (csv: string) => csv.split('\r\n').filter((line) => line !== '');
const readGenerated = (framework: string, file: string) => JSON.parse(readFileSync(join(generated(framework), file), 'utf8'));

/** A folder of returns as a partnership might hand one over: mostly fine, some not. */
function mixedFolder() {
  const dir = mkdtempSync(join(tmpdir(), 's11-report-'));
  for (const file of ['001.json', '002.json', '003.json']) writeFileSync(join(dir, file), readFileSync(join(generated('city-hackney-s11'), file)));
  writeFileSync(join(dir, 'broken.json'), '{"framework": ');
  writeFileSync(join(dir, 'old-version.json'), JSON.stringify({ ...readGenerated('city-hackney-s11', '004.json'), framework: { id: 'city-hackney-s11', version: '2019.1' } }));
  // 002 again, submitted a day later: it replaces 002.json.
  const resent = readGenerated('city-hackney-s11', '002.json');
  resent.submittedAt = resent.updatedAt = new Date(Date.parse(resent.submittedAt) + 86_400_000).toISOString();
  writeFileSync(join(dir, 'resent.json'), JSON.stringify(resent));
  writeFileSync(join(dir, 'notes.txt'), 'not a return');
  mkdirSync(join(dir, 'archive'));
  writeFileSync(join(dir, 'archive', 'ignored.json'), '{}');
  return dir;
}

describe('s11 report', () => {
  it('aggregates the generated samples into two CSV files and a board report', () => {
    const out = join(mkdtempSync(join(tmpdir(), 's11-report-out-')), 'new', 'folder');
    const run = s11('report', '--framework', 'portsmouth-compact', generated('portsmouth-compact'), '--out', out, '--now', '2026-11-01');
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '', 'no progress bar when stderr is not a terminal');
    assert.match(run.stdout, /^Counted 200 returns from 200 agencies\.$/m);
    assert.match(run.stdout, /^Not counted: 0$/m);
    assert.match(run.stdout, /^Replaced by a later return from the same agency: 0$/m);
    assert.deepEqual(readdirSync(out).sort(), ['actions.csv', 'report.html', 'responses.csv']);

    const returns = readdirSync(generated('portsmouth-compact')).map((file) => readGenerated('portsmouth-compact', file));
    const responses = readFileSync(join(out, 'responses.csv'), 'utf8');
    assert.ok(responses.startsWith('\uFEFFAgency,Sector,Partnerships,'), 'a byte order mark for Excel, then the header');
    assert.equal(lines(responses).length, 1 + returns.reduce((n, ret) => n + ret.responses.length, 0));
    const actions = readFileSync(join(out, 'actions.csv'), 'utf8');
    assert.equal(lines(actions).length, 1 + returns.reduce((n, ret) => n + ret.responses.reduce((m: number, r: { actions: unknown[] }) => m + r.actions.length, 0), 0));
    const report = readFileSync(join(out, 'report.html'), 'utf8');
    assert.match(report, /<h1>Safeguarding and Early Help Compact Audit: partnership report<\/h1>/);
    assert.match(report, /Figures at 1 November 2026/);
  });

  it('lists each file it could not count with a reason, keeps the later of two returns, and still writes the report', () => {
    const dir = mixedFolder();
    const out = mkdtempSync(join(tmpdir(), 's11-report-out-'));
    const run = s11('report', '-f', 'city-hackney-s11', dir, '-o', out);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Counted 4 returns from 3 agencies\.$/m);
    assert.match(run.stdout, /^Not counted: 2$/m);
    assert.match(run.stdout, new RegExp(`^  ${join(dir, 'broken.json')}: not valid JSON: .+$`, 'm'));
    assert.match(run.stdout, new RegExp(`^  ${join(dir, 'old-version.json')}: This return was made with version “2019\\.1” of .+$`, 'm'));
    assert.match(run.stdout, /^Replaced by a later return from the same agency: 1$/m);
    assert.match(run.stdout, new RegExp(`^  ${join(dir, '002.json')}: replaced by ${join(dir, 'resent.json')} \\(.+\\)$`, 'm'));
    assert.doesNotMatch(run.stdout, /notes\.txt|ignored\.json/);

    const counted = ['001.json', '003.json'].map((file) => readGenerated('city-hackney-s11', file));
    const resent = readGenerated('city-hackney-s11', '002.json');
    const responses = lines(readFileSync(join(out, 'responses.csv'), 'utf8'));
    assert.equal(responses.length, 1 + [...counted, resent].reduce((n, ret) => n + ret.responses.length, 0), 'the replaced return is not in the CSV');
    const report = readFileSync(join(out, 'report.html'), 'utf8');
    assert.ok(report.includes(`${join(dir, 'broken.json')}</strong>: not valid JSON`));
  });

  it('--previous compares with an earlier cycle', () => {
    const earlier = mkdtempSync(join(tmpdir(), 's11-report-earlier-'));
    for (const file of ['001.json', '002.json', '003.json', '004.json']) {
      const ret = readGenerated('city-hackney-s11', file);
      ret.submittedAt = ret.updatedAt = '2024-05-01T10:00:00Z';
      for (const response of ret.responses) for (const action of response.actions) action.due = '2024-12-31';
      writeFileSync(join(earlier, file), JSON.stringify(ret));
    }
    const out = mkdtempSync(join(tmpdir(), 's11-report-out-'));
    const run = s11('report', '-f', 'city-hackney-s11', mixedFolder(), '--out', out, '--previous', earlier);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Earlier cycle: counted 4 from 4 agencies; not counted: 0$/m);
    const report = readFileSync(join(out, 'report.html'), 'utf8');
    assert.match(report, /<h2 id="comparison">Since the last cycle<\/h2>/);
    assert.match(report, /1 agency returned last cycle but not this one/);
  });

  it('exits 2 with a one-line reason for bad usage or an unreadable input folder', () => {
    const empty = mkdtempSync(join(tmpdir(), 's11-report-empty-'));
    const out = mkdtempSync(join(tmpdir(), 's11-report-out-'));
    const folder = generated('isle-of-wight-vcs');
    const cases: [string[], RegExp][] = [
      [['report', folder, '--out', out], /report needs a framework: --framework/],
      [['report', '-f', 'isle-of-wight-vcs', '--out', out], /report needs returns to read/],
      [['report', '-f', 'isle-of-wight-vcs', folder], /report needs a folder to write to: --out <dir>/],
      [['report', '-f', 'isle-of-wight-vcs', join(empty, 'missing'), '--out', out], /missing: cannot read it: no such file or folder/],
      [['report', '-f', 'isle-of-wight-vcs', empty, '--out', out], /found no \.json files in/],
      [['report', '-f', 'isle-of-wight-vcs', folder, '--out', out, '--previous', join(empty, 'gone')], /gone: cannot read it: no such file or folder/],
      [['report', '-f', 'isle-of-wight-vcs', folder, '--out', out, '--now', 'soon'], /--now must be a real date such as 2026-11-01.*"soon" is not/],
      [['report', '-f', 'isle-of-wight-vcs', folder, '--out', join(folder, '001.json', 'x')], /cannot write to/],
      [['report', '-f', 'isle-of-wight-vcs', folder, '--colour', 'x'], /Unknown option '--colour'/],
    ];
    for (const [args, reason] of cases) {
      const run = s11(...args);
      assert.equal(run.code, 2, `s11 ${args.join(' ')}`);
      assert.match(run.stderr, reason, `s11 ${args.join(' ')}`);
      assert.equal(run.stderr.trim().split('\n').length, 1, 'one line');
    }
  });

  it('is in the help', () => {
    const run = s11('--help');
    assert.match(run.stdout, /s11 report --framework <id\|file\.json> <dir\|return\.json>\.\.\. --out <dir>/);
    assert.equal(s11('report', '--help').code, 0);
  });

  it('--partnership counts only the returns sent to that partnership, in the report and the CSV files', () => {
    const out = mkdtempSync(join(tmpdir(), 's11-report-partnership-'));
    const run = s11('report', '-f', 'portsmouth-compact', '--partnership', 'hampshire', generated('portsmouth-compact'), '--out', out, '--now', '2026-11-01');
    assert.equal(run.code, 0, run.stderr);
    const returns = readdirSync(generated('portsmouth-compact')).map((file) => readGenerated('portsmouth-compact', file));
    const forHampshire = returns.filter((ret) => ret.organisation.partnerships.includes('hampshire'));
    assert.ok(forHampshire.length > 0 && forHampshire.length < returns.length);
    assert.match(run.stdout, new RegExp(`^Counted ${forHampshire.length} returns from ${forHampshire.length} agencies\\.$`, 'm'));
    assert.match(run.stdout, new RegExp(`^For hampshire only: ${returns.length - forHampshire.length} returns were for other partnerships and not counted\\.$`, 'm'));
    const actions = lines(readFileSync(join(out, 'actions.csv'), 'utf8')).slice(1);
    assert.ok(actions.length > 0);
    for (const line of actions) assert.match(line, /Hampshire Safeguarding Children Partnership/);
    assert.equal(lines(readFileSync(join(out, 'responses.csv'), 'utf8')).length, 1 + forHampshire.reduce((n, ret) => n + ret.responses.length, 0));
    assert.match(readFileSync(join(out, 'report.html'), 'utf8'), /<h1>Safeguarding and Early Help Compact Audit: Hampshire Safeguarding Children Partnership report<\/h1>/);

    const wrong = s11('report', '-f', 'portsmouth-compact', '--partnership', 'Hampshire', generated('portsmouth-compact'), '--out', out);
    assert.equal(wrong.code, 2);
    assert.match(
      wrong.stderr,
      /--partnership "Hampshire" is not a partnership of Safeguarding and Early Help Compact Audit: use portsmouth \(Portsmouth Safeguarding Children Partnership\), hampshire/,
    );
  });

  it('writes items.csv for a framework with items within standards', () => {
    const out = mkdtempSync(join(tmpdir(), 's11-report-items-'));
    const run = s11('report', '-f', 'buckinghamshire-s11', generated('buckinghamshire-s11'), '--out', out, '--now', '2026-11-01');
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(readdirSync(out).sort(), ['actions.csv', 'items.csv', 'report.html', 'responses.csv']);
    const items = lines(readFileSync(join(out, 'items.csv'), 'utf8'));
    assert.ok(items[0]!.startsWith('\uFEFFAgency,Sector,Partnerships,Standard number,Standard id,Item id,Item,'));
    assert.equal(items.length, 1 + 200 * 5, 'five board-priority questions a return');
  });
});
