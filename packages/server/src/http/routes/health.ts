import type { FastifyPluginAsync } from 'fastify';
import type { Context } from '../context.js';

export const healthRoutes =
  (context: Context): FastifyPluginAsync =>
  async (app) => {
    app.get(
      '/health',
      {
        schema: {
          summary: 'Whether the collector and its database answer',
          response: {
            200: { type: 'object', properties: { status: { const: 'ok' }, database: { type: 'string' } } },
            503: { type: 'object', properties: { status: { const: 'unavailable' }, message: { type: 'string' } } },
          },
        },
      },
      async (_request, reply) => {
        try {
          await context.db.query('select 1');
          return { status: 'ok', database: context.db.kind };
        } catch {
          return reply.status(503).send({ status: 'unavailable', message: 'The database does not answer' });
        }
      },
    );
  };
