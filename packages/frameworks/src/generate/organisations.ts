import type { Random } from './random.js';
import { FIRST_NAMES, LAST_NAMES, ORGANISATION_KINDS, PLACE_ENDS, PLACE_QUALIFIERS, PLACE_STARTS, ROLES } from './phrases.js';

export const kindsFor = (sector: string) => ORGANISATION_KINDS[sector] ?? ORGANISATION_KINDS['other']!;
export const rolesFor = (sector: string) => ROLES[sector] ?? ROLES['other']!;

export function place(random: Random): string {
  const qualifier = random.pick(PLACE_QUALIFIERS);
  const town = `${random.pick(PLACE_STARTS)}${random.pick(PLACE_ENDS)}`;
  return qualifier ? `${town} ${qualifier}` : town;
}

export interface Person {
  readonly name: string;
  readonly email: string;
}

export function person(random: Random): Person {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const local = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
  return { name: `${first} ${last}`, email: `${local}@example.org` };
}

/**
 * Made-up organisation names, each used once in a set: two returns with the same name would be
 * the same agency to an aggregator, and a sample set should not hide duplicates by accident.
 */
export class OrganisationNames {
  private readonly _used = new Set<string>();

  next(random: Random, sector: string): { name: string; kind: string; place: string } {
    const kind = random.pick(kindsFor(sector));
    for (let attempt = 0; ; attempt++) {
      const where = place(random);
      // After a few collisions a number keeps even 100,000 names apart.
      const name = attempt < 4 ? `${where} ${kind} (example)` : `${where} ${kind} ${attempt - 2} (example)`;
      if (this._used.has(name)) continue;
      this._used.add(name);
      return { name, kind, place: where };
    }
  }
}
