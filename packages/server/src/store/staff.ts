import type { Queryable } from '../db/database.js';
import { hashToken, newId, newToken } from '../security/tokens.js';
import type { Role, StaffRow } from './rows.js';

const COLUMNS = 'id, partnership_id, email, name, role, password_hash, disabled_at';
const SET_PASSWORD_DAYS = 7;

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export async function createStaff(db: Queryable, input: { partnershipId: string; email: string; name: string; role: Role }, now: Date): Promise<StaffRow> {
  const id = newId();
  const email = normaliseEmail(input.email);
  await db.query('insert into staff (id, partnership_id, email, name, role, created_at) values ($1, $2, $3, $4, $5, $6)', [
    id,
    input.partnershipId,
    email,
    input.name,
    input.role,
    now,
  ]);
  return { id, partnership_id: input.partnershipId, email, name: input.name, role: input.role, password_hash: null, disabled_at: null };
}

export async function staffByEmail(db: Queryable, email: string): Promise<StaffRow | undefined> {
  const { rows } = await db.query<StaffRow>(`select ${COLUMNS} from staff where email = $1`, [normaliseEmail(email)]);
  return rows[0];
}

export async function staffById(db: Queryable, id: string): Promise<StaffRow | undefined> {
  const { rows } = await db.query<StaffRow>(`select ${COLUMNS} from staff where id = $1`, [id]);
  return rows[0];
}

/** A one-time link token to set (or reset) a password; earlier unused links stop working. */
export async function issuePasswordLink(db: Queryable, staffId: string, now: Date): Promise<string> {
  const token = newToken();
  await db.query('update password_links set used_at = $2 where staff_id = $1 and used_at is null', [staffId, now]);
  await db.query('insert into password_links (token_hash, staff_id, created_at, expires_at) values ($1, $2, $3, $4)', [
    hashToken(token),
    staffId,
    now,
    new Date(now.getTime() + SET_PASSWORD_DAYS * 86_400_000),
  ]);
  return token;
}

/** The member of staff a set-password token is for, while it is unused and unexpired. */
export async function passwordLinkStaff(db: Queryable, token: string, now: Date): Promise<StaffRow | undefined> {
  const { rows } = await db.query<StaffRow>(
    `select ${COLUMNS.split(', ')
      .map((c) => `s.${c}`)
      .join(', ')} from password_links l join staff s on s.id = l.staff_id
     where l.token_hash = $1 and l.used_at is null and l.expires_at > $2 and s.disabled_at is null`,
    [hashToken(token), now],
  );
  return rows[0];
}

/** Use a set-password token: false when it was already used (by another tab) or has expired. */
export async function setPasswordWithLink(db: Queryable, token: string, passwordHash: string, now: Date): Promise<StaffRow | undefined> {
  const { rows } = await db.query<{ staff_id: string }>('update password_links set used_at = $2 where token_hash = $1 and used_at is null and expires_at > $2 returning staff_id', [
    hashToken(token),
    now,
  ]);
  const staffId = rows[0]?.staff_id;
  if (!staffId) return undefined;
  await db.query('update staff set password_hash = $2 where id = $1', [staffId, passwordHash]);
  // A new password ends every session signed in with the old one.
  await db.query('delete from sessions where staff_id = $1', [staffId]);
  return staffById(db, staffId);
}
