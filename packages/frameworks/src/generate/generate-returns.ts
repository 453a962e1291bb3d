import { applicableStandards, type AuditReturn, type Framework, type Instant } from '@s11kit/schema';
import { Random } from './random.js';
import { cover } from './cover.js';
import { OrganisationNames, person, rolesFor } from './organisations.js';
import { addDays, answer, type Answering } from './responses.js';

export interface GenerateOptions {
  /** How many returns. Default 200. */
  readonly count?: number;
  /** The same seed always gives the same returns. Default 11. */
  readonly seed?: number;
  /** First year of the audit cycle. Default: the year of `now`. */
  readonly cycleStart?: number;
  /** Year within the cycle. Default 1. */
  readonly year?: number;
  /** When the returns are being collected: each is submitted up to six weeks before. Default 1 May 2026. */
  readonly now?: Instant;
}

const DAY = 86_400_000;

/**
 * Made-up, valid, submitted returns for a framework, as a partnership might collect them: every
 * sector and partnership appears (when `count` allows), ratings lean toward the expected level
 * with some agencies and some standards weaker than others, evidence reads like evidence, levels
 * that need a plan have actions with leads and due dates, and a few answers are not applicable
 * when the scale allows it. Lazy: spread it (`[...generateReturns(f)]`) for an array.
 *
 * @example
 * for (const ret of generateReturns(framework, { count: 1000, seed: 7 })) aggregator.add(ret);
 */
export function* generateReturns(framework: Framework, options: GenerateOptions = {}): Generator<AuditReturn, void, undefined> {
  const count = options.count ?? 200;
  const random = new Random(options.seed ?? 11);
  const now = new Date(options.now ?? '2026-05-01T12:00:00Z').getTime();
  const cycleStart = options.cycleStart ?? new Date(now).getUTCFullYear();
  const year = options.year ?? 1;
  const names = new OrganisationNames();
  // Some standards are harder for everyone; the same ones for the whole set.
  const difficulty = new Map(framework.standards.map((standard) => [standard.id, 0.5 * random.bell()]));
  const { sectors, partnerships } = framework;

  for (let i = 0; i < count; i++) {
    // Round-robin first, so that even a small set has every sector and every partnership.
    const sector = i < sectors.length ? sectors[i]!.id : random.pick(sectors).id;
    const home = i < partnerships.length ? partnerships[i]!.id : random.pick(partnerships).id;
    const also = partnerships.length > 1 && random.chance(0.2) ? random.pick(partnerships).id : home;
    const organisation = names.next(random, sector);
    const submitted = now - random.int(0, 42 * 24 * 60) * 60_000;
    const created = submitted - random.int(7, 60) * DAY;
    const submittedAt = new Date(submitted).toISOString().replace(/\.\d{3}Z$/, 'Z');
    // A day later than the UTC date can be in London: counting from the day after is always safe.
    const submittedDay = addDays(submittedAt.slice(0, 10), 1);
    let actions = 0;
    const answering: Answering = {
      framework,
      random,
      sector,
      strength: random.bell(),
      submittedDay,
      year: cycleStart,
      nextActionId: () => `a${++actions}`,
    };
    const respondent = person(random);
    yield {
      framework: { id: framework.id, version: framework.version },
      organisation: { name: organisation.name, sector, partnerships: home === also ? [home] : [home, also] },
      respondent: { name: respondent.name, role: random.pick(rolesFor(sector)), email: respondent.email },
      cycle: { start: cycleStart, year },
      status: 'submitted',
      cover: cover(framework, { random, sector, place: organisation.place, kind: organisation.kind, submittedDay: submittedAt.slice(0, 10) }),
      responses: applicableStandards(framework, sector).map((standard) => answer(answering, standard, difficulty.get(standard.id)!)),
      createdAt: new Date(created).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      updatedAt: submittedAt,
      submittedAt,
    };
  }
}
