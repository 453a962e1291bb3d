import type { Action, Framework, Requirement, Response, Standard } from '@s11kit/schema';
import type { Random, Slot } from './random.js';
import { chooseRating } from './ratings.js';
import { rolesFor } from './organisations.js';
import { ACTIONS, CONTEXT, EVIDENCE, EXPLANATIONS, FORUMS, MONTHS, NOT_APPLICABLE, PARTNERS, PERIODS, STAFF } from './phrases.js';

/** What stays the same for every answer of one return. */
export interface Answering {
  readonly framework: Framework;
  readonly random: Random;
  readonly sector: string;
  /** How good this agency is overall, around 0. */
  readonly strength: number;
  /** The London day the return is submitted, `YYYY-MM-DD`: no action may be due before it. */
  readonly submittedDay: string;
  readonly year: number;
  /** Gives each action an id unique across the return. */
  nextActionId(): string;
}

/** `2026-05-01` plus some days, as `YYYY-MM-DD`. */
export const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** "safe recruitment": a standard's id read as words, short enough for a sentence. */
const topicOf = (standard: Standard) => standard.id.replace(/-/g, ' ');

function slots(answering: Answering, standard: Standard): Record<string, Slot> {
  const { random, sector, year } = answering;
  const between = (min: number, max: number) => () => String(random.int(min, max));
  return {
    topic: topicOf(standard),
    year: between(year - 2, year - 1),
    month: MONTHS,
    n: between(12, 60),
    pct: between(85, 99),
    highPct: between(94, 100),
    lowPct: between(52, 79),
    staff: STAFF,
    forum: FORUMS,
    period: PERIODS,
    partners: PARTNERS,
    lead: rolesFor(sector).map((role) => `Our ${role.toLowerCase()}`),
  };
}

/** Two or three sentences that fit the framework's evidence limit. */
function evidence(answering: Answering, standard: Standard, tier: keyof typeof EVIDENCE): string {
  const { random, framework } = answering;
  const values = slots(answering, standard);
  const sentences = [random.pick(EVIDENCE[tier]), random.pick(CONTEXT)];
  if (random.chance(0.5)) sentences.push(random.pick(EVIDENCE[tier]));
  let text = '';
  for (const sentence of new Set(sentences)) {
    const next = `${text}${text ? ' ' : ''}${random.fill(sentence, values)}`;
    if (next.length > framework.evidenceMaxLength) break;
    text = next;
  }
  return text;
}

function actions(answering: Answering, standard: Standard): Action[] {
  const { random, sector, submittedDay } = answering;
  const values = slots(answering, standard);
  const count = random.chance(0.3) ? 2 : 1;
  return Array.from({ length: count }, () => {
    const status = random.chance(0.6) ? 'not-started' : random.chance(0.9) ? 'in-progress' : 'complete';
    return {
      id: answering.nextActionId(),
      action: random.fill(random.pick(ACTIONS), values),
      lead: random.pick(rolesFor(sector)),
      // Due from a month to eighteen months after submitting: some fall overdue later in the cycle.
      due: addDays(submittedDay, random.int(30, 540)),
      status,
      notes: status === 'in-progress' ? 'Work has started; progress is reported at each review.' : '',
    };
  });
}

/** One complete answer: a level, and whatever that level asks for (the scale says what). */
export function answer(answering: Answering, standard: Standard, difficulty: number): Response {
  const { framework, random } = answering;
  const notApplicable = framework.scale.levels.find((level) => level.notApplicable);
  const rating =
    notApplicable && random.chance(0.03)
      ? { level: notApplicable.id, tier: 'expected' as const }
      : chooseRating(framework.scale, random, answering.strength, difficulty);
  const level = framework.scale.levels.find((candidate) => candidate.id === rating.level)!;
  const needs = (requirement: Requirement) => level.requires.includes(requirement);
  return {
    standardId: standard.id,
    rating: level.id,
    evidence: level.notApplicable && !needs('evidence') ? '' : evidence(answering, standard, rating.tier),
    explanation: needs('explanation') ? random.pick(level.notApplicable ? NOT_APPLICABLE : EXPLANATIONS) : '',
    actions: needs('action') ? actions(answering, standard) : [],
  };
}
