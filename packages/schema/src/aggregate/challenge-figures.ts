import type { Framework } from '../models/framework.js';
import type { ReturnEvent } from '../models/return-event.js';

/** Challenges on one standard across the campaign. */
export interface StandardChallenges {
  readonly standardId: string;
  readonly number: number;
  readonly title: string;
  /** Agencies whose answer to the standard (or one of its actions) was challenged. */
  readonly challenged: number;
  /** Of those, agencies whose rating is now different from the rating that was challenged. */
  readonly changed: number;
}

/** The quality assurance group's challenge and feedback over a campaign, for the board report. */
export interface ChallengeFigures {
  /** Returns chosen for review (by hand or in a random sample). */
  readonly reviewed: number;
  /** Challenges raised, and where they stand now. */
  readonly challenges: number;
  readonly awaitingAgency: number;
  readonly awaitingStaff: number;
  readonly accepted: number;
  /** Ratings (agency and standard) challenged, and how many of them the agency has since changed. */
  readonly ratingsChallenged: number;
  readonly ratingsChanged: number;
  /** Standards with at least one challenge, in framework order. */
  readonly standards: readonly StandardChallenges[];
}

/**
 * The rating an agency gave a standard in one of its versions (`'latest'`: the version that
 * counts now); undefined when there is no such version or response.
 */
export type RatingAt = (agencyId: string, version: number | 'latest', standardId: string) => string | null | undefined;

/**
 * Count challenges from a campaign's history: each challenge's state is its latest step, and a
 * rating counts as changed when the agency's latest version rates the standard differently from
 * the version that was first challenged.
 */
export function challengeFigures(framework: Framework, events: Iterable<ReturnEvent>, ratingAt: RatingAt): ChallengeFigures {
  const reviewed = new Set<string>();
  const threads = new Map<string, { agencyId: string; standardId: string; version: number; last: ReturnEvent['kind'] }>();
  for (const event of events) {
    if (event.kind === 'review-selected') reviewed.add(event.agencyId);
    else if (event.kind === 'challenge-raised')
      threads.set(event.challengeId, { agencyId: event.agencyId, standardId: event.standardId, version: event.version, last: event.kind });
    else if (event.kind === 'challenge-answered' || event.kind === 'challenge-accepted' || event.kind === 'challenge-reopened') {
      const thread = threads.get(event.challengeId);
      if (thread) thread.last = event.kind;
    }
  }
  // One rating is one agency's answer to one standard: challenged once or three times, it counts once, from the first challenge.
  const ratings = new Map<string, { agencyId: string; standardId: string; version: number }>();
  for (const thread of threads.values()) {
    const key = `${thread.agencyId}\u0000${thread.standardId}`;
    const seen = ratings.get(key);
    if (!seen || thread.version < seen.version) ratings.set(key, thread);
  }
  const byStandard = new Map<string, { challenged: number; changed: number }>();
  let changed = 0;
  for (const rating of ratings.values()) {
    const figures = byStandard.get(rating.standardId) ?? { challenged: 0, changed: 0 };
    figures.challenged++;
    const then = ratingAt(rating.agencyId, rating.version, rating.standardId);
    const now = ratingAt(rating.agencyId, 'latest', rating.standardId);
    if (then !== undefined && now !== undefined && then !== now) {
      figures.changed++;
      changed++;
    }
    byStandard.set(rating.standardId, figures);
  }
  const states = [...threads.values()].map((thread) => thread.last);
  return {
    reviewed: reviewed.size,
    challenges: threads.size,
    awaitingAgency: states.filter((state) => state === 'challenge-raised' || state === 'challenge-reopened').length,
    awaitingStaff: states.filter((state) => state === 'challenge-answered').length,
    accepted: states.filter((state) => state === 'challenge-accepted').length,
    ratingsChallenged: ratings.size,
    ratingsChanged: changed,
    standards: framework.standards
      .filter((standard) => byStandard.has(standard.id))
      .map((standard) => ({ standardId: standard.id, number: standard.number, title: standard.title, ...byStandard.get(standard.id)! })),
  };
}
