import type { FastifyReply, FastifyRequest } from 'fastify';
import { partnershipById } from '../store/partnerships.js';
import type { PartnershipRow, StaffRow } from '../store/rows.js';
import { sessionStaff } from '../store/sessions.js';
import type { Context } from './context.js';
import type { StaffView } from '../pages/staff-pages.js';

export const SESSION_COOKIE = 's11_session';

export interface SignedIn {
  readonly staff: StaffRow;
  readonly partnership: PartnershipRow;
  /** For the actor of the audit log. */
  readonly actor: { readonly staffId: string; readonly partnershipId: string };
}

/** The member of staff signed in on this request, if any. */
export async function signedIn(context: Context, request: FastifyRequest): Promise<SignedIn | undefined> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return undefined;
  const staff = await sessionStaff(context.db, token, context.now());
  if (!staff) return undefined;
  const partnership = await partnershipById(context.db, staff.partnership_id);
  if (!partnership) return undefined;
  return { staff, partnership, actor: { staffId: staff.id, partnershipId: partnership.id } };
}

/**
 * The member of staff, or undefined after answering: a page sends the person to sign in (303),
 * anything else (data, downloads, forms) gets 401. `administrator` pages answer 403 to analysts.
 */
export async function requireStaff(
  context: Context,
  request: FastifyRequest,
  reply: FastifyReply,
  options: { page?: boolean; role?: 'administrator' } = {},
): Promise<SignedIn | undefined> {
  const who = await signedIn(context, request);
  if (!who) {
    if (options.page) {
      const next = request.url.split('?')[0] ?? '/staff';
      reply.redirect(`/sign-in?next=${encodeURIComponent(next)}`, 303);
    } else {
      reply.status(401).send({ message: 'Sign in first' });
    }
    return undefined;
  }
  if (options.role === 'administrator' && who.staff.role !== 'administrator') {
    reply.status(403).send({ message: 'Only an administrator of the partnership can do this' });
    return undefined;
  }
  return who;
}

/** Only same-site paths are followed after sign-in, never another site. */
export const safeNext = (next: unknown): string => (typeof next === 'string' && /^\/staff(\/[A-Za-z0-9._~%/-]*)?$/.test(next) ? next : '/staff');

/** What every staff page's header needs of the member of staff signed in (and a fresh CSRF token). */
export const staffView = (who: SignedIn, reply: FastifyReply): StaffView => ({
  name: who.staff.name,
  partnership: who.partnership.name,
  csrf: reply.generateCsrf(),
  administrator: who.staff.role === 'administrator',
});
