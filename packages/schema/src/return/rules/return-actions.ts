import type { Issue } from '../../issues/issue.js';
import { quote } from '../../issues/text.js';
import { issue, type ReturnContext } from './context.js';
import { responseActionIssues } from './actions.js';

// The rules over a whole return's actions. Apart from actions.ts (the checks of one response's
// actions), so that code which checks one response at a time (a task list's statuses) does not carry them.

/**
 * Action ids are unique within each response, so that a year-2 update can name an action by its
 * standard and id. `emptyAction` gives a fresh one; a return need not invent ids unique across
 * all its standards.
 */
export function actionIdsRule({ index, value, name }: ReturnContext, out: Issue[]): void {
  for (let i = 0; i < value.responses.length; i++) {
    const response = value.responses[i]!;
    if (response.actions.length < 2) continue;
    const standard = index.standards.get(response.standardId);
    const seen = new Map<string, number>();
    for (let j = 0; j < response.actions.length; j++) {
      const action = response.actions[j]!;
      const first = seen.get(action.id);
      if (first !== undefined)
        out.push(
          issue(
            ['responses', i, 'actions', j, 'id'],
            'duplicate_action_id',
            `Actions ${first + 1} and ${j + 1} of ${standard ? name(standard) : `response ${i + 1}`} have the same id ${quote(action.id)}: give each action of a standard its own id`,
            response.standardId,
          ),
        );
      else seen.set(action.id, j);
    }
  }
}

/** Actions on responses to unknown standards are still checked, so that nothing goes unread. */
export function orphanActionsRule(context: ReturnContext, out: Issue[]): void {
  for (let i = 0; i < context.value.responses.length; i++) {
    const response = context.value.responses[i]!;
    if (!context.index.standards.has(response.standardId)) responseActionIssues(context, response, i, undefined, out);
  }
}
