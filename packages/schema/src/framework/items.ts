import type { Framework, Item, Standard } from '../models/framework.js';
import type { ItemResponse, Response } from '../models/return.js';
import type { RollUp } from '../models/vocabulary.js';

/** The items of a standard an organisation of this sector answers (every item while the sector is unknown). */
export function applicableItems(standard: Standard, sector?: string): Item[] {
  const items = standard.items ?? [];
  return sector ? items.filter((item) => !item.sectors || item.sectors.includes(sector)) : items;
}

/** How a standard takes its rating from its items; `undefined` for a standard without items. */
export function rollUpOf(standard: Standard): RollUp | undefined {
  return standard.items?.length ? (standard.rollUp ?? 'worst-item') : undefined;
}

/**
 * The rating a standard's items give it when it rolls up (`worst-item`): the worst rating among
 * its items, "not applicable" items left out; the scale's not-applicable level when every item
 * is not applicable. `null` while an item that applies is not rated, when a rating is not on the
 * scale, or when the standard does not roll up (then the organisation rates it itself).
 */
export function rolledUpRating(framework: Framework, standard: Standard, items: readonly ItemResponse[] | undefined, sector?: string): string | null {
  if (rollUpOf(standard) !== 'worst-item') return null;
  const applicable = applicableItems(standard, sector);
  if (applicable.length === 0) return null;
  const { levels } = framework.scale;
  let worst = -1;
  let notApplicable: string | undefined;
  for (const item of applicable) {
    const rating = items?.find((answer) => answer.itemId === item.id)?.rating;
    const position = rating ? levels.findIndex((level) => level.id === rating) : -1;
    if (position < 0) return null;
    if (levels[position]!.notApplicable) notApplicable ??= rating!;
    else worst = Math.max(worst, position);
  }
  return worst >= 0 ? levels[worst]!.id : (notApplicable ?? null);
}

/**
 * A response with its rating rolled up from its items, as the elements keep it while items are
 * rated: until every item that applies is rated, a standard that rolls up has no rating. A
 * response to a standard that does not roll up is given back as it is.
 */
export function withRolledUpRating(framework: Framework, standard: Standard, response: Response, sector?: string): Response {
  if (rollUpOf(standard) !== 'worst-item') return response;
  const rating = rolledUpRating(framework, standard, response.items, sector);
  return rating === response.rating ? response : { ...response, rating };
}

/** An unrated answer for each item. */
export const emptyItems = (items: readonly Item[]): ItemResponse[] => items.map((item) => ({ itemId: item.id, rating: null, explanation: '' }));
