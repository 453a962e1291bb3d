import type { ReturnEvent, ReturnEventOf } from '@s11kit/schema';

export type ChallengeState = 'awaiting-agency' | 'awaiting-staff' | 'accepted';

/** One challenge as its steps tell it: raised, then answers, challenges again, and the decision. */
export interface ChallengeThread {
  readonly raised: ReturnEventOf<'challenge-raised'>;
  readonly steps: readonly (ReturnEventOf<'challenge-answered'> | ReturnEventOf<'challenge-reopened'> | ReturnEventOf<'challenge-accepted'>)[];
  readonly state: ChallengeState;
}

const stateAfter = (kind: ReturnEvent['kind']): ChallengeState =>
  kind === 'challenge-answered' ? 'awaiting-staff' : kind === 'challenge-accepted' ? 'accepted' : 'awaiting-agency';

/** Every challenge of a return, oldest first. */
export function challengeThreads(events: readonly ReturnEvent[]): ChallengeThread[] {
  const threads = new Map<string, { raised: ReturnEventOf<'challenge-raised'>; steps: ChallengeThread['steps'][number][] }>();
  for (const event of events) {
    if (event.kind === 'challenge-raised') threads.set(event.challengeId, { raised: event, steps: [] });
    else if (event.kind === 'challenge-answered' || event.kind === 'challenge-reopened' || event.kind === 'challenge-accepted') threads.get(event.challengeId)?.steps.push(event);
  }
  return [...threads.values()].map((thread) => ({ ...thread, state: stateAfter(thread.steps.at(-1)?.kind ?? 'challenge-raised') }));
}

/** Which step may follow: the agency answers what waits for it; staff accept or challenge again what waits for them. */
export function allowedNext(state: ChallengeState): readonly ReturnEvent['kind'][] {
  if (state === 'awaiting-agency') return ['challenge-answered'];
  if (state === 'awaiting-staff') return ['challenge-accepted', 'challenge-reopened'];
  return [];
}

/** Whether the return was chosen for review, and why (the latest choice). */
export function reviewOf(events: readonly ReturnEvent[]): ReturnEventOf<'review-selected'> | undefined {
  return events.filter((event): event is ReturnEventOf<'review-selected'> => event.kind === 'review-selected').at(-1);
}
