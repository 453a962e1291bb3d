import type { Action } from '../../models/action.js';
import { formatLongDate } from '../../dates.js';
import { quote } from '../../issues/text.js';
import { isBlank, issue, type ReturnContext } from './context.js';

/** A row nobody has typed into yet. */
export const isEmptyAction = (action: Action): boolean =>
  isBlank(action.action) && isBlank(action.lead) && action.due === '' && isBlank(action.notes);

/** SMART basics for every action: what, who, and a due date that has not already passed. */
export function* actionsRule({ index, value, mode, today, todayIsNow, name }: ReturnContext) {
  const seenIds = new Set<string>();
  for (const [i, response] of value.responses.entries()) {
    const standard = index.standards.get(response.standardId);
    for (const [j, action] of response.actions.entries()) {
      const at = (field?: string) => (field ? ['responses', i, 'actions', j, field] : ['responses', i, 'actions', j]);
      const owner = standard ? name(standard) : `response ${i + 1}`;
      const label = `action ${j + 1} of ${owner}`;
      if (seenIds.has(action.id))
        yield issue(at('id'), 'duplicate_action_id', `The id ${quote(action.id)} of ${label} is already used by another action: give each action its own id`, standard?.id);
      seenIds.add(action.id);

      if (mode !== 'submit') continue;
      if (isEmptyAction(action)) {
        yield issue(at(), 'action_empty', `Complete ${label}, or remove it`, standard?.id);
        continue;
      }
      if (isBlank(action.action)) yield issue(at('action'), 'action_text_required', `Enter what will be done for ${label}`, standard?.id);
      if (isBlank(action.lead)) yield issue(at('lead'), 'action_lead_required', `Enter the lead for ${label}`, standard?.id);
      if (action.due === '') {
        yield issue(at('due'), 'action_due_required', `Enter a due date for ${label}`, standard?.id);
      } else if (action.due < today && action.status !== 'complete') {
        yield issue(
          at('due'),
          'action_due_past',
          todayIsNow
            ? `The due date for ${label} must be today or in the future`
            : `The due date for ${label} must not be before the return was submitted, on ${formatLongDate(today)}`,
          standard?.id,
        );
      }
    }
  }
}
