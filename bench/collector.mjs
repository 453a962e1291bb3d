// The collector under load, on PGlite and on PostgreSQL:
//   - 200 agencies submitting at once to `s11 serve` in its own process, over HTTP, for several
//     rounds: throughput, latency, and every receipt checked against the stored rows afterwards
//     (lost = a submit that did not get a receipt, or a receipt with no stored row);
//   - ingest: request text to stored row, one submit after another, in process (app.inject);
//   - the heatmap's figures for 10,000 stored returns: the digests aggregated in memory, and the
//     whole summary request (query, aggregation, JSON).
//   node bench/collector.mjs [--agencies 200] [--rounds 5] [--out file.json]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadFramework } from '@s11kit/frameworks';
import { generateReturns } from '@s11kit/frameworks/generate';
import { aggregateDigests, buildCollector, digestReturn, migrate, openDatabase } from '@s11kit/server';
import { addAgency, addCampaign, addPartnership, addStaff, agencyLink, hashPassword } from '@s11kit/server/admin';
import { summary } from './lib/stats.mjs';
import { throwawayPostgres } from './lib/postgres.mjs';

const { values: args } = parseArgs({ options: { agencies: { type: 'string', default: '200' }, rounds: { type: 'string', default: '5' }, out: { type: 'string' } } });
const AGENCIES = Number(args.agencies);
const ROUNDS = Number(args.rounds);
const require = createRequire(import.meta.url);
const bin = join(dirname(require.resolve('@s11kit/cli/package.json')), 'bin', 's11.js');
const framework = await loadFramework('portsmouth-compact');
const now = () => new Date();

async function seedCampaign(db, agencies) {
  const admin = { db, now, actor: { cli: 'bench' } };
  await addPartnership(admin, { slug: 'portsmouth', name: 'Portsmouth Safeguarding Children Partnership' });
  const campaign = await addCampaign(admin, { partnership: 'portsmouth', framework, builtIn: true, cycleStart: 2026, cycleYear: 1, deadline: '2099-12-31' });
  const tokens = [];
  for (let i = 0; i < agencies; i++) {
    const { agency } = await addAgency(admin, {
      partnership: 'portsmouth',
      campaign: campaign.id,
      name: `Agency ${i + 1}`,
      sector: framework.sectors[i % framework.sectors.length].id,
    });
    tokens.push({ id: agency.id, token: (await agencyLink(admin, campaign.id, agency.id)).token });
  }
  return { campaign, tokens };
}

function serve(database) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const argv = [bin, 'serve', '--port', '0', '--quiet'];
  if (database.url) env.DATABASE_URL = database.url;
  else argv.push('--data', database.dataDir);
  const child = spawn(process.execPath, argv, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let text = '';
    child.stderr.on('data', (chunk) => {
      text += chunk;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(text);
      if (match) resolve({ child, url: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`s11 serve exited ${code}: ${text}`)));
  });
}
const stopped = (child) => new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGTERM'))));

// The generator submits each return up to six weeks before its `now`, with actions due after
// that day; the server judges due dates at its own today. Six weeks and a day ahead keeps every
// action due today or later.
const AHEAD = 43 * 86_400_000;

/** Valid submitted returns for the server's today, one per agency and round. */
function returnTexts(count, seed) {
  return [...generateReturns(framework, { count, seed, now: new Date(Date.now() + AHEAD) })].map((ret, i) =>
    JSON.stringify({ ...ret, organisation: { ...ret.organisation, name: `Agency ${i + 1}`, sector: framework.sectors[i % framework.sectors.length].id } }),
  );
}

