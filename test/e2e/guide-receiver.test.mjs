// The embedding guide's server example (stories/guides/examples/receive-returns.mjs), run as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { receive } from '../../stories/guides/examples/receive-returns.mjs';

const sample = JSON.parse(await readFile(new URL('../../packages/frameworks/samples/portsmouth-compact/valid-school.json', import.meta.url), 'utf8'));
const body = JSON.stringify(sample);

test('keeps a valid return once, with a receipt, however often it is retried', () => {
  const first = receive(body, 'key-1');
  assert.equal(first.status, 201);
  assert.match(first.json.reference, /^S11-[0-9A-F]{8}$/);
  assert.ok(Number.isFinite(Date.parse(first.json.receivedAt)));
  const retry = receive(body, 'key-1');
  assert.equal(retry.status, 200);
  assert.deepEqual(retry.json, first.json);
  assert.equal(receive(body.replace('Kestrel', 'Kite'), 'key-1').status, 409);
});

test('answers 422 with issues in the SDK shape, and 400 without a key', () => {
  const broken = JSON.stringify({ ...sample, respondent: { ...sample.respondent, email: '' } });
  const answer = receive(broken, 'key-2');
  assert.equal(answer.status, 422);
  assert.ok(answer.json.issues.some((issue) => issue.code === 'respondent_email_required'));
  assert.equal(receive(body, undefined).status, 400);
});
