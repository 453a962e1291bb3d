import { applicableItems, rollUpOf, type Action, type Framework, type ItemResponse, type RatingLevel, type Requirement, type Response, type Standard } from '@s11kit/schema';
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

/** One complete answer: a level, and whatever that level (and the levels of its items) ask for. */
export function answer(answering: Answering, standard: Standard, difficulty: number): Response {
  const { framework, random, sector } = answering;
  const levels = framework.scale.levels;
  const notApplicable = levels.find((level) => level.notApplicable);
  const rating =
    notApplicable && random.chance(0.03) ? { level: notApplicable.id, tier: 'expected' as const } : chooseRating(framework.scale, random, answering.strength, difficulty);
  const level = levels.find((candidate) => candidate.id === rating.level)!;
  const items = itemAnswers(answering, standard, level, difficulty);
  const asking = [level, ...items.map((item) => levels.find((l) => l.id === item.rating)!)];
  const needs = (requirement: Requirement) => asking.some((l, n) => l.requires.includes(requirement) && (n === 0 || requirement !== 'explanation'));
  return {
    standardId: standard.id,
    rating: level.id,
    evidence: level.notApplicable && !needs('evidence') ? '' : evidence(answering, standard, rating.tier),
    explanation: level.requires.includes('explanation') ? random.pick(level.notApplicable ? NOT_APPLICABLE : EXPLANATIONS) : '',
    actions: needs('action') ? actions(answering, standard) : [],
    ...(items.length ? { items } : {}),
  };

  function itemAnswers(answering: Answering, standard: Standard, level: RatingLevel, difficulty: number): ItemResponse[] {
    const items = applicableItems(standard, sector);
    if (!items.length) return [];
    const rate = (chosen: RatingLevel): ItemResponse => ({
      itemId: '',
      rating: chosen.id,
      explanation: chosen.requires.includes('explanation') ? random.pick(chosen.notApplicable ? NOT_APPLICABLE : EXPLANATIONS) : '',
    });
    if (rollUpOf(standard) === 'none') {
      // Questions of their own (Buckinghamshire's board priorities): each rated on its own merits.
      return items.map((item) => {
        const chosen = chooseRating(framework.scale, random, answering.strength, difficulty).level;
        return { ...rate(levels.find((l) => l.id === chosen)!), itemId: item.id };
      });
    }
    // The standard's rating is the worst of its items': one item at that level, the rest at it or better.
    if (level.notApplicable) return items.map((item) => ({ ...rate(level), itemId: item.id }));
    const position = levels.indexOf(level);
    const worst = random.int(0, items.length - 1);
    return items.map((item, n) => {
      const better = n === worst ? position : Math.max(0, position - (random.chance(0.3) ? 1 : 0));
      return { ...rate(levels[better]!), itemId: item.id };
    });
  }
}
