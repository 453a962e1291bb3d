// What a partnership's server does with a return (Node, no framework). Store receipts in your
// database, not in memory: the Map below only keeps the example short.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { validateReturn } from '@s11kit/schema';
import { loadFramework } from '@s11kit/frameworks';

const framework = await loadFramework('portsmouth-compact');
const stored = new Map(); // Idempotency-Key → { body, receipt }

/** Check a return and keep it once, whatever retries arrive. Returns the status and JSON to send. */
export function receive(body, key) {
  if (!key || key.length > 200) return { status: 400, json: { message: 'Send an Idempotency-Key header' } };
  const earlier = stored.get(key);
  if (earlier) {
    // A retry of a return already kept (its first answer was lost): the same receipt, nothing new.
    return earlier.body === body ? { status: 200, json: earlier.receipt } : { status: 409, json: { message: 'That key was used for another return' } };
  }
  let value;
  try {
    value = JSON.parse(body);
  } catch {
    return { status: 400, json: { message: 'The body is not JSON' } };
  }
  const result = validateReturn(framework, value, { mode: 'submit' });
  if (!result.ok) return { status: 422, json: { issues: result.issues } };
  const receipt = { reference: `S11-${randomBytes(4).toString('hex').toUpperCase()}`, receivedAt: new Date().toISOString() };
  stored.set(key, { body, receipt });
  return { status: 201, json: receipt };
}

export const server = createServer((request, response) => {
  if (request.method !== 'POST' || request.url !== '/section-11/returns') return response.writeHead(404).end();
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const { status, json } = receive(Buffer.concat(chunks).toString('utf8'), request.headers['idempotency-key']);
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
  });
});

if (import.meta.url === `file://${process.argv[1]}`) server.listen(8080, '127.0.0.1');