async function concurrent(database, label) {
  const db = await openDatabase(database);
  await migrate(db);
  const { tokens } = await seedCampaign(db, AGENCIES);
  await db.close();
  const server = await serve(database);
  const rounds = [];
  const receipts = [];
  let failed = 0;
  const failures = [];
  try {
    for (let round = 0; round < ROUNDS + 1; round++) {
      const texts = returnTexts(AGENCIES, 100 + round);
      const latencies = [];
      const start = performance.now();
      await Promise.all(
        tokens.map(async ({ token }, i) => {
          const key = `bench-${round}-${i}`;
          const t0 = performance.now();
          try {
            const response = await fetch(`${server.url}/a/${token}/returns`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'idempotency-key': key },
              body: texts[i],
            });
            const body = await response.json();
            latencies.push(performance.now() - t0);
            if (response.status === 201 && round > 0) receipts.push({ key, reference: body.reference });
            else if (response.status !== 201) {
              failed++;
              failures.push(`${response.status} ${JSON.stringify(body).slice(0, 300)}`);
            }
          } catch (error) {
            failed++;
            failures.push(error.message);
          }
        }),
      );
      const wall = performance.now() - start;
      // Round 0 warms up the server (JIT, connections) and is not counted.
      if (round > 0) rounds.push({ wall, latencies });
    }
  } finally {
    await stopped(server.child);
  }
  const check = await openDatabase(database);
  const { rows } = await check.query('select idempotency_key, reference from return_versions');
  await check.close();
  const stored = new Map(rows.map((row) => [row.idempotency_key, row.reference]));
  const lost = receipts.filter((r) => stored.get(r.key) !== r.reference).length + failed;
  const all = rounds.flatMap((r) => r.latencies);
  const result = {
    label,
    agencies: AGENCIES,
    rounds: ROUNDS,
    throughput: summary(rounds.map((r) => (AGENCIES / r.wall) * 1000)),
    p50: summary(rounds.map((r) => quantile(r.latencies, 0.5))),
    p99: summary(rounds.map((r) => quantile(r.latencies, 0.99))),
    overallP50: quantile(all, 0.5),
    overallP99: quantile(all, 0.99),
    receipts: receipts.length,
    failed,
    lost,
  };
  for (const failure of failures.slice(0, 5)) console.log(`  failed: ${failure}`);
  console.log(
    `${label}: ${result.throughput.median.toFixed(0)} submits/s, p50 ${result.p50.median.toFixed(0)} ms, p99 ${result.p99.median.toFixed(0)} ms, ${receipts.length} receipts, lost ${lost}`,
  );
  return result;
}

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Request text to stored row, one after another, in process: what one core ingests. */
async function ingest(database, label, count = 400) {
  const db = await openDatabase(database);
  await migrate(db);
  const { tokens } = await seedCampaign(db, 20);
  const app = await buildCollector({ db });
  await app.ready();
  const texts = returnTexts(count, 7);
  const submitAll = async (prefix) => {
    const start = performance.now();
    for (let i = 0; i < texts.length; i++) {
      const response = await app.inject({
        method: 'POST',
        url: `/a/${tokens[i % tokens.length].token}/returns`,
        headers: { 'content-type': 'application/json', 'idempotency-key': `${prefix}-${i}` },
        payload: texts[i],
      });
      if (response.statusCode !== 201) throw new Error(`ingest: ${response.statusCode} ${response.body}`);
    }
    return (count / (performance.now() - start)) * 1000;
  };
  await submitAll('warm');
  const rates = [];
  for (let round = 0; round < 3; round++) rates.push(await submitAll(`r${round}`));
  await app.close();
  await db.close();
  const result = { label, count, perSecond: summary(rates), bytes: Math.round(texts.reduce((n, t) => n + t.length, 0) / count) };
  console.log(`${label}: ingest ${result.perSecond.median.toFixed(0)} returns/s`);
  return result;
}

