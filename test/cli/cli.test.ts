import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadFramework } from '@s11kit/frameworks';
import { validateReturn } from '@s11kit/schema';
import { frameworksRoot } from '../helpers/samples.js';

const require = createRequire(import.meta.url);
const bin = join(require.resolve('@s11kit/cli/package.json'), '..', require('@s11kit/cli/package.json').bin.s11);
const sample = (framework: string, name: string) => `${frameworksRoot}samples/${framework}/${name}.json`;

function s11(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('s11 validate', () => {
  it('exits 0 when every return is valid', () => {
    const run = s11('validate', '--framework', 'portsmouth-compact', sample('portsmouth-compact', 'valid-nhs-trust'), sample('portsmouth-compact', 'valid-school'));
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /valid-nhs-trust.json: valid/);
    assert.match(run.stderr, /^2 valid, 0 invalid$/m);
  });

  it('exits 1 and prints each problem as file: path: message', () => {
    const file = sample('portsmouth-compact', 'invalid-action-empty-lead');
    const run = s11('validate', '--framework', 'portsmouth-compact', sample('portsmouth-compact', 'valid-school'), file);
    assert.equal(run.code, 1);
    assert.match(
      run.stdout,
      new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: responses\\[\\d+\\]\\.actions\\[\\d+\\]\\.lead: Enter the lead for action \\d+ of standard 7, .+$`, 'm'),
    );
    assert.match(run.stderr, /1 valid, 1 invalid/);
  });

  it('accepts a framework file instead of a built-in id', () => {
    const run = s11('validate', '--framework', `${frameworksRoot}data/city-hackney-s11.json`, sample('city-hackney-s11', 'valid-faith-centre'));
    assert.equal(run.code, 0, run.stderr);
  });

  it('--json prints one machine-readable report with the same verdicts as the SDK', async () => {
    const files = [sample('city-hackney-s11', 'valid-faith-centre'), sample('city-hackney-s11', 'invalid-action-due-in-past')];
    const run = s11('validate', '--json', '-f', 'city-hackney-s11', ...files);
    assert.equal(run.code, 1);
    const report = JSON.parse(run.stdout);
    assert.deepEqual([report.valid, report.invalid], [1, 1]);
    const framework = await loadFramework('city-hackney-s11');
    const expected = validateReturn(framework, JSON.parse(readFileSync(files[1]!, 'utf8')));
    assert.deepEqual(report.files[1].issues, JSON.parse(JSON.stringify(expected.issues)));
  });

  it('--mode and --now change what is checked', () => {
    const file = sample('portsmouth-compact', 'invalid-missing-rating');
    assert.equal(s11('validate', '-f', 'portsmouth-compact', '--mode', 'draft', file).code, 0);
    const valid = sample('portsmouth-compact', 'valid-school');
    assert.equal(s11('validate', '-f', 'portsmouth-compact', '--now', '2030-01-01', valid).code, 1);
  });

  it('exits 2 with a one-line reason for bad usage or an unreadable file', () => {
    const dir = mkdtempSync(join(tmpdir(), 's11-cli-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"framework": ');
    const cases: [string[], RegExp][] = [
      [[], /Usage:/],
      [['frobnicate'], /unknown command "frobnicate"/],
      [['validate', sample('portsmouth-compact', 'valid-school')], /validate needs a framework: --framework/],
      [['validate', '-f', 'portsmouth-compact'], /needs at least one return file/],
      [['validate', '-f', 'no-such-framework', broken], /unknown framework "no-such-framework": use one of/],
      [['validate', '-f', 'portsmouth-compact', join(dir, 'missing.json')], /missing.json: cannot read the file: no such file/],
      [['validate', '-f', 'portsmouth-compact', broken], /broken.json: not valid JSON/],
      [['validate', '-f', 'portsmouth-compact', dir], /cannot read the file: it is a folder/],
      [['validate', '-f', sample('portsmouth-compact', 'valid-school'), broken], /not a valid framework: .* is missing/],
      [['validate', '-f', 'portsmouth-compact', '--mode', 'final', broken], /--mode must be "draft" or "submit"/],
      [['validate', '-f', 'portsmouth-compact', '--now', 'someday', broken], /--now must be a real date such as 2026-11-01.*"someday" is not/],
      [['validate', '--colour', 'x'], /Unknown option '--colour'/],
      [['schema'], /schema needs a folder/],
    ];
    for (const [args, reason] of cases) {
      const run = s11(...args);
      assert.equal(run.code, 2, `s11 ${args.join(' ')}`);
      const output = args.length ? run.stderr : run.stdout;
      assert.match(output, reason, `s11 ${args.join(' ')}`);
      if (args.length) assert.equal(run.stderr.trim().split('\n').length, 1, 'one line');
    }
  });
});

describe('s11 schema and s11 new', () => {
  it('schema --out writes the same JSON Schema files the package ships', () => {
    const dir = mkdtempSync(join(tmpdir(), 's11-schema-'));
    const run = s11('schema', '--out', dir);
    assert.equal(run.code, 0, run.stderr);
    for (const name of ['framework.schema.json', 'audit-return.schema.json', 'mapping.schema.json', 'return-event.schema.json']) {
      const written = readFileSync(join(dir, name), 'utf8');
      const shipped = readFileSync(require.resolve(`@s11kit/schema/json-schema/${name}`), 'utf8');
      assert.equal(written, shipped);
    }
  });

  it('new prints an empty draft that validates as a draft', async () => {
    const run = s11('new', '--framework', 'buckinghamshire-s11', '--sector', 'voluntary', '--organisation', 'Example Group');
    assert.equal(run.code, 0, run.stderr);
    const draft = JSON.parse(run.stdout);
    assert.equal(draft.status, 'draft');
    assert.equal(draft.responses.length, 8);
    assert.equal(validateReturn(await loadFramework('buckinghamshire-s11'), draft).ok, true);
    assert.equal(s11('new', '-f', 'buckinghamshire-s11', '--sector', 'police-force').code, 2);
  });

  it('--help exits 0', () => {
    assert.equal(s11('--help').code, 0);
    assert.equal(s11('validate', '--help').code, 0);
  });
});

describe('s11 translate', () => {
  it('prints the draft on stdout and each standard that needs an answer on stderr; exit 0', async () => {
    const run = s11('translate', '--mapping', 'portsmouth-compact--buckinghamshire-s11', sample('portsmouth-compact', 'valid-nhs-trust'));
    assert.equal(run.code, 0, run.stderr);
    const draft = JSON.parse(run.stdout);
    assert.deepEqual([draft.framework.id, draft.status], ['buckinghamshire-s11', 'draft']);
    assert.equal(validateReturn(await loadFramework('buckinghamshire-s11'), draft, { mode: 'draft' }).ok, true);
    const lines = run.stderr.trim().split('\n');
    assert.ok(lines.includes('standard 8, Learning from reviews: no matching standard in Safeguarding and Early Help Compact Audit; answer it yourself'), run.stderr);
    assert.equal(lines.filter((l) => /^standard \d+, .*: (its matching|no matching|in )/.test(l)).length, 4);
    assert.match(lines[lines.length - 1]!, /^translated to Section 11 self-assessment toolkit \(version 2026\.2\): 4 standards need an answer$/);
  });

  it('says which answers have no place in the target and which sector to choose', () => {
    const run = s11('translate', '-m', 'buckinghamshire-s11--portsmouth-compact', sample('buckinghamshire-s11', 'valid-health-trust'));
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /^sector: Health is not a sector of Safeguarding and Early Help Compact Audit; choose your organisation’s sector yourself$/m);
    assert.match(
      run.stderr,
      /^standard 8, Learning from reviews of Section 11 self-assessment toolkit: no standard of Safeguarding and Early Help Compact Audit takes this answer, so it is not in the draft; copy what you need from .*valid-health-trust\.json$/m,
    );
  });

  it('accepts a mapping file, and framework files with --from and --to', () => {
    const mappingFile = `${frameworksRoot}mappings/city-hackney-s11--portsmouth-compact.json`;
    const run = s11('translate', '--mapping', mappingFile, '--from', `${frameworksRoot}data/city-hackney-s11.json`, sample('city-hackney-s11', 'valid-faith-centre'));
    assert.equal(run.code, 0, run.stderr);
    assert.equal(JSON.parse(run.stdout).framework.id, 'portsmouth-compact');
  });

  it('exits 1, with nothing on stdout, when the return is not valid for the source framework', () => {
    const file = sample('portsmouth-compact', 'invalid-missing-rating');
    const run = s11('translate', '--mapping', 'portsmouth-compact--city-hackney-s11', file);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /invalid-missing-rating\.json: responses\[4\]\.rating: Select a rating for standard 5, /);
    assert.match(run.stderr, /not a valid return for Safeguarding and Early Help Compact Audit, so it was not translated/);
    const wrong = s11('translate', '--mapping', 'city-hackney-s11--portsmouth-compact', sample('portsmouth-compact', 'valid-school'));
    assert.equal(wrong.code, 1);
  });

  it('exits 2 with a one-line reason for bad usage or an unreadable file', () => {
    const dir = mkdtempSync(join(tmpdir(), 's11-translate-'));
    const notMapping = join(dir, 'mapping.json');
    writeFileSync(notMapping, JSON.stringify({ id: 'x', from: { id: 'portsmouth-compact' } }));
    const valid = sample('portsmouth-compact', 'valid-school');
    const cases: [string[], RegExp][] = [
      [['translate', valid], /translate needs a mapping: --mapping/],
      [['translate', '--mapping', 'portsmouth-compact--buckinghamshire-s11'], /translate needs exactly one return file/],
      [
        ['translate', '--mapping', 'portsmouth-compact--buckinghamshire-s11', valid, valid],
        /exactly one return file: s11 translate --mapping <from--to\|file\.json> <return\.json>, not 2$/m,
      ],
      [
        ['translate', '--mapping', 'isle-of-wight-vcs--portsmouth-compact', valid],
        /unknown mapping "isle-of-wight-vcs--portsmouth-compact": use one of .*portsmouth-compact--buckinghamshire-s11/,
      ],
      [['translate', '--mapping', notMapping, valid], /not a valid mapping: to: The target framework of the mapping is missing/],
      [['translate', '--mapping', join(dir, 'missing.json'), valid], /missing.json: cannot read the file: no such file/],
      [['translate', '--mapping', 'portsmouth-compact--buckinghamshire-s11', join(dir, 'missing.json')], /missing.json: cannot read the file/],
      [
        ['translate', '--mapping', 'portsmouth-compact--buckinghamshire-s11', '--from', 'city-hackney-s11', valid],
        /the mapping does not fit these frameworks: This mapping reads returns of “portsmouth-compact”, not “city-hackney-s11”/,
      ],
    ];
    for (const [args, reason] of cases) {
      const run = s11(...args);
      assert.equal(run.code, 2, `s11 ${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, reason, `s11 ${args.join(' ')}`);
      assert.equal(run.stderr.trim().split('\n').length, 1, 'one line');
    }
  });
});

describe('s11 in a pipeline', () => {
  it('stops quietly when the reader closes the pipe early (| head)', () => {
    const files = Array.from({ length: 40 }, () => sample('portsmouth-compact', 'invalid-action-empty-lead'));
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" validate -f portsmouth-compact ${files.map((f) => `"${f}"`).join(' ')} | head -n 1`], {
      encoding: 'utf8',
    });
    assert.equal(result.status, 0);
    assert.doesNotMatch(result.stderr, /EPIPE|Unhandled/);
    assert.equal(result.stdout.trim().split('\n').length, 1);
  });
});
