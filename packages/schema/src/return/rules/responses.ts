import type { Issue } from '../../issues/issue.js';
import type { Standard } from '../../models/framework.js';
import type { RatingLevel } from '../../models/scale.js';
import type { Response } from '../../models/return.js';
import { applicableItems, rolledUpRating } from '../../framework/items.js';
import { listOr, quote } from '../../issues/text.js';
import { useInstead } from '../allowed-values.js';
import { isBlank, issue, type ResponseContext } from './context.js';
import { isEmptyAction, responseActionIssues } from './actions.js';

export const capitalFirst = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/** Everything wrong with one response to a known standard: its rating, its items, its level's needs, its actions. */
export function responseIssues(context: ResponseContext, standard: Standard, response: Response, i: number, out: Issue[]): void {
  const start = out.length;
  ratingIssues(context, standard, response, i, out);
  // "Add at least one action" already covers blank action rows: asking to complete or remove
  // each of them as well would say the same thing twice.
  let planMissing = false;
  for (let k = start; k < out.length; k++) if (out[k]!.code === 'action_required') planMissing = true;
  const actionsStart = out.length;
  responseActionIssues(context, response, i, standard, out);
  if (planMissing) {
    const kept = out.splice(actionsStart).filter((found) => found.code !== 'action_empty');
    out.push(...kept);
  }
}

function ratingIssues(context: ResponseContext, standard: Standard, response: Response, i: number, out: Issue[]): void {
  const { framework, index, mode, name } = context;
  const at = (...rest: (string | number)[]) => ['responses', i, ...rest];

  if (response.evidence.length > framework.evidenceMaxLength && mode === 'submit') {
    out.push(
      issue(
        at('evidence'),
        'evidence_too_long',
        `The evidence for ${name(standard)} must be ${framework.evidenceMaxLength} characters or fewer (it has ${response.evidence.length})`,
        standard.id,
      ),
    );
  }

  if (response.copiedFrom && mode === 'submit')
    out.push(
      issue(
        at('evidence'),
        'evidence_copied',
        `The evidence for ${name(standard)} was copied from your return for ${quote(response.copiedFrom.framework.id)}: check that it fits this standard, then keep or change it`,
        standard.id,
        'warning',
      ),
    );

  // Items first: what they give decides what the standard's own rating must be.
  const askers = standard.items?.length || response.items?.length ? itemIssues(context, standard, response, i, out) : [];
  const rolled = rolledUpRating(framework, standard, response.items, context.sector);

  let level: RatingLevel | undefined;
  if (response.rating === null) {
    if (mode === 'submit') {
      const hint = rolled ? `: its items give ${index.levels.get(rolled)!.label} (${quote(rolled)})` : '';
      out.push(issue(at('rating'), 'rating_required', `Select a rating for ${name(standard)}${hint}`, standard.id));
    }
  } else {
    level = index.levels.get(response.rating);
    if (!level) {
      out.push(issue(at('rating'), 'unknown_rating', unknownRatingMessage(context, `Select a rating for ${name(standard)}`, response.rating), standard.id));
    } else if (rolled !== null && rolled !== response.rating) {
      const expected = index.levels.get(rolled)!;
      out.push(
        issue(
          at('rating'),
          'rating_not_rolled_up',
          `The rating of ${name(standard)} must be ${expected.label}, the worst rating of its items, not ${level.label}: set it to ${quote(rolled)}, or change the items`,
          standard.id,
        ),
      );
    }
  }
  if (mode === 'submit') levelRequirements(context, standard, response, level ? [level, ...askers] : askers, i, out);
}

/** "Select a rating … from Good, …: “Good” is not a level id of the scale; use its id “good”" */
function unknownRatingMessage({ framework }: ResponseContext, start: string, rating: string): string {
  const { levels } = framework.scale;
  return `${start} from ${listOr(levels.map((l) => l.label))}: ${quote(rating)} is not a level id of the scale; ${useInstead(rating, levels, false)}`;
}

/**
 * The answers to a standard's items: each names an item of the standard once, and is rated on
 * the scale; at submit every item that applies is rated, and explained where its level asks.
 * Gives back the item levels whose other needs (evidence, an action plan) fall on the standard.
 */
