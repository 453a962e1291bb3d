import type { CoverField, Framework } from '@s11kit/schema';
import type { Random } from './random.js';
import { person, rolesFor } from './organisations.js';
import { addDays } from './responses.js';
import { DESCRIPTIONS } from './phrases.js';

export interface CoverContext {
  readonly random: Random;
  readonly sector: string;
  readonly place: string;
  readonly kind: string;
  readonly submittedDay: string;
}

/**
 * An answer for one cover-sheet field, by its type. Only required free-text fields are filled:
 * an optional field's label could ask for anything ("number of volunteers"), and a made-up
 * answer to the wrong question would read worse than a blank.
 */
function coverAnswer(field: CoverField, context: CoverContext): string {
  const { random, sector } = context;
  switch (field.type) {
    case 'email':
      return person(random).email;
    case 'tel':
      return `01632 960${String(random.int(0, 999)).padStart(3, '0')}`;
    case 'date':
      return addDays(context.submittedDay, -random.int(0, 20));
    case 'textarea':
      if (!field.required) return '';
      return random.fill(random.pick(DESCRIPTIONS), { place: context.place, kind: context.kind.toLowerCase(), n: String(random.int(4, 300)), big: String(random.int(40, 4000)) });
    default:
      return field.required ? `${person(random).name}, ${random.pick(rolesFor(sector))}` : '';
  }
}

export function cover(framework: Framework, context: CoverContext): Record<string, string> {
  return Object.fromEntries(framework.coverSheet.map((field) => [field.id, coverAnswer(field, context)]));
}