/** The heatmap's figures over 10,000 stored returns: aggregation alone, and the whole request. */
async function figures(database, label, count = 10_000) {
  const db = await openDatabase(database);
  await migrate(db);
  const admin = { db, now, actor: { cli: 'bench' } };
  const partnership = await addPartnership(admin, { slug: 'portsmouth', name: 'Portsmouth' });
  const campaign = await addCampaign(admin, { partnership: 'portsmouth', framework, builtIn: true, cycleStart: 2026, cycleYear: 1, deadline: '2099-12-31' });
  const digests = [...generateReturns(framework, { count, seed: 10, now: '2026-05-01T12:00:00Z' })].map((ret, i) =>
    JSON.stringify(digestReturn(framework, ret, { key: `bench-${i}`, name: ret.organisation.name, partnerships: ['portsmouth'] })),
  );
  for (let from = 0; from < count; from += 1000) {
    const batch = digests.slice(from, from + 1000);
    const ids = batch.map((_, i) => `bench-${from + i}`);
    await db.query(`insert into agencies (id, partnership_id, name, sector, created_at) select id, $2, id, 'statutory', now() from unnest($1::text[]) as id`, [
      ids,
      partnership.id,
    ]);
    await db.query(`insert into agency_partnerships (agency_id, partnership_id) select id, $2 from unnest($1::text[]) as id`, [ids, partnership.id]);
    await db.query(`insert into campaign_agencies (campaign_id, agency_id, added_at) select $2, id, now() from unnest($1::text[]) as id`, [ids, campaign.id]);
    await db.query(
      `insert into return_versions (id, campaign_id, agency_id, number, reference, received_at, idempotency_key, body_hash, body, digest, late)
       select 'v-' || d.id, $3, d.id, 1, 'REF-' || d.id, now(), 'k', 'h', '{}'::json, d.digest::json, false from unnest($1::text[], $2::text[]) as d(id, digest)`,
      [ids, batch, campaign.id],
    );
  }
  await addStaff(admin, { partnership: 'portsmouth', email: 'bench@example.org', name: 'Bench', role: 'analyst' });
  await db.query('update staff set password_hash = $1', [await hashPassword('bench password here', { N: 1024 })]);
  const app = await buildCollector({ db, limits: { signInPerMinute: 1000 } });
  await app.ready();
  const form = await app.inject('/sign-in');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)[1];
  const cookie = (response) =>
    []
      .concat(response.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0])
      .join('; ');
  const signIn = await app.inject({
    method: 'POST',
    url: '/sign-in',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie(form) },
    payload: new URLSearchParams({ email: 'bench@example.org', password: 'bench password here', _csrf: csrf }).toString(),
  });
  const session = cookie(signIn);
  const parsed = digests.map((text) => JSON.parse(text));
  const aggregateMs = [];
  const requestMs = [];
  let counted = 0;
  for (let round = 0; round < 8; round++) {
    let t0 = performance.now();
    const result = aggregateDigests(framework, parsed, { now: '2026-06-01' });
    const aggregate = performance.now() - t0;
    t0 = performance.now();
    const response = await app.inject({ url: `/staff/campaigns/${campaign.id}/summary.json`, headers: { cookie: session } });
    const request = performance.now() - t0;
    if (response.statusCode !== 200) throw new Error(`summary: ${response.statusCode}`);
    counted = response.json().result.counted;
    if (round > 0) {
      aggregateMs.push(aggregate);
      requestMs.push(request);
    }
    if (result.counted !== count) throw new Error(`aggregated ${result.counted}`);
  }
  await app.close();
  await db.close();
  const out = { label, count, counted, digestBytes: Math.round(digests.reduce((n, t) => n + t.length, 0) / count), aggregate: summary(aggregateMs), request: summary(requestMs) };
  console.log(`${label}: ${count} digests aggregate in ${out.aggregate.median.toFixed(1)} ms; the summary request ${out.request.median.toFixed(0)} ms`);
  return out;
}

async function onDatabase(label, database, dispose) {
  try {
    return { label, concurrent: await concurrent(await database(), label), ingest: await ingest(await database(), label), figures: await figures(await database(), label) };
  } finally {
    await dispose();
  }
}

const results = [];
const pgliteDirs = [];
results.push(
  await onDatabase(
    'PGlite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 's11-bench-'));
      pgliteDirs.push(dir);
      return { dataDir: dir };
    },
    async () => pgliteDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })),
  ),
);
const cluster = throwawayPostgres();
if (cluster) {
  const made = [];
  results.push(
    await onDatabase(
      'PostgreSQL',
      async () => {
        const name = `s11_bench_${process.pid}_${made.length}`;
        const client = new pg.Client({ connectionString: cluster.url });
        await client.connect();
        await client.query(`create database ${name}`);
        await client.end();
        made.push(name);
        const url = new URL(cluster.url);
        url.pathname = `/${name}`;
        return { url: url.toString() };
      },
      async () => {
        const client = new pg.Client({ connectionString: cluster.url });
        await client.connect();
        for (const name of made) await client.query(`drop database if exists ${name} with (force)`);
        await client.end();
        cluster.stop();
      },
    ),
  );
}
const out = { postgres: cluster?.how ?? 'not run: no DATABASE_URL and no PostgreSQL binaries', results };
if (args.out) await writeFile(args.out, JSON.stringify(out, null, 2));
