// A real HTTP endpoint inside the browser tests' dev server, answering the audit's submit protocol
// the ways a partnership's server can: with a receipt, with issues, with an error, slowly, or not
// at all. It records what arrived, so tests can check that a retry was never stored twice.
//
//   POST /submit-test/ok             201 { reference, receivedAt }, 200 with the same receipt on a replay
//   POST /submit-test/invalid        422 { issues }
//   POST /submit-test/invalid-standard  422 with an issue of the second standard at responses[0] (a server that orders responses its own way)
//   POST /submit-test/error          500
//   POST /submit-test/slow?ms=N      the receipt after N ms
//   POST /submit-test/hang           no answer until the client gives up
//   POST /submit-test/no-receipt     200 {}
//   POST /submit-test/form           a form post: the HTML page a server shows, with the receipt
//   POST /submit-test/form-error     a form post answered with a 500 page
//   GET  /submit-test/log            every request received, in order
//   POST /submit-test/reset          forget them
//   GET|PUT /draft-test/<name>       a server draft with revisions and 409 on a stale save

import { updateAction } from '@s11kit/schema';

const received = [];
const stored = new Map();
const drafts = new Map();
/** The return a year-2 tracker test updates, and the answer given for each update key. */
const tracked = { value: undefined, answers: new Map() };

const readBody = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const json = (ctx, status, body) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
};

