import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const require = createRequire(import.meta.url);
const bin = join(require.resolve('@s11kit/cli/package.json'), '..', require('@s11kit/cli/package.json').bin.s11);

function s11(args: string[], env: NodeJS.ProcessEnv = {}) {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...base, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `s11 serve` until it has said `ready` (by default, where it listens); stopped by the caller. */
function serve(args: string[], ready = /listening on .*\n/) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--quiet', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const listening = new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (match && ready.test(stderr)) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, listening, exited, stderr: () => stderr };
}

describe('s11 admin', () => {
  it('sets up a campaign, its agencies, links and staff, exports it, and backs it up and restores it', () => {
    const dir = mkdtempSync(join(tmpdir(), 's11-admin-'));
    const data = ['--data', join(dir, 'data')];
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
    assert.equal(campaign.code, 0, campaign.stderr);
    const campaignId = /^campaign ([0-9a-f-]{36}): Safeguarding and Early Help Compact Audit 2026 \(portsmouth-compact /.exec(campaign.stdout)![1]!;
    const added = s11([
      'admin',
      'agency',
      'add',
      '--partnership',
      'portsmouth',
      '--campaign',
      campaignId,
      '--name',
      'Solent NHS Trust',
      '--sector',
      'statutory',
      '--id',
      'ods:r1c',
      ...data,
    ]);
    assert.equal(added.code, 0, added.stderr);
    const agencyId = /^agency ([0-9a-f-]{36}): Solent NHS Trust$/m.exec(added.stdout)![1]!;
    const csv = join(dir, 'agencies.csv');
    writeFileSync(csv, '\uFEFFname,sector,identifier\r\n"Hill Primary School, Cosham",education,urn:116242\r\nSolent again,statutory,ODS:R1C\r\nBad One,statutory,ods:!!\r\n');
    const imported = s11(['admin', 'agency', 'import', '--partnership', 'portsmouth', '--campaign', campaignId, '--csv', csv, ...data]);
    assert.equal(imported.code, 1, 'a line was not added');
    assert.match(imported.stdout, /Hill Primary School, Cosham/);
    assert.match(imported.stdout, /Solent NHS Trust \(already known by its identifier\)/);
    assert.match(imported.stderr, /agencies\.csv: line 4: identifier "ods:!!": a ods identifier is an NHS ODS code/);
    assert.match(imported.stderr, /2 added, 1 not added/);
    const listed = s11(['admin', 'agency', 'list', '--campaign', campaignId, ...data]);
    assert.equal(listed.stdout.trim().split('\n').length, 2);
    assert.match(listed.stdout, /ods:R1C\tno link/);
    const link = s11(['admin', 'link', '--campaign', campaignId, '--agency', agencyId, '--origin', 'https://s11.example.org/', ...data]);
    assert.equal(link.code, 0, link.stderr);
    assert.match(link.stdout, /^https:\/\/s11\.example\.org\/a\/[A-Za-z0-9_-]{43}\n$/);
    assert.match(s11(['admin', 'revoke', '--campaign', campaignId, '--agency', agencyId, ...data]).stdout, /no longer works/);
    const staff = s11(['admin', 'staff', 'add', '--partnership', 'portsmouth', '--email', 'a@example.org', '--name', 'A Person', '--role', 'analyst', ...data]);
    assert.match(staff.stdout, /^http:\/\/127\.0\.0\.1:8080\/set-password\/[A-Za-z0-9_-]{43}\n$/);
    const exported = s11(['admin', 'export', '--campaign', campaignId, '--partnership', 'portsmouth', '--out', join(dir, 'export'), ...data]);
    assert.equal(exported.code, 0, exported.stderr);
    for (const file of ['responses.csv', 'actions.csv', 'report.html', 'returns']) assert.ok(existsSync(join(dir, 'export', file)), file);
    const backup = join(dir, 'backup.ndjson');
    assert.equal(s11(['admin', 'backup', '--out', backup, ...data]).code, 0);
    assert.match(s11(['admin', 'backup', '--out', backup, ...data]).stderr, /already exists/);
    const restored = s11(['admin', 'restore', '--from', backup, '--data', join(dir, 'restored')]);
    assert.equal(restored.code, 0, restored.stderr);
    assert.match(restored.stdout, /2 agencies/);
    assert.match(s11(['admin', 'restore', '--from', backup, '--data', join(dir, 'restored')]).stderr, /already holds data/);
  });

  it('keeps agencies’ contact emails (add, import, contact), closes a campaign, and purges only with a dry run’s plan', () => {
    const dir = mkdtempSync(join(tmpdir(), 's11-admin-cycle-'));
    const data = ['--data', join(dir, 'data')];
    assert.equal(s11(['admin', 'partnership', 'create', '--slug', 'portsmouth', '--name', 'Portsmouth SCP', ...data]).code, 0);
    const badYears = s11([
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
      '--retention-years',
      '0',
      ...data,
    ]);
    assert.equal(badYears.code, 2);
    assert.match(badYears.stderr, /--retention-years "0": use a whole number of years from 1 to 100/);
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
      '--retention-years',
      '3',
      ...data,
    ]);
    const campaignId = /^campaign ([0-9a-f-]{36})/.exec(campaign.stdout)![1]!;
    const added = s11([
      'admin',
      'agency',
      'add',
      '--partnership',
      'portsmouth',
      '--campaign',
      campaignId,
      '--name',
      'Solent NHS Trust',
      '--sector',
      'statutory',
      '--email',
      'Safeguarding@Solent.example',
      ...data,
    ]);
    assert.equal(added.code, 0, added.stderr);
    const agencyId = /^agency ([0-9a-f-]{36})/.exec(added.stdout)![1]!;
    const badEmail = s11([
      'admin',
      'agency',
      'add',
      '--partnership',
      'portsmouth',
      '--campaign',
      campaignId,
      '--name',
      'X',
      '--sector',
      'statutory',
      '--email',
      'a@b.example, c@d.example',
      ...data,
    ]);
    assert.equal(badEmail.code, 2);
    assert.match(badEmail.stderr, /--email "a@b\.example, c@d\.example": enter one email address/);
    const csv = join(dir, 'agencies.csv');
    writeFileSync(csv, 'name,sector,email\r\nHill Primary School,education,office@hill.example\r\nBad Address,education,not an address\r\n');
    const imported = s11(['admin', 'agency', 'import', '--partnership', 'portsmouth', '--campaign', campaignId, '--csv', csv, ...data]);
    assert.equal(imported.code, 1);
    assert.match(imported.stderr, /line 3: --email "not an address": enter one email address/);
    assert.match(s11(['admin', 'agency', 'contact', '--agency', agencyId, '--email', 'dsl@solent.example', ...data]).stdout, /reminders for the agency go to dsl@solent\.example/);
    assert.equal(s11(['admin', 'agency', 'contact', '--agency', agencyId, ...data]).code, 2, 'needs --email or --clear');
    assert.match(s11(['admin', 'agency', 'contact', '--agency', agencyId, '--clear', ...data]).stdout, /no contact email now/);
    const closed = s11(['admin', 'campaign', 'close', '--campaign', campaignId, ...data]);
    assert.equal(closed.code, 0, closed.stderr);
    assert.match(closed.stdout, new RegExp(`deletes its data after ${new Date().getUTCFullYear() + 3}-`));
    assert.match(s11(['admin', 'campaign', 'close', '--campaign', campaignId, ...data]).stderr, /is closed already/);
    const dry = s11(['admin', 'purge', '--dry-run', ...data]);
    assert.equal(dry.code, 0);
    assert.match(dry.stdout, /nothing is due for purging/);
    assert.match(s11(['admin', 'purge', ...data]).stderr, /run s11 admin purge --dry-run first/);
    assert.match(s11(['admin', 'purge', '--confirm', 'abc', ...data]).stderr, /nothing was deleted/);
  });

  it('exits 2 with a one-line reason for bad usage', () => {
    const data = ['--data', join(mkdtempSync(join(tmpdir(), 's11-admin-bad-')), 'data')];
    const cases: [string[], RegExp][] = [
      [['admin', 'frobnicate', ...data], /unknown admin command "frobnicate"/],
      [['admin', 'partnership', 'create', '--name', 'X', ...data], /partnership create needs --slug/],
      [['admin', 'partnership', 'create', '--slug', 'Not A Slug', '--name', 'X', ...data], /--slug "Not A Slug": use lower-case letters/],
      [
        ['admin', 'campaign', 'create', '--partnership', 'nowhere', '--framework', 'portsmouth-compact', '--cycle', '2026', '--deadline', '2026-06-30', ...data],
        /there is no partnership "nowhere"/,
      ],
      [['admin', 'campaign', 'create', '--partnership', 'x', '--framework', 'no-such', '--cycle', '2026', '--deadline', '2026-06-30', ...data], /unknown framework "no-such"/],
      [['admin', 'agency', 'add', '--bogus', ...data], /Unknown option '--bogus'/],
    ];
    for (const [args, reason] of cases) {
      const run = s11(args);
      assert.equal(run.code, 2, `s11 ${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, reason, args.join(' '));
      assert.equal(run.stderr.trim().split('\n').length, 1);
    }
    const both = s11(['admin', 'campaign', 'list', ...data], { DATABASE_URL: 'postgres://x@127.0.0.1:1/x' });
    assert.equal(both.code, 2);
    assert.match(both.stderr, /either --data <folder> \(PGlite\) or DATABASE_URL \(PostgreSQL\), not both/);
    assert.equal(s11(['admin', '--help']).code, 0);
  });
});

describe('s11 serve', () => {
  it('serves until SIGTERM, then exits 0; a second process on the same data folder is refused', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 's11-serve-')), 'data');
    const server = serve(['--data', dir]);
    const url = await server.listening;
    assert.equal((await fetch(`${url}/health`)).status, 200);
    const second = s11(['admin', 'campaign', 'list', '--data', dir]);
    assert.equal(second.code, 2);
    assert.match(second.stderr, /is in use by another process \(pid \d+\)/);
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0);
    assert.match(server.stderr(), /SIGTERM: finishing requests in flight, then stopping/);
    assert.equal(s11(['admin', 'campaign', 'list', '--data', dir]).code, 0, 'the folder is free again');
  });

  it('--demo seeds a campaign and prints an agency link and a staff sign-in that work', async () => {
    const before = readdirSync(tmpdir()).filter((name) => name.startsWith('s11-demo-')).length;
    const server = serve(['--demo'], /Stop with Ctrl\+C/);
    const url = await server.listening;
    try {
      const link = new RegExp(`An agency's link \\(.+\\): (${url}/a/[A-Za-z0-9_-]{43})`).exec(server.stderr())![1]!;
      const page = await fetch(link);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<s11-audit framework="portsmouth-compact"/);
      const [, email, password] = /email (\S+)\s+password (\S+)/.exec(server.stderr())!;
      const form = await fetch(`${url}/sign-in`);
      const cookies = form.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
      const signedIn = await fetch(`${url}/sign-in`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies },
        body: new URLSearchParams({ email: email!, password: password!, _csrf: csrf }),
      });
      assert.equal(signedIn.status, 303);
      const session = signedIn.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const campaigns = await (await fetch(`${url}/staff`, { headers: { cookie: session } })).text();
      const campaignPath = /href="(\/staff\/campaigns\/[0-9a-f-]{36})"/.exec(campaigns)![1]!;
      const progress = await (await fetch(`${url}${campaignPath}`, { headers: { cookie: session } })).text();
      assert.match(progress, /<dt>Returned<\/dt><dd>36<\/dd>/);
    } finally {
      server.child.kill('SIGINT');
      assert.equal(await server.exited, 0);
    }
    assert.equal(readdirSync(tmpdir()).filter((name) => name.startsWith('s11-demo-')).length, before, 'the demo folder is removed');
  });
});
