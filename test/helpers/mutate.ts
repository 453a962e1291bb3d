import type { SeededRandom } from './seeded-random.js';

/**
 * Random damage to a valid document, for differential tests: each mutation is one of the ways
 * real input goes wrong (a missing or unknown key, a value of the wrong kind, text or a list over
 * its ceiling, an impossible date, a wrong enum value, null, nested junk). The result is always
 * what JSON.parse makes, so an unknown `__proto__` key is an own key, as in a request body.
 */
export interface Mutated {
  readonly input: unknown;
  /** What was done, to print when a case fails. */
  readonly steps: readonly string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };
interface Place {
  readonly parent: Container;
  readonly key: string | number;
  /** The place that holds `parent`, to spell the path only when it is printed. */
  readonly up: Place | undefined;
}

const pathOf = (place: Place): string => {
  let path = '';
  for (let at: Place | undefined = place; at?.up; at = at.up) path = (typeof at.key === 'number' ? `[${at.key}]` : `.${at.key}`) + path;
  return `$${path}`;
};

/** JSON.stringify writes this key as "\u0000__proto__"; it becomes a real "__proto__" key after parsing. */
const PROTO_MARKER = '\u0000__proto__';

const CEILINGS = [1, 2, 3, 12, 20, 40, 50, 80, 200, 500, 5000, 100_000];
const TEXTS = ['', ' ', 'x', 'Some text', 'a-b', 'Bad Slug', 'UPPER', 'a--b', '-a', 'ok-slug-2', 'ümlaut', '😀', 'constructor'];
const DATES = [
  '2026-02-30',
  '2025-02-29',
  '2024-02-29',
  '2026-13-01',
  '2026-1-1',
  '2026-04-31',
  '2026-05-01T16:30:00Z',
  '2026-05-01T16:30:00',
  '2026-05-01T16:30:00+01:00',
  '2026-05-01T16:30:00.123Z',
  '2026-05-01T25:00:00Z',
  '2026-05-01 16:30:00Z',
  '2026-02-30T10:00:00Z',
];
const ENUM_LIKE = [
  'Draft',
  'draft',
  'submitted ',
  'in-progress',
  'in progress',
  'complete',
  'green',
  'amber',
  'not-applicable',
  'red',
  'blue',
  'grey',
  'text',
  'date',
  'email',
  'none',
  'action-plan-tracking',
  'evidence',
  'action',
];
const NUMBERS = [0, -1, 1, 1.5, 2, 3, 5, 6, 100, 999, 1000, 1999, 2000, 2026, 2100, 2101, 100_000, 100_001, 1e20, 2 ** 53, -(2 ** 53), 1e300, -0.5];
const JUNK_KEYS = ['extra', 'Id', '', ' ', 'constructor', 'toString', 'hasOwnProperty', 'length', '0', 'valueOf', 'ok-key', 'Bad Key'];
/** Keys added to an object of the document; only these may be __proto__, so that `mutate` knows when to parse again. */
const KEYS = [...JUNK_KEYS, PROTO_MARKER];

export function mutate(document: unknown, random: SeededRandom, count = 1 + random.below(3)): Mutated {
  const root = JSON.parse(JSON.stringify(document)) as Json;
  const holder: Json[] = [root];
  const steps: string[] = [];
  for (let i = 0; i < count; i++) steps.push(mutateOnce(holder, random));
  if (!steps.some((step) => step.includes('"__proto__"'))) return { input: holder[0], steps };
  const text = JSON.stringify(holder[0]).replaceAll(JSON.stringify(PROTO_MARKER), '"__proto__"');
  return { input: JSON.parse(text), steps };
}

function places(holder: Json[]): Place[] {
  const found: Place[] = [];
  const visit = (parent: Container, key: string | number, up: Place | undefined): void => {
    const place = { parent, key, up };
    found.push(place);
    const value = (parent as Record<string | number, Json>)[key];
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) visit(value, i, place);
    else if (value !== null && typeof value === 'object') for (const child of Object.keys(value)) visit(value, child, place);
  };
  visit(holder, 0, undefined);
  return found;
}

