import { createAggregator, type AggregateResult, type Framework, type Instant } from '@s11kit/schema';
import type { ReturnDigest } from './digest.js';

export interface DigestAggregateOptions {
  readonly now?: Instant;
  /** The digests of the earlier cycle's campaign, for the comparison. */
  readonly previous?: Iterable<ReturnDigest>;
}

const agencyKey = (ret: unknown) => (ret as ReturnDigest).agencyKey;

/**
 * The figures of a campaign from its stored digests (the latest version of each agency), counted
 * by the SDK's aggregator without checking the returns again: they were checked when stored.
 */
export function aggregateDigests(framework: Framework, digests: Iterable<ReturnDigest>, options: DigestAggregateOptions = {}): AggregateResult {
  const aggregator = createAggregator(framework, {
    stored: true,
    agencyKey,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.previous ? { previous: options.previous } : {}),
  });
  for (const digest of digests) aggregator.add(digest);
  return aggregator.result();
}
