import assert from 'node:assert/strict';
import { request } from 'node:http';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { collector, returnsFor, seed, signIn, testDatabases, type Seeded } from '../helpers/collector.js';

/** A log stream that keeps every line. */
function captureLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

for (const kind of testDatabases()) {
  describe(`limits and hygiene on ${kind.name}`, () => {
    let handle: Awaited<ReturnType<typeof kind.open>>;
    let seeded: Seeded;

    before(async () => {
      handle = await kind.open();
      seeded = await seed(handle.db, 3);
    });
    after(async () => handle.dispose());

    it('logs method, redacted path and status, and never a token, evidence or a body', async () => {
      const log = captureLog();
      const app = await collector(handle.db, { logger: { level: 'info', stream: log.stream } });
      try {
        const agency = seeded.agencies[0]!;
        const ret = returnsFor(seeded.framework, [agency])[0]!;
        const evidence = ret.responses[0]!.evidence;
        await app.inject(`/a/${agency.token}`);
        await app.inject({
          method: 'PUT',
          url: `/a/${agency.token}/draft`,
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify({ revision: 0, value: { ...ret, status: 'draft', submittedAt: null } }),
        });
        await app.inject({
          method: 'POST',
          url: `/a/${agency.token}/returns`,
          headers: { 'content-type': 'application/json', 'idempotency-key': 'log-1' },
          payload: JSON.stringify(ret),
        });
        await app.inject({
          method: 'POST',
          url: `/a/${agency.token}/returns`,
          headers: { 'content-type': 'application/json', 'idempotency-key': 'log-2' },
          payload: `{"evidence": "${evidence}`,
        });
        await app.inject(`/set-password/${'Q'.repeat(43)}?email=someone@example.org`);
        await app.inject(`/s/${'S'.repeat(43)}/draft`);
        const text = log.lines.join('\n');
        assert.ok(log.lines.length >= 8, text);
        assert.match(text, /"url":"\/a\/:token\/returns"/);
        assert.match(text, /"statusCode":201/);
        assert.ok(!text.includes(agency.token), 'no link token');
        assert.ok(!text.includes('Q'.repeat(43)), 'no set-password token');
        assert.ok(!text.includes('S'.repeat(43)), 'no signer token');
        assert.match(text, /"url":"\/s\/:token\/draft"/);
        assert.ok(!text.includes(evidence.slice(0, 40)), 'no evidence');
        assert.ok(!text.includes('someone@example.org'), 'no query string');
        assert.ok(!text.includes(ret.respondent.email), 'no respondent');
      } finally {
        await app.close();
      }
    });

    it('rate-limits each link on its own, and sign-in by address, with 429 and a message', async () => {
      const app = await collector(handle.db, { limits: { linkPerMinute: 3, signInPerMinute: 2 } });
      try {
        const [a, b] = seeded.agencies;
        const statuses = [];
        for (let i = 0; i < 4; i++) statuses.push((await app.inject(`/a/${a!.token}/draft`)).statusCode);
        assert.deepEqual(
          statuses.slice(0, 3).every((s) => s !== 429),
          true,
        );
        const limited = await app.inject(`/a/${a!.token}/draft`);
        assert.equal(limited.statusCode, 429);
        assert.match(limited.json().message, /^Too many requests: wait/);
        assert.notEqual((await app.inject(`/a/${b!.token}/draft`)).statusCode, 429, 'another link is not held up');
        const signIns = [];
        for (let i = 0; i < 3; i++)
          signIns.push(
            (await app.inject({ method: 'POST', url: '/sign-in', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'email=x%40y.z&password=p' }))
              .statusCode,
          );
        assert.equal(signIns[2], 429);
      } finally {
        await app.close();
      }
    });

    it('answers the health check, and an OpenAPI document of the agency endpoints', async () => {
      const app = await collector(handle.db);
      try {
        const health = await app.inject('/health');
        assert.equal(health.statusCode, 200);
        assert.equal(health.json().status, 'ok');
        const openapi = (await app.inject('/openapi.json')).json();
        assert.match(openapi.openapi, /^3\./);
        for (const path of ['/a/{token}/returns', '/a/{token}/draft', '/health']) assert.ok(openapi.paths[path], path);
        assert.ok(openapi.paths['/a/{token}/draft'].put);
      } finally {
        await app.close();
      }
    });

    it('finishes a submit that is in flight when the server closes, then stops taking requests', async () => {
      const app = await collector(handle.db);
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as { port: number };
      const agency = seeded.agencies[1]!;
      const body = JSON.stringify(returnsFor(seeded.framework, [agency], 33)[0]);
      const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: `/a/${agency.token}/returns`,
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'idempotency-key': 'in-flight' },
          },
          (res) => {
            let text = '';
            res.on('data', (chunk) => (text += chunk));
            res.on('end', () => resolve({ status: res.statusCode!, body: text }));
          },
        );
        req.on('error', reject);
        // Half the body now, the rest once the close has begun: the request is certainly in flight.
        req.write(body.slice(0, body.length / 2));
        setTimeout(() => {
          closed = app.close();
          setTimeout(() => req.end(body.slice(body.length / 2)), 100);
        }, 100);
      });
      let closed: Promise<void> | undefined;
      const response = await answer;
      await closed;
      assert.equal(response.status, 201, response.body);
      const { rows } = await handle.db.query<{ reference: string }>('select reference from return_versions where idempotency_key = $1', ['in-flight']);
      assert.deepEqual(
        rows.map((row) => row.reference),
        [JSON.parse(response.body).reference],
      );
      await assert.rejects(fetch(`http://127.0.0.1:${port}/health`));
    });

    it('reports the database as unavailable with 503', async () => {
      const other = await kind.open();
      const app = await collector(other.db);
      try {
        await other.db.close();
        const health = await app.inject('/health');
        assert.equal(health.statusCode, 503);
      } finally {
        await app.close();
        await other.dispose();
      }
    });

    it('sends security headers on staff pages too, and keeps returns out of caches', async () => {
      const app = await collector(handle.db, { limits: { signInPerMinute: 100 } });
      try {
        const staff = await signIn(app, seeded.staff.analyst);
        const page = await staff.get(`/staff/campaigns/${seeded.campaignId}`);
        assert.match(String(page.headers['content-security-policy']), /trusted-types lit-html/);
        assert.equal(page.headers['x-content-type-options'], 'nosniff');
        assert.equal(page.headers['cache-control'], 'no-store');
        assert.equal((await app.inject(`/a/${seeded.agencies[0]!.token}/draft`)).headers['cache-control'], 'no-store');
      } finally {
        await app.close();
      }
    });
  });
}
