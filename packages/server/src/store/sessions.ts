import type { Queryable } from '../db/database.js';
import { hashToken, newToken } from '../security/tokens.js';
import type { StaffRow } from './rows.js';

/** How long a session lasts from sign-in, however active. */
export const SESSION_HOURS = 12;

export async function createSession(db: Queryable, staffId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await db.query('insert into sessions (token_hash, staff_id, created_at, expires_at) values ($1, $2, $3, $4)', [hashToken(token), staffId, now, expiresAt]);
  return { token, expiresAt };
}

/** The member of staff signed in with this session token, if it is current and they are not disabled. */
export async function sessionStaff(db: Queryable, token: string, now: Date): Promise<StaffRow | undefined> {
  const { rows } = await db.query<StaffRow>(
    `select s.id, s.partnership_id, s.email, s.name, s.role, s.password_hash, s.disabled_at
     from sessions x join staff s on s.id = x.staff_id
     where x.token_hash = $1 and x.expires_at > $2 and s.disabled_at is null`,
    [hashToken(token), now],
  );
  return rows[0];
}

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query('delete from sessions where token_hash = $1', [hashToken(token)]);
}
