import type { Queryable } from '../db/database.js';
import { newId } from '../security/tokens.js';
import type { PartnershipRow } from './rows.js';

export async function createPartnership(db: Queryable, input: { slug: string; name: string }, now: Date): Promise<PartnershipRow> {
  const id = newId();
  await db.query('insert into partnerships (id, slug, name, created_at) values ($1, $2, $3, $4)', [id, input.slug, input.name, now]);
  return { id, slug: input.slug, name: input.name };
}

export async function partnershipBySlug(db: Queryable, slug: string): Promise<PartnershipRow | undefined> {
  const { rows } = await db.query<PartnershipRow>('select id, slug, name from partnerships where slug = $1', [slug]);
  return rows[0];
}

export async function partnershipById(db: Queryable, id: string): Promise<PartnershipRow | undefined> {
  const { rows } = await db.query<PartnershipRow>('select id, slug, name from partnerships where id = $1', [id]);
  return rows[0];
}

export async function listPartnerships(db: Queryable): Promise<PartnershipRow[]> {
  return (await db.query<PartnershipRow>('select id, slug, name from partnerships order by slug')).rows;
}
