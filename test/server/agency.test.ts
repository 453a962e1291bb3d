import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { revokeAgencyLink } from '@s11kit/server/admin';
import { adminContext, asDraft, collector, returnsFor, seed, testDatabases, type Seeded } from '../helpers/collector.js';

for (const kind of testDatabases()) {
  describe(`agency links, drafts and submits on ${kind.name}`, () => {
    let handle: Awaited<ReturnType<typeof kind.open>>;
    let app: FastifyInstance;
    let seeded: Seeded;

    before(async () => {
      handle = await kind.open();
      seeded = await seed(handle.db);
      app = await collector(handle.db);
    });
    after(async () => {
      await app.close();
      await handle.dispose();
    });

    const submit = (token: string, key: string | undefined, body: unknown) =>
      app.inject({
        method: 'POST',
        url: `/a/${token}/returns`,
        headers: { 'content-type': 'application/json', ...(key === undefined ? {} : { 'idempotency-key': key }) },
        payload: typeof body === 'string' ? body : JSON.stringify(body),
      });
    const putDraft = (token: string, body: unknown) =>
      app.inject({ method: 'PUT', url: `/a/${token}/draft`, headers: { 'content-type': 'application/json' }, payload: JSON.stringify(body) });
    const storedVersions = async (agencyId: string) =>
      (await handle.db.query<{ n: number }>('select count(*)::int as n from return_versions where agency_id = $1', [agencyId])).rows[0]!.n;

    it('serves the audit page for a link, under the strict CSP, with the bundle from the collector', async () => {
      const agency = seeded.agencies[0]!;
      const response = await app.inject(`/a/${agency.token}`);
      assert.equal(response.statusCode, 200);
      const csp = String(response.headers['content-security-policy']);
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "require-trusted-types-for 'script'",
        'trusted-types lit-html',
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ])
        assert.ok(csp.includes(directive), `${directive} in ${csp}`);
      assert.match(
        response.body,
        new RegExp(
          `<s11-audit framework="portsmouth-compact"\\s+submit-url="/a/${agency.token}/returns" draft-url="/a/${agency.token}/draft"\\s+storage-key="${seeded.campaignId}-${agency.id}" sector="${agency.sector}">`,
        ),
      );
      assert.match(response.body, /<script type="module" src="\/assets\/cdn\/s11kit.js"><\/script>/);
      assert.doesNotMatch(response.body, /receipt=/);
      const bundle = await app.inject('/assets/cdn/s11kit.js');
      assert.equal(bundle.statusCode, 200);
      assert.match(String(bundle.headers['content-type']), /javascript/);
    });

    it('answers 404 with no data for an unknown, malformed or revoked link', async () => {
      const revoked = seeded.agencies[2]!;
      await revokeAgencyLink(adminContext(handle.db), seeded.campaignId, revoked.id);
      for (const token of ['x'.repeat(43), 'short', revoked.token]) {
        for (const [method, url] of [
          ['GET', `/a/${token}`],
          ['GET', `/a/${token}/draft`],
          ['GET', `/a/${token}/framework.json`],
        ] as const) {
          const response = await app.inject({ method, url });
          assert.equal(response.statusCode, 404, `${method} ${url}`);
          assert.doesNotMatch(response.body, /Agency \d|portsmouth-compact/);
        }
        assert.equal((await putDraft(token, { revision: 0, value: {} })).statusCode, 404);
        assert.equal((await submit(token, 'k1', returnsFor(seeded.framework, [revoked])[0])).statusCode, 404);
      }
      assert.equal(await storedVersions(revoked.id), 0);
    });

    it('keeps a server draft with revisions, and refuses a stale save with 409 and the server copy', async () => {
      const agency = seeded.agencies[1]!;
      const draft = asDraft(returnsFor(seeded.framework, [agency])[0]!);
      assert.equal((await app.inject(`/a/${agency.token}/draft`)).statusCode, 204, 'nothing saved yet');
      const first = await putDraft(agency.token, { revision: 0, value: draft });
      assert.equal(first.statusCode, 200, first.body);
      assert.equal(first.json().revision, 1);
      const second = await putDraft(agency.token, { revision: 1, value: { ...draft, respondent: { ...draft.respondent, name: 'Second computer' } } });
      assert.equal(second.json().revision, 2);
      // The first computer, still on revision 1, saves: refused, nothing overwritten.
      const stale = await putDraft(agency.token, { revision: 1, value: { ...draft, respondent: { ...draft.respondent, name: 'Stale copy' } } });
      assert.equal(stale.statusCode, 409);
      assert.equal(stale.json().revision, 2);
      assert.equal(stale.json().value.respondent.name, 'Second computer');
      // A computer that never saw a revision cannot overwrite either.
      assert.equal((await putDraft(agency.token, { revision: 0, value: draft })).statusCode, 409);
      const got = await app.inject(`/a/${agency.token}/draft`);
      assert.equal(got.statusCode, 200);
      assert.deepEqual([got.json().revision, got.json().value.respondent.name], [2, 'Second computer']);
      assert.match(got.json().savedAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    });

    it('refuses a draft that is not structurally valid with 422 and the SDK issues, and a bad revision with 400', async () => {
      const agency = seeded.agencies[1]!;
      const bad = await putDraft(agency.token, { revision: 2, value: { framework: { id: 'portsmouth-compact' } } });
      assert.equal(bad.statusCode, 422);
      assert.ok(bad.json().issues.length > 0);
      assert.ok(
        bad
          .json()
          .issues.every(
            (issue: { path: unknown; code: unknown; message: unknown; severity: unknown }) =>
              Array.isArray(issue.path) && typeof issue.code === 'string' && typeof issue.message === 'string' && issue.severity,
          ),
      );
      for (const revision of [-1, 1.5, '2', undefined]) assert.equal((await putDraft(agency.token, { revision, value: {} })).statusCode, 400);
      assert.equal((await app.inject(`/a/${agency.token}/draft`)).json().revision, 2);
    });

    it('stores a submit as a version with a receipt (201), and a replay of the same key and body gives the same receipt (200)', async () => {
      const agency = seeded.agencies[0]!;
      const ret = returnsFor(seeded.framework, [agency])[0]!;
      const first = await submit(agency.token, 'key-one', ret);
      assert.equal(first.statusCode, 201, first.body);
      const receipt = first.json();
      assert.match(receipt.reference, /^S11-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      assert.equal(receipt.receivedAt, '2026-05-01T12:00:00.000Z');
      const again = await submit(agency.token, 'key-one', JSON.parse(JSON.stringify(ret)));
      assert.equal(again.statusCode, 200);
      assert.deepEqual(again.json(), receipt);
      assert.equal(await storedVersions(agency.id), 1);
      const page = await app.inject(`/a/${agency.token}`);
      assert.match(page.body, new RegExp(`receipt="${receipt.reference}" received-at="${receipt.receivedAt}"`));
    });

    it('answers 409 when the key was used for a different body, and makes a new version for a new key', async () => {
      const agency = seeded.agencies[0]!;
      const ret = returnsFor(seeded.framework, [agency])[0]!;
      const changed = { ...ret, respondent: { ...ret.respondent, role: 'Designated safeguarding lead' } };
      const conflict = await submit(agency.token, 'key-one', changed);
      assert.equal(conflict.statusCode, 409);
      assert.match(conflict.json().message, /already used/);
      const resubmit = await submit(agency.token, 'key-two', changed);
      assert.equal(resubmit.statusCode, 201);
      assert.equal(await storedVersions(agency.id), 2);
      const numbers = await handle.db.query<{ number: number }>('select number from return_versions where agency_id = $1 order by number', [agency.id]);
      assert.deepEqual(
        numbers.rows.map((row) => row.number),
        [1, 2],
      );
    });

    it('refuses an invalid return with 422 and the SDK issues, and stores nothing', async () => {
      const agency = seeded.agencies[1]!;
      const ret = returnsFor(seeded.framework, [agency])[0]!;
      const unrated = { ...ret, responses: ret.responses.map((r, i) => (i === 0 ? { ...r, rating: null } : r)) };
      const response = await submit(agency.token, 'bad-1', unrated);
      assert.equal(response.statusCode, 422);
      const issue = response.json().issues[0];
      assert.deepEqual(issue.path, ['responses', 0, 'rating']);
      assert.match(issue.message, /^Select a rating for standard 1/);
      const asDraftStatus = await submit(agency.token, 'bad-2', asDraft(ret));
      assert.equal(asDraftStatus.statusCode, 422);
      assert.ok(asDraftStatus.json().issues.some((i: { path: string[] }) => i.path[0] === 'status' || i.path[0] === 'submittedAt'));
      assert.equal(await storedVersions(agency.id), 0);
    });

    it('answers 400 for a missing or malformed key or body, and 413 for a body over the limit', async () => {
      const agency = seeded.agencies[1]!;
      const ret = returnsFor(seeded.framework, [agency])[0]!;
      for (const key of [undefined, '', 'has space', 'x'.repeat(201), 'naïve']) assert.equal((await submit(agency.token, key, ret)).statusCode, 400, `key ${JSON.stringify(key)}`);
      const broken = await submit(agency.token, 'k-broken', '{"framework": ');
      assert.equal(broken.statusCode, 400);
      assert.deepEqual(Object.keys(broken.json()), ['message']);
      const huge = await submit(agency.token, 'k-huge', { ...ret, cover: { notes: 'x'.repeat(3 * 1024 * 1024) } });
      assert.equal(huge.statusCode, 413);
      assert.equal(await storedVersions(agency.id), 0);
    });

    it('scopes keys to the agency: the same key from another agency is its own submit', async () => {
      const [a, b] = [seeded.agencies[0]!, seeded.agencies[1]!];
      const [ra, rb] = returnsFor(seeded.framework, [a, b], 9);
      const before = await storedVersions(b.id);
      assert.equal((await submit(a.token, 'shared-key', ra)).statusCode, 201);
      assert.equal((await submit(b.token, 'shared-key', rb)).statusCode, 201);
      assert.equal(await storedVersions(b.id), before + 1);
    });

    it('serves the campaign framework for a link, for audits of frameworks that are not built in', async () => {
      const response = await app.inject(`/a/${seeded.agencies[0]!.token}/framework.json`);
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().id, 'portsmouth-compact');
    });

    it('marks a return received after the deadline as late, and keeps it', async () => {
      const lateNow = new Date('2026-07-01T09:00:00Z');
      const late = await collector(handle.db, { now: () => lateNow });
      try {
        const agency = seeded.agencies[1]!;
        const ret = returnsFor(seeded.framework, [agency], 21, lateNow)[0]!;
        const response = await late.inject({
          method: 'POST',
          url: `/a/${agency.token}/returns`,
          headers: { 'idempotency-key': 'late-1', 'content-type': 'application/json' },
          payload: JSON.stringify(ret),
        });
        assert.equal(response.statusCode, 201, response.body);
        const { rows } = await handle.db.query<{ late: boolean }>('select late from return_versions where idempotency_key = $1', ['late-1']);
        assert.equal(rows[0]!.late, true);
      } finally {
        await late.close();
      }
    });
  });
}
