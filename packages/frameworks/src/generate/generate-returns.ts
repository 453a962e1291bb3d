import { applicableStandards, type AuditReturn, type Framework, type Instant, type OrganisationIdentifier, type StaffSurveyResult } from '@s11kit/schema';
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
    const identifiers = identifiersFor(random, sector, i);
    const survey = framework.staffSurvey ? staffSurvey(framework, random, answering.strength) : undefined;
    yield {
      framework: { id: framework.id, version: framework.version },
      organisation: {
        name: organisation.name,
        sector,
        partnerships: home === also ? [home] : [home, also],
        ...(identifiers.length ? { identifiers } : {}),
      },
      respondent: { name: respondent.name, role: random.pick(rolesFor(sector)), email: respondent.email },
      cycle: { start: cycleStart, year },
      status: 'submitted',
      cover: cover(framework, { random, sector, place: organisation.place, kind: organisation.kind, submittedDay: submittedAt.slice(0, 10) }),
      responses: applicableStandards(framework, sector).map((standard) => answer(answering, standard, difficulty.get(standard.id)!)),
      createdAt: new Date(created).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      updatedAt: submittedAt,
      submittedAt,
      ...(survey ? { staffSurvey: survey } : {}),
    };
  }
}

/** The register most organisations of a sector are in, when they are in one. */
const SCHEMES: Record<string, OrganisationIdentifier['scheme']> = {
  health: 'ods',
  education: 'urn',
  'early-years': 'ofsted-urn',
  voluntary: 'charity',
  faith: 'charity',
  'sports-leisure': 'company',
  commissioned: 'company',
};

/** Most organisations give a registered identifier (made up, and unique in the set); some give none. */
function identifiersFor(random: Random, sector: string, i: number): OrganisationIdentifier[] {
  const scheme = SCHEMES[sector] ?? 'local';
  if (!random.chance(0.7)) return [];
  const number = String(100_000 + i * 7 + random.int(0, 6));
  return [{ scheme, id: scheme === 'ods' ? `R${number.slice(1)}` : number }];
}

/**
 * Staff survey counts that mostly agree with the agency's self-assessment: a weaker agency's staff
 * agree less, so that a few standards rated as met show up as gaps.
 */
function staffSurvey(framework: Framework, random: Random, strength: number): StaffSurveyResult {
  const respondents = random.int(12, 240);
  const answers = framework.staffSurvey!.questions.map((question) => {
    const share = Math.min(0.98, Math.max(0.35, 0.8 + 0.08 * strength + 0.08 * random.bell()));
    const agree = Math.round(respondents * share);
    const notSure = Math.round((respondents - agree) * random.next() * 0.5);
    return { questionId: question.id, agree, disagree: respondents - agree - notSure, notSure };
  });
  return { respondents, answers };
}