function receiptFor(key, body) {
  const earlier = stored.get(key);
  if (earlier) return earlier.body === body ? { status: 200, receipt: earlier.receipt } : { status: 409 };
  const receipt = { reference: `S11-${String(stored.size + 1).padStart(4, '0')}`, receivedAt: '2026-05-01T10:30:00.000Z' };
  stored.set(key, { body, receipt });
  return { status: 201, receipt };
}

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Received</title>
<script type="module" src="/packages/components/cdn/s11kit.js"></script></head><body>${body}</body></html>`;

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function submitServer() {
  return async (ctx, next) => {
    // The address the guides' examples send to (stories/guides/examples/).
    const path = ctx.path === '/section-11/returns' ? '/submit-test/ok' : ctx.path;
    if (path.startsWith('/draft-test/')) return draftServer(ctx);
    if (path.startsWith('/update-test/')) return updateServer(ctx);
    if (!path.startsWith('/submit-test/')) return next();
    const mode = path.slice('/submit-test/'.length);
    if (mode === 'log' && ctx.method === 'GET') return json(ctx, 200, received);
    if (mode === 'reset') {
      received.length = 0;
      stored.clear();
      drafts.clear();
      tracked.value = undefined;
      tracked.answers.clear();
      return json(ctx, 200, {});
    }
    const body = await readBody(ctx.req);
    const key = ctx.get('idempotency-key');
    received.push({ mode, key, contentType: ctx.get('content-type'), body });
    switch (mode) {
      case 'ok': {
        if (!key) return json(ctx, 400, { message: 'Idempotency-Key header required' });
        const { status, receipt } = receiptFor(key, body);
        return status === 409 ? json(ctx, 409, { message: 'key used with another return' }) : json(ctx, status, receipt);
      }
      case 'invalid':
        return json(ctx, 422, {
          issues: [
            {
              path: ['organisation', 'name'],
              code: 'organisation_name_required',
              severity: 'error',
              message: 'The partnership already has a return from an organisation with this name: check it',
            },
          ],
        });
      case 'invalid-standard': {
        const standardId = JSON.parse(body).responses[1]?.standardId;
        return json(ctx, 422, {
          issues: [
            {
              path: ['responses', 0, 'evidence'],
              code: 'evidence_required',
              severity: 'error',
              message: 'The partnership asks for evidence of impact on this standard',
              standardId,
            },
          ],
        });
      }
      case 'error':
        return json(ctx, 500, { message: 'the database is down' });
      case 'slow': {
        await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 1000)));
        const { receipt } = receiptFor(key, body);
        return json(ctx, 201, receipt);
      }
      case 'hang':
        await new Promise((resolve) => ctx.req.on('close', resolve));
        return undefined;
      case 'no-receipt':
        return json(ctx, 200, {});
      case 'form': {
        const form = new URLSearchParams(body);
        const { receipt } = receiptFor(form.get('return-key') ?? '', form.get('return') ?? '');
        ctx.type = 'text/html';
        ctx.body = page(`<h1>Return received</h1><s11-audit framework="${escape(ctx.query.framework ?? 'isle-of-wight-vcs')}" storage-key="${escape(ctx.query.key ?? '')}"
          receipt="${escape(receipt.reference)}" received-at="${escape(receipt.receivedAt)}" submission-key="${escape(form.get('return-key') ?? '')}"></s11-audit>`);
        return undefined;
      }
      case 'form-error':
        ctx.status = 500;
        ctx.type = 'text/html';
        ctx.body = page('<h1>Sorry, there is a problem with the service</h1>');
        return undefined;
      default:
        return json(ctx, 404, { message: `no such test endpoint: ${mode}` });
    }
  };
}

/** GET and PUT of a named server draft, with revisions: a stale revision is refused with 409 and the server's copy. */
async function draftServer(ctx) {
  const name = ctx.path.slice('/draft-test/'.length);
  const current = drafts.get(name);
  if (ctx.method === 'GET') {
    if (current) return json(ctx, 200, current);
    ctx.status = 204;
    return undefined;
  }
  if (ctx.method === 'DELETE') {
    drafts.delete(name);
    return json(ctx, 200, {});
  }
  if (ctx.method !== 'PUT') return json(ctx, 405, { message: 'GET or PUT' });
  let body;
  try {
    body = JSON.parse(await readBody(ctx.req));
  } catch {
    return json(ctx, 400, { message: 'not JSON' });
  }
  received.push({ mode: `draft:${name}`, key: '', contentType: ctx.get('content-type'), body: JSON.stringify(body) });
  if ((current?.revision ?? 0) !== body.revision) return json(ctx, 409, current ?? { revision: 0, savedAt: '', value: null });
  const next = { revision: (current?.revision ?? 0) + 1, savedAt: new Date().toISOString(), value: body.value };
  drafts.set(name, next);
  return json(ctx, 200, { revision: next.revision, savedAt: next.savedAt });
}

/**
 * Year-2 updates (`<s11-action-tracker update-url>`): PUT /update-test/return sets the return; POST
 * /update-test/ok applies { standardId, actionId, changes } with updateAction, once per key;
 * /update-test/error answers 500, /update-test/invalid 422.
 */
async function updateServer(ctx) {
  const mode = ctx.path.slice('/update-test/'.length);
  const body = await readBody(ctx.req);
  if (mode === 'return' && ctx.method === 'PUT') {
    tracked.value = JSON.parse(body);
    return json(ctx, 200, {});
  }
  const key = ctx.get('idempotency-key');
  received.push({ mode: `update:${mode}`, key, contentType: ctx.get('content-type'), body });
  if (mode === 'error') return json(ctx, 500, { message: 'the database is down' });
  if (mode === 'invalid') {
    const { standardId } = JSON.parse(body);
    return json(ctx, 422, {
      issues: [
        { path: ['responses', 1, 'actions', 0, 'progress'], code: 'invalid_value', severity: 'error', message: 'The partnership has closed year 2 for this action', standardId },
      ],
    });
  }
  if (tracked.answers.has(key)) return json(ctx, 200, tracked.answers.get(key));
  const { standardId, actionId, changes } = JSON.parse(body);
  let value = tracked.value;
  for (const change of changes) {
    const result = updateAction(value, { standardId, actionId }, change, { now: '2027-01-15T10:00:00Z' });
    if (!result.ok) return json(ctx, 422, { issues: result.issues });
    value = result.value;
  }
  tracked.value = value;
  const answer = { value };
  tracked.answers.set(key, answer);
  return json(ctx, 201, answer);
}
