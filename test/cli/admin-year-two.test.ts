import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const require = createRequire(import.meta.url);
const bin = join(require.resolve('@s11kit/cli/package.json'), '..', require('@s11kit/cli/package.json').bin.s11);

function s11(args: string[]) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('s11 admin year-two', () => {
  it('opens the next year of a cycle and prints a new link for every agency, once; refuses a second year 2, a bad deadline and a one-year cycle', () => {
    const data = ['--data', join(mkdtempSync(join(tmpdir(), 's11-year-two-')), 'data')];
    assert.equal(s11(['admin', 'partnership', 'create', '--slug', 'portsmouth', '--name', 'Portsmouth SCP', ...data]).code, 0);
    const campaign = s11([
      'admin',
      'campaign',
      'create',
      '--partnership',
      'portsmouth',
      '--framework',
      'portsmouth-compact',
      '--cycle',
      '2026',
      '--deadline',
      '2026-06-30',
      ...data,
    ]);
    const campaignId = /^campaign ([0-9a-f-]{36})/.exec(campaign.stdout)![1]!;
    for (const name of ['Solent NHS Trust', 'Hill Primary School'])
      assert.equal(s11(['admin', 'agency', 'add', '--partnership', 'portsmouth', '--campaign', campaignId, '--name', name, '--sector', 'statutory', ...data]).code, 0);

    const early = s11(['admin', 'year-two', '--campaign', campaignId, '--deadline', '2026-06-01', ...data]);
    assert.equal(early.code, 2);
    assert.match(early.stderr, /--deadline "2026-06-01": year 2 must end after year 1, whose deadline is 30 June 2026/);
    const opened = s11(['admin', 'year-two', '--campaign', campaignId, '--deadline', '2027-06-30', '--origin', 'https://s11.example.org', ...data]);
    assert.equal(opened.code, 0, opened.stderr);
    assert.match(opened.stdout, /^campaign [0-9a-f-]{36}: Safeguarding and Early Help Compact Audit 2026, year 2 \(year 2 of 2026\)\n/);
    const links = opened.stdout.trim().split('\n').slice(1);
    assert.equal(links.length, 2);
    for (const line of links) assert.match(line, /^[0-9a-f-]{36}\t(Solent NHS Trust|Hill Primary School)\tfull return\thttps:\/\/s11\.example\.org\/a\/[A-Za-z0-9_-]{43}$/);
    assert.match(opened.stderr, /2 links: send each to its agency; they are not shown again/);
    const again = s11(['admin', 'year-two', '--campaign', campaignId, '--deadline', '2027-06-30', ...data]);
    assert.equal(again.code, 2);
    assert.match(again.stderr, /year 2 of .* is already open/);
    assert.match(s11(['admin', 'year-two', '--deadline', '2027-06-30', ...data]).stderr, /year-two needs --campaign/);

    const iow = s11(['admin', 'campaign', 'create', '--partnership', 'portsmouth', '--framework', 'isle-of-wight-vcs', '--cycle', '2026', '--deadline', '2026-06-30', ...data]);
    const iowId = /^campaign ([0-9a-f-]{36})/.exec(iow.stdout)![1]!;
    const oneYear = s11(['admin', 'year-two', '--campaign', iowId, '--deadline', '2027-06-30', ...data]);
    assert.equal(oneYear.code, 2);
    assert.match(oneYear.stderr, /1-year cycle .*: there is no next year to open/);
  });
});
