import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';

/**
 * The size budget of what a CMS page loads for s11kit: the CDN bundle plus the largest framework
 * chunk, each gzipped at level 9 on its own (KB = 1,024 bytes). Bytes are deterministic, so this
 * is a test; timings never are (see BENCHMARKS.md, `npm run bench`).
 *
 * Introduced at 47 KB; lowered to 46.5 KB when the partnership elements' words left the audit
 * bundle (46.0 KB then: 36.8 KB bundle + 9.1 KB portsmouth-compact chunk, by Node's zlib), which
 * leaves about 0.5 KB of headroom. The target is 30 KB and is not met yet: this budget's job is to stop growth.
 * Lower it whenever the bundle shrinks; raise it only in a commit that says why the bytes are
 * worth it.
 *
 * Raised to 56 KB (55.1 KB measured) by the agency-side work: a return counts as sent only with a
 * receipt (submit-url, waitUntil, form receipts, idempotency), the confirmation page, drafts on a
 * server with revisions, pages with addresses and titles, the GOV.UK date input, saved copies to
 * download and load. All of it ran in the first load; the performance work that follows (loading
 * the card tree, check answers, the confirmation page and the server-draft code after first paint,
 * per-sector framework chunks) takes the first load to the 30 KB target and this budget with it.
 *
 * Raised to 62 KB (61.6 KB measured) by the domain model of issue 12: items within standards (the
 * card's item raters, the roll-up, their rules), the evidence each built-in scale asks for, fields a
 * return may leave out (defaults in the descriptors), issues that name the standard and the ids
 * allowed, createReturn's option checks, the staff survey and statement rules that validateReturn
 * runs in the browser too, copied evidence and the choice not to be quoted: about 5.4 KB on the
 * bundle and 0.3 KB on the Portsmouth chunk (its new sectors and early years prompts). Most of it
 * is the card and validation the lazy loading above will take out of the first load.
 */
const BUDGET_BYTES = 62 * 1024;

const cdn = new URL('../../packages/components/cdn/', import.meta.url);
const gzipped = (file: URL) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('bundle size budget', () => {
  it(`the CDN bundle plus the largest framework chunk stay within ${kb(BUDGET_BYTES)} (gzip -9)`, (t) => {
    const chunks = readdirSync(new URL('chunks/', cdn)).filter((name) => name.endsWith('.js'));
    assert.ok(chunks.length > 0, 'no framework chunks in packages/components/cdn/chunks: run npm run build');
    const bundle = gzipped(new URL('s11kit.js', cdn));
    const [largest] = chunks.map((name) => ({ name, bytes: gzipped(new URL(`chunks/${name}`, cdn)) })).sort((a, b) => b.bytes - a.bytes);
    const total = bundle + largest!.bytes;
    t.diagnostic(`s11kit.js ${kb(bundle)} + ${largest!.name} ${kb(largest!.bytes)} = ${kb(total)} of ${kb(BUDGET_BYTES)} (${total} bytes)`);
    assert.ok(
      total <= BUDGET_BYTES,
      `${kb(total)} is over the ${kb(BUDGET_BYTES)} budget by ${total - BUDGET_BYTES} bytes: make it smaller, or raise BUDGET_BYTES in test/schema/bundle-budget.test.ts with a reason`,
    );
  });
});

describe('what each CDN bundle leaves out', () => {
  const sources = (bundle: string): string[] => JSON.parse(readFileSync(new URL(`${bundle}.map`, cdn), 'utf8')).sources;

  it('neither bundle carries zod: the browser checks structure with the CSP-safe descriptors', () => {
    for (const bundle of ['s11kit.js', 's11kit-partnership.js']) {
      const zod = sources(bundle).filter((source) => source.includes('node_modules/zod/'));
      assert.deepEqual(zod, [], `${bundle} bundles zod: find the import that reaches src/models/ and give it a zod-free module`);
    }
  });

  it('the audit bundle carries neither the aggregation code nor the partnership elements’ words', () => {
    const audit = sources('s11kit.js');
    assert.deepEqual(audit.filter((source) => /\/aggregate\/|partnership-strings|\/summary\/|\/action-tracker\//.test(source)), []);
    assert.ok(!readFileSync(new URL('s11kit.js', cdn), 'utf8').includes('Action plan progress'), 'a tracker heading is in the audit bundle');
  });
});