function mutateOnce(holder: Json[], random: SeededRandom): string {
  const all = places(holder);
  const place = random.pick(all);
  const get = (): Json => (place.parent as Record<string | number, Json>)[place.key]!;
  const set = (value: Json): void => {
    (place.parent as Record<string | number, Json>)[place.key] = value;
  };
  const current = get();
  switch (random.below(10)) {
    case 0: {
      if (place.parent === holder) return 'kept the document';
      if (Array.isArray(place.parent)) place.parent.splice(place.key as number, 1);
      else delete place.parent[place.key];
      return `deleted ${pathOf(place)}`;
    }
    case 1: {
      const objects = all.filter((p) => isObject((p.parent as Record<string | number, Json>)[p.key]));
      if (!objects.length) return 'found no object to add a key to';
      const target = random.pick(objects);
      const object = (target.parent as Record<string | number, Json>)[target.key] as Record<string, Json>;
      const key = random.pick(KEYS);
      object[key] = junk(random, 2);
      return `added key ${JSON.stringify(key === PROTO_MARKER ? '__proto__' : key)} to ${pathOf(target)}`;
    }
    case 2:
      set(junk(random, 0));
      return `set ${pathOf(place)} to a ${kind(get())}`;
    case 3: {
      const ceiling = random.pick(CEILINGS);
      const astral = random.below(3) === 0;
      // Astral characters are two UTF-16 units each but one character to zod's length checks.
      const length = ceiling + random.pick([-1, 0, 1]);
      set(astral ? '😀'.repeat(Math.max(0, length)) : 'x'.repeat(Math.max(0, length)));
      return `set ${pathOf(place)} to ${length} ${astral ? 'astral characters' : 'characters'}`;
    }
    case 4: {
      const items = Array.isArray(current) && current.length ? current : [junk(random, 1)];
      // Our lists stop at 200 at most; longer ones are refused the same way (hostile-input tests 5000).
      const length = Math.max(0, random.pick(CEILINGS.filter((c) => c <= 200)) + random.pick([-1, 0, 1]));
      set(Array.from({ length }, (_, i) => structuredClone(items[i % items.length]!)));
      return `set ${pathOf(place)} to a list of ${length}`;
    }
    case 5:
      set(random.pick(DATES));
      return `set ${pathOf(place)} to ${JSON.stringify(get())}`;
    case 6:
      set(random.pick(ENUM_LIKE));
      return `set ${pathOf(place)} to ${JSON.stringify(get())}`;
    case 7:
      set(null);
      return `set ${pathOf(place)} to null`;
    case 8:
      set(junk(random, 4));
      return `set ${pathOf(place)} to nested junk`;
    default:
      set(random.below(2) ? random.pick(NUMBERS) : random.pick(TEXTS));
      return `set ${pathOf(place)} to ${JSON.stringify(get())}`;
  }
}

/** A random JSON value, nested up to `depth` levels. */
function junk(random: SeededRandom, depth: number): Json {
  const kinds = depth > 0 ? 8 : 6;
  switch (random.below(kinds)) {
    case 0:
      return null;
    case 1:
      return random.below(2) === 0;
    case 2:
      return random.pick(NUMBERS);
    case 3:
      return random.pick([...TEXTS, ...DATES, ...ENUM_LIKE]);
    case 4:
      return random.pick<Json>([[], {}, { length: 600 }, { length: 'x' }, { length: 10 }]);
    case 5:
      return random.pick(['x'.repeat(501), '😀'.repeat(250), '😀'.repeat(501)]);
    case 6:
      return Array.from({ length: random.below(4) }, () => junk(random, depth - 1));
    default: {
      const object: Record<string, Json> = {};
      for (let i = random.below(4); i > 0; i--) object[random.pick(JUNK_KEYS)] = junk(random, depth - 1);
      return object;
    }
  }
}

const isObject = (value: Json | undefined): boolean => value !== null && typeof value === 'object' && !Array.isArray(value);

const kind = (value: Json): string => (value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value);
