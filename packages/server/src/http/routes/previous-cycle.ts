import type { FastifyPluginAsync } from 'fastify';
import { previousReturn } from '../../cycle/previous-return.js';
import { linkNotFound, linkRateLimit, linkResolver, MESSAGE, TOKEN_PARAMS, type TokenParams } from '../linked-agency.js';
import { agencyIdentity } from '../agency-view.js';
import type { Context } from '../context.js';

/** Last cycle alongside: `<s11-audit previous-url>` shows the agency's answers of the last cycle beside each standard. */
export const previousCycleRoutes =
  (context: Context): FastifyPluginAsync =>
  async (app) => {
    const linked = linkResolver(context);
    const rateLimit = linkRateLimit(context);

    app.get<TokenParams>(
      '/a/:token/previous',
      {
        config: { rateLimit },
        schema: {
          summary: "The agency's latest return of the last cycle, in this campaign's framework (translated when it was made with another): { value }, or 404",
          params: TOKEN_PARAMS,
          response: { 200: { type: 'object', properties: { value: {} } }, 404: MESSAGE },
        },
      },
      async (request, reply) => {
        const found = await linked(request);
        if (!found) return linkNotFound(reply);
        const framework = context.framework(found.campaign);
        const previous = await previousReturn(context.db, found.campaign, framework, await agencyIdentity(context, found), context.framework, context.now());
        reply.header('cache-control', 'no-store');
        if ('missing' in previous) return reply.status(404).send({ message: previous.missing });
        return { value: previous.value };
      },
    );
  };
