import type { FastifyReply } from 'fastify';

/** An HTML page of the collector: never cached, since every page shows someone's returns or a form with its CSRF token. */
export const sendPage = (reply: FastifyReply, body: string, status = 200) => reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(body);
