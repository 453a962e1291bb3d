import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { hashPassword, passwordProblem, verifyPassword } from '../../security/passwords.js';
import { createSession, endSession, SESSION_HOURS } from '../../store/sessions.js';
import { passwordLinkStaff, setPasswordWithLink, staffByEmail } from '../../store/staff.js';
import { looksLikeToken } from '../../security/tokens.js';
import { setPasswordPage, signInPage } from '../../pages/sign-in-pages.js';
import type { Context } from '../context.js';
import { safeNext, SESSION_COOKIE } from '../staff-session.js';
import { sendPage } from '../send-page.js';

type Form = Record<string, string | undefined>;

// Compared against when the address is unknown, so that a wrong address takes as long as a wrong password.
const NOBODY = hashPassword('not a password of anyone', {});

export const signInRoutes =
  (context: Context): FastifyPluginAsync =>
  async (app) => {
    const { db, now } = context;
    const rateLimit = { max: context.limits.signInPerMinute, timeWindow: '1 minute' };

    const startSession = async (reply: FastifyReply, staffId: string) => {
      const session = await createSession(db, staffId, now());
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: context.secureCookies,
        maxAge: SESSION_HOURS * 3600,
      });
    };

    app.get<{ Querystring: { next?: string } }>('/sign-in', { schema: { hide: true } }, async (request, reply) =>
      sendPage(reply, signInPage({ csrf: reply.generateCsrf(), next: safeNext(request.query.next) })),
    );

    app.post<{ Body: Form }>('/sign-in', { config: { rateLimit }, preHandler: app.csrfProtection, schema: { hide: true } }, async (request, reply) => {
      const { email = '', password = '', next } = request.body ?? {};
      const errors: Record<string, string> = {};
      if (!email.trim()) errors.email = 'Enter your email address';
      if (!password) errors.password = 'Enter your password';
      if (!errors.email && !errors.password) {
        const staff = await staffByEmail(db, email);
        let ok = false;
        if (staff?.password_hash && !staff.disabled_at) ok = await verifyPassword(password, staff.password_hash);
        else await verifyPassword(password, await NOBODY);
        if (ok && staff) {
          await startSession(reply, staff.id);
          return reply.redirect(safeNext(next), 303);
        }
        errors.email = 'Enter the email address and password of your account';
      }
      return sendPage(reply, signInPage({ csrf: reply.generateCsrf(), next: safeNext(next), email, errors }), 401);
    });

    app.post('/sign-out', { preHandler: app.csrfProtection, schema: { hide: true } }, async (request: FastifyRequest, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await endSession(db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.redirect('/sign-in', 303);
    });

    app.get<{ Params: { token: string } }>('/set-password/:token', { config: { rateLimit }, schema: { hide: true } }, async (request, reply) => {
      const { token } = request.params;
      const staff = looksLikeToken(token) ? await passwordLinkStaff(db, token, now()) : undefined;
      if (!staff) return sendPage(reply, setPasswordPage({ expired: true }), 404);
      return sendPage(reply, setPasswordPage({ csrf: reply.generateCsrf(), token, email: staff.email }));
    });

    app.post<{ Params: { token: string }; Body: Form }>(
      '/set-password/:token',
      { config: { rateLimit }, preHandler: app.csrfProtection, schema: { hide: true } },
      async (request, reply) => {
        const { token } = request.params;
        const staff = looksLikeToken(token) ? await passwordLinkStaff(db, token, now()) : undefined;
        if (!staff) return sendPage(reply, setPasswordPage({ expired: true }), 404);
        const { password = '', confirm = '' } = request.body ?? {};
        const problem = passwordProblem(password) ?? (password !== confirm ? 'Enter the same password twice' : undefined);
        if (problem) return sendPage(reply, setPasswordPage({ csrf: reply.generateCsrf(), token, email: staff.email, error: problem }), 400);
        const updated = await setPasswordWithLink(db, token, await hashPassword(password), now());
        if (!updated) return sendPage(reply, setPasswordPage({ expired: true }), 404);
        await startSession(reply, updated.id);
        return reply.redirect('/staff', 303);
      },
    );
  };
