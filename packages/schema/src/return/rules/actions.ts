import type { Issue } from '../../issues/issue.js';
import type { Action } from '../../models/action.js';
import { formatLongDate, isCalendarDate } from '../../dates.js';
import { dateEntryProblem } from '../../date-entry.js';
import type { Standard } from '../../models/framework.js';
import type { Response } from '../../models/return.js';
import { isBlank, issue, type ResponseContext } from './context.js';

/**
 * What a SMART action must state before submit, in the order people fill them in: what will be
 * done, who leads it, and by when. `responseActionIssues` checks exactly these (a test holds the
 * two together); elements ask this list which of their fields are required.
 */
export const ACTION_REQUIRED_FIELDS = ['action', 'lead', 'due'] as const;

/** A row nobody has typed into yet. */
export const isEmptyAction = (action: Action): boolean => isBlank(action.action) && isBlank(action.lead) && action.due === '' && isBlank(action.notes);

/** SMART basics for each action of a response: what, who, and a due date that has not already passed. */
export function responseActionIssues({ mode, today, todayIsNow, name }: ResponseContext, response: Response, i: number, standard: Standard | undefined, out: Issue[]): void {
  if (mode !== 'submit') return;
  for (let j = 0; j < response.actions.length; j++) {
    const action = response.actions[j]!;
    const realDue = isCalendarDate(action.due);
    const complete = !isBlank(action.action) && !isBlank(action.lead) && realDue && (action.due >= today || action.status === 'complete');
    // A complete action needs no words: this runs for every action a server checks.
    if (complete) continue;
    const at = (field?: string) => (field ? ['responses', i, 'actions', j, field] : ['responses', i, 'actions', j]);
    const label = `action ${j + 1} of ${standard ? name(standard) : `response ${i + 1}`}`;
    const standardId = response.standardId;
    if (isEmptyAction(action)) {
      out.push(issue(at(), 'action_empty', `Complete ${label}, or remove it`, standardId));
      continue;
    }
    if (isBlank(action.action)) out.push(issue(at('action'), 'action_text_required', `Enter what will be done for ${label}`, standardId));
    if (isBlank(action.lead)) out.push(issue(at('lead'), 'action_lead_required', `Enter the lead for ${label}`, standardId));
    if (action.due === '') {
      out.push(issue(at('due'), 'action_due_required', `Enter a due date for ${label}`, standardId));
    } else if (!realDue) {
      out.push(issue(at('due'), 'action_due_invalid', `The due date for ${label} ${dateEntryProblem(action.due) ?? 'must be a real date'}`, standardId));
    } else if (action.due < today && action.status !== 'complete') {
      out.push(
        issue(
          at('due'),
          'action_due_past',
          todayIsNow
            ? `The due date for ${label} must be today or in the future`
            : `The due date for ${label} must not be before the return was submitted, on ${formatLongDate(today)}`,
          standardId,
        ),
      );
    }
  }
}
