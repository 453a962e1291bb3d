import type { Framework } from '../models/framework.js';
import type { FrameworkMapping } from '../models/mapping.js';
import type { Response } from '../models/return.js';
import { indexFramework } from '../framework/framework-index.js';
import { standardName } from '../framework/wording.js';
import { listOr, quote } from '../issues/text.js';

/** What a target standard's rating becomes: a level, or null with the reason a person must choose. */
export type TranslatedRating = { readonly rating: string; readonly reason?: undefined } | { readonly rating: null; readonly reason: string };

export interface RatingSources {
  readonly from: Framework;
  readonly to: Framework;
  readonly mapping: FrameworkMapping;
  /** The source return's responses by standard id. */
  readonly responses: ReadonlyMap<string, Response>;
  /** The source organisation's sector, for the wording of standard names. */
  readonly sector: string | undefined;
}

/**
 * The rating of a target standard taken from its source standards: only when every source is
 * rated, every rating has a level on the target scale, and they all become the same level.
 * Anything else is left for a person, with the reason in words. Never a guess.
 */
export function translatedRating(sources: RatingSources, sourceIds: readonly string[]): TranslatedRating {
  const { from, to, mapping, responses, sector } = sources;
  if (sourceIds.length === 0) return { rating: null, reason: `no matching standard in ${from.title}; answer it yourself` };

  const source = indexFramework(from);
  const target = indexFramework(to);
  const levelMap = new Map(mapping.levels.map((level) => [level.from, level.to]));
  const problems: string[] = [];
  const rated: { name: string; label: string; to: string }[] = [];
  for (const id of sourceIds) {
    const name = standardName(source.standards.get(id)!, sector);
    const response = responses.get(id);
    const label = response?.rating ? (source.levels.get(response.rating)?.label ?? quote(response.rating)) : '';
    const level = response?.rating ? levelMap.get(response.rating) : undefined;
    if (!response) problems.push(`${name} was not answered`);
    else if (response.rating === null) problems.push(`${name} is not rated yet`);
    else if (level === undefined || !target.levels.has(level)) problems.push(`${name} is rated ${label}, which has no equivalent in ${to.title}`);
    else rated.push({ name, label, to: level });
  }
  if (problems.length) return { rating: null, reason: `in ${from.title}, ${problems.join('; ')}; answer it yourself` };

  // In the target scale's order, best first, however the sources happen to be listed.
  const order = to.scale.levels.map((level) => level.id);
  const levels = [...new Set(rated.map((r) => r.to))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  if (levels.length === 1) return { rating: levels[0]! };
  const ratings = rated.map((r) => `${r.name}: ${r.label}`).join('; ');
  const options = listOr(levels.map((id) => target.levels.get(id)!.label));
  return { rating: null, reason: `its matching standards in ${from.title} are rated differently (${ratings}), which would make it ${options}; choose the rating yourself` };
}
