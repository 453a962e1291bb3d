import type { Issue } from '../../issues/issue.js';
import type { Standard } from '../../models/framework.js';
import type { RatingLevel } from '../../models/scale.js';
import type { Response } from '../../models/return.js';
import { appliesToSector } from '../../framework/wording.js';
import { listOr, quote } from '../../issues/text.js';
import { isBlank, issue, type ResponseContext, type ReturnContext } from './context.js';
import { isEmptyAction, responseActionIssues } from './actions.js';

/** Each response answers one known standard, once, with a level of the framework's scale. */
export function responsesRule(context: ReturnContext, out: Issue[]): void {
  const { framework, index, value, mode, name } = context;
  const sector = value.organisation.sector;
  const answered = new Map<string, number>();

  for (let i = 0; i < value.responses.length; i++) {
    const response = value.responses[i]!;
    const standard = index.standards.get(response.standardId);
    if (!standard) {
      out.push(issue(
        ['responses', i, 'standardId'],
        'unknown_standard',
        `Response ${i + 1} answers a standard ${quote(response.standardId)} that is not in version ${framework.version} of ${framework.title}: correct the id, or check the return against the framework version it was made with`,
      ));
      continue;
    }
    const first = answered.get(standard.id);
    if (first !== undefined) {
      out.push(issue(
        ['responses', i],
        'duplicate_response',
        `There is more than one answer for ${name(standard)} (responses ${first + 1} and ${i + 1}): keep one`,
        standard.id,
      ));
      continue;
    }
    answered.set(standard.id, i);
    if (sector && index.sectors.has(sector) && !appliesToSector(standard, sector)) {
      out.push(issue(
        ['responses', i],
        'standard_not_applicable',
        `${capitalFirst(name(standard))} does not apply to ${index.sectors.get(sector)}: its answer is kept but is not counted`,
        standard.id,
        'warning',
      ));
    }
    responseIssues(context, standard, response, i, out);
  }

  if (mode !== 'submit') return;
  for (const standard of framework.standards) {
    if (answered.has(standard.id)) continue;
    if (sector && !appliesToSector(standard, sector)) continue;
    out.push(issue(['responses'], 'rating_required', `Select a rating for ${name(standard)}`, standard.id));
  }
}

const capitalFirst = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/** Everything wrong with one response to a known standard: its rating, its level's needs, its actions. */
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
    out.push(issue(
      at('evidence'),
      'evidence_too_long',
      `The evidence for ${name(standard)} must be ${framework.evidenceMaxLength} characters or fewer (it has ${response.evidence.length})`,
      standard.id,
    ));
  }

  if (response.rating === null) {
    if (mode === 'submit') out.push(issue(at('rating'), 'rating_required', `Select a rating for ${name(standard)}`, standard.id));
    return;
  }
  const level = index.levels.get(response.rating);
  if (!level) {
    out.push(issue(
      at('rating'),
      'unknown_rating',
      `Select a rating for ${name(standard)} from ${listOr(framework.scale.levels.map((l) => l.label))}: ${quote(response.rating)} is not on the scale`,
      standard.id,
    ));
    return;
  }
  if (mode === 'submit') levelRequirements(context, standard, response, level, i, out);
}

/** What the chosen level asks a response to carry: the scale says, the rule only reads it. */
function levelRequirements(
  { name }: ResponseContext,
  standard: Standard,
  response: Response,
  level: RatingLevel,
  i: number,
  out: Issue[],
): void {
  for (const requirement of level.requires) {
    if (requirement === 'evidence' && isBlank(response.evidence)) {
      out.push(issue(
        ['responses', i, 'evidence'],
        'evidence_required',
        `Enter evidence of impact for ${name(standard)}: a rating of ${level.label} needs it`,
        standard.id,
      ));
    } else if (requirement === 'explanation' && isBlank(response.explanation)) {
      out.push(issue(
        ['responses', i, 'explanation'],
        'explanation_required',
        level.notApplicable
          ? `Explain why ${name(standard)} does not apply to your organisation`
          : `Explain the rating of ${level.label} for ${name(standard)}`,
        standard.id,
      ));
    } else if (requirement === 'action' && response.actions.every(isEmptyAction)) {
      // With a blank row on screen, point at it: that is where the person will type.
      out.push(issue(
        response.actions.length ? ['responses', i, 'actions', 0, 'action'] : ['responses', i, 'actions'],
        'action_required',
        `Add at least one action for ${name(standard)}: a rating of ${level.label} needs an action plan`,
        standard.id,
      ));
    }
  }
}