function itemIssues(context: ResponseContext, standard: Standard, response: Response, i: number, out: Issue[]): RatingLevel[] {
  const { index, mode, name, sector } = context;
  const known = index.items.get(standard.id);
  const answers = response.items ?? [];
  const seen = new Map<string, number>();
  const askers: RatingLevel[] = [];
  const at = (...rest: (string | number)[]) => ['responses', i, 'items', ...rest];
  const itemName = (title: string) => `“${title}” in ${name(standard)}`;
  for (let k = 0; k < answers.length; k++) {
    const answer = answers[k]!;
    const item = known?.get(answer.itemId);
    if (!item) {
      const choices = known ? `: use ${listOr([...known.keys()].map((id) => quote(id)))}` : ', which has no items: remove it';
      out.push(
        issue(
          at(k, 'itemId'),
          'unknown_item',
          `Item ${k + 1} of the answer for ${name(standard)} names an item ${quote(answer.itemId)} that the standard does not have${choices}`,
          standard.id,
        ),
      );
      continue;
    }
    const first = seen.get(item.id);
    if (first !== undefined) {
      out.push(issue(at(k), 'duplicate_item', `There is more than one answer for ${itemName(item.title)} (items ${first + 1} and ${k + 1} of the answer): keep one`, standard.id));
      continue;
    }
    seen.set(item.id, k);
    if (sector && item.sectors && !item.sectors.includes(sector)) {
      out.push(
        issue(
          at(k),
          'item_not_applicable',
          `${capitalFirst(itemName(item.title))} does not apply to ${index.sectors.get(sector)}: its answer is kept but is not counted`,
          standard.id,
          'warning',
        ),
      );
      continue;
    }
    if (answer.rating === null) {
      if (mode === 'submit') out.push(issue(at(k, 'rating'), 'item_rating_required', `Select a rating for ${itemName(item.title)}`, standard.id));
      continue;
    }
    const level = index.levels.get(answer.rating);
    if (!level) {
      out.push(issue(at(k, 'rating'), 'unknown_rating', unknownRatingMessage(context, `Select a rating for ${itemName(item.title)}`, answer.rating), standard.id));
      continue;
    }
    if (mode !== 'submit') continue;
    if (level.requires.includes('explanation') && isBlank(answer.explanation))
      out.push(
        issue(
          at(k, 'explanation'),
          'explanation_required',
          level.notApplicable ? `Explain why ${itemName(item.title)} does not apply to your organisation` : `Explain the rating of ${level.label} for ${itemName(item.title)}`,
          standard.id,
        ),
      );
    askers.push(level);
  }
  if (mode === 'submit') {
    for (const item of applicableItems(standard, sector)) {
      if (!seen.has(item.id)) out.push(issue(['responses', i, 'items'], 'item_rating_required', `Select a rating for ${itemName(item.title)}`, standard.id));
    }
  }
  return askers;
}

/**
 * What the chosen levels ask a response to carry: the scale says, the rule only reads it. The
 * standard's own level comes first; an item's level can ask for evidence or an action plan too,
 * which the standard's answer carries. Each need is asked for once, naming the level that asks.
 */
function levelRequirements({ name }: ResponseContext, standard: Standard, response: Response, levels: readonly RatingLevel[], i: number, out: Issue[]): void {
  const asked = new Set<string>();
  for (const [n, level] of levels.entries()) {
    const own = n === 0 && level.id === response.rating;
    const who = own ? `a rating of ${level.label}` : `an item rated ${level.label}`;
    for (const requirement of level.requires) {
      // An item's explanation is its own (see itemIssues).
      if (asked.has(requirement) || (!own && requirement === 'explanation')) continue;
      asked.add(requirement);
      if (requirement === 'evidence' && isBlank(response.evidence)) {
        out.push(issue(['responses', i, 'evidence'], 'evidence_required', `Enter evidence of impact for ${name(standard)}: ${who} needs it`, standard.id));
      } else if (requirement === 'explanation' && isBlank(response.explanation)) {
        out.push(
          issue(
            ['responses', i, 'explanation'],
            'explanation_required',
            level.notApplicable ? `Explain why ${name(standard)} does not apply to your organisation` : `Explain the rating of ${level.label} for ${name(standard)}`,
            standard.id,
          ),
        );
      } else if (requirement === 'action' && response.actions.every(isEmptyAction)) {
        // With a blank row on screen, point at it: that is where the person will type.
        out.push(
          issue(
            response.actions.length ? ['responses', i, 'actions', 0, 'action'] : ['responses', i, 'actions'],
            'action_required',
            `Add at least one action for ${name(standard)}: ${who} needs an action plan`,
            standard.id,
          ),
        );
      }
    }
  }
}
