import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import type { Database } from '../db/database.js';
import { secretSetting } from '../store/settings.js';
import { DEFAULT_LIMITS, frameworkCache, type Context, type Limits } from './context.js';
import { redactPath } from './redact.js';
import { agencyRoutes } from './routes/agency.js';
import { healthRoutes } from './routes/health.js';
import { signInRoutes } from './routes/sign-in.js';
import { staffRoutes } from './routes/staff.js';
import { staffDataRoutes } from './routes/staff-data.js';

export interface CollectorOptions {
  readonly db: Database;
  /** The clock; tests pass their own. */
  readonly now?: () => Date;
  readonly limits?: Partial<Limits>;
  /** Send cookies only over HTTPS. Default false: the collector listens on 127.0.0.1 behind a proxy. */
  readonly secureCookies?: boolean;
  /** Trust X-Forwarded-For from a reverse proxy (for rate limits by address). Default false. */
  readonly trustProxy?: boolean;
  /** Pino options for the log, or false for none. Tokens and bodies never reach it. */
  readonly logger?: false | { level?: string; stream?: NodeJS.WritableStream };
}

/** The strict policy the agency page and every staff page is served under (see protocol.md). */
export const CSP_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ['lit-html'],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

const here = dirname(fileURLToPath(import.meta.url));
const ASSETS_DIR = join(here, '..', '..', 'assets');
const require = createRequire(import.meta.url);
/** The CDN bundles of @s11kit/components: the audit, the partnership elements, framework chunks. */
export const CDN_DIR = join(dirname(require.resolve('@s11kit/components/package.json')), 'cdn');

function messageFor(error: FastifyError): { status: number; message: string } {
  const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { status: 413, message: 'The request body is larger than this collector accepts' };
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { status: 415, message: 'Send the body as application/json' };
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return { status: 400, message: 'The request body is empty: send the JSON' };
  if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET')
    return { status: 403, message: 'The form has expired or did not come from this site: go back, reload the page and try again' };
  if (error instanceof SyntaxError || (status === 400 && /JSON/.test(error.message))) return { status: 400, message: 'The request body is not valid JSON' };
  if (status === 429) return { status, message: error.message };
  if (status < 500) return { status, message: error.message };
  return { status, message: 'The collector could not do this: nothing was changed. Try again; if it keeps failing, tell the partnership' };
}

/** The collector's HTTP application, ready to `listen` or `inject`. */
export async function buildCollector(options: CollectorOptions): Promise<FastifyInstance> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const secureCookies = options.secureCookies ?? false;
  const context: Context = { db: options.db, now: options.now ?? (() => new Date()), limits, secureCookies, framework: frameworkCache() };
  // Method and path only: no headers (cookies), no query, no tokens, no bodies, no error messages
  // (a JSON parse error quotes the body it could not read).
  const logger =
    options.logger === false || options.logger === undefined
      ? false
      : {
          level: options.logger.level ?? 'info',
          ...(options.logger.stream ? { stream: options.logger.stream } : {}),
          serializers: {
            req: (req: { method: string; url: string }) => ({ method: req.method, url: redactPath(req.url) }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            err: (err: FastifyError) => ({ type: err.name, code: err.code, statusCode: err.statusCode }),
          },
        };
  const app = Fastify({
    bodyLimit: limits.bodyBytes,
    trustProxy: options.trustProxy ?? false,
    // A graceful close finishes the requests in flight and then drops idle keep-alive sockets.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    // The serializers' narrower shapes are what pino is given; Fastify's types want its own.
    logger: logger as FastifyServerOptions['logger'],
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, message } = messageFor(error);
    if (status >= 500) request.log.error({ err: error, stack: error.stack }, 'request failed');
    reply.status(status).type('application/json').send({ message });
  });
  app.setNotFoundHandler((_request, reply) => reply.status(404).send({ message: 'There is nothing at this address' }));

  // Staff forms post urlencoded fields; every value is a string (a repeated field keeps the last).
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // The page and its bundle are one origin; nothing is embedded elsewhere.
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
    hsts: secureCookies,
  });
  await app.register(fastifyCookie, { secret: await secretSetting(options.db, 'cookie-secret') });
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: 's11_csrf',
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: secureCookies, signed: true },
    getToken: (request) => (request.body as Record<string, string> | undefined)?._csrf,
  });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, limit) => ({ statusCode: 429, code: 'S11_RATE_LIMITED', message: `Too many requests: wait ${limit.after} and try again` }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 's11kit collector', version: '1', description: 'Agency links, server drafts, idempotent submits, staff pages and exports' },
    },
  });
  await app.register(fastifyStatic, { root: ASSETS_DIR, prefix: '/assets/', index: false, maxAge: '1h' });
  await app.register(fastifyStatic, {
    root: CDN_DIR,
    prefix: '/assets/cdn/',
    decorateReply: false,
    index: false,
    setHeaders: (reply, path) => {
      // Chunks carry a content hash in their names; the entry files do not.
      reply.header('cache-control', path.includes('/chunks/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    },
  });

  await app.register(healthRoutes(context));
  await app.register(agencyRoutes(context));
  await app.register(signInRoutes(context));
  await app.register(staffRoutes(context));
  await app.register(staffDataRoutes(context));
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  // Browsers ask for one on every page; no icon is better than a 404 in every console.
  app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) => reply.status(204).header('cache-control', 'public, max-age=86400').send());
  return app;
}
