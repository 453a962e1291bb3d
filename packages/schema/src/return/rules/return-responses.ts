import type { Issue } from '../../issues/issue.js';
import { appliesToSector } from '../../framework/wording.js';
import { quote } from '../../issues/text.js';
import { useInstead } from '../allowed-values.js';
import { issue, type ReturnContext } from './context.js';
import { capitalFirst, responseIssues } from './responses.js';

// The rules over a whole return's responses. Apart from responses.ts (the checks of one response),
// so that code which checks one response at a time (a task list's statuses) does not carry them.

/** Each response answers one known standard, once, with a level of the framework's scale. */
export function responsesRule(context: ReturnContext, out: Issue[]): void {
  const { framework, index, value, mode, name } = context;
  const sector = value.organisation.sector;
  const answered = new Map<string, number>();

  for (let i = 0; i < value.responses.length; i++) {
    const response = value.responses[i]!;
    const standard = index.standards.get(response.standardId);
    if (!standard) {
      out.push(
        issue(
          ['responses', i, 'standardId'],
          'unknown_standard',
          `Response ${i + 1} answers a standard ${quote(response.standardId)} that is not in version ${framework.version} of ${framework.title}: correct the id (${useInstead(
            response.standardId,
            framework.standards.map((s) => ({ id: s.id, label: `standard ${s.number}` })),
          )}), or check the return against the framework version it was made with`,
          response.standardId,
        ),
      );
      continue;
    }
    const first = answered.get(standard.id);
    if (first !== undefined) {
      out.push(issue(['responses', i], 'duplicate_response', `There is more than one answer for ${name(standard)} (responses ${first + 1} and ${i + 1}): keep one`, standard.id));
      continue;
    }
    answered.set(standard.id, i);
    if (sector && index.sectors.has(sector) && !appliesToSector(standard, sector)) {
      out.push(
        issue(
          ['responses', i],
          'standard_not_applicable',
          `${capitalFirst(name(standard))} does not apply to ${index.sectors.get(sector)}: its answer is kept but is not counted`,
          standard.id,
          'warning',
        ),
      );
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
