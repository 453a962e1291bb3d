import type { Action } from '../models/action.js';
import type { Framework } from '../models/framework.js';
import type { AuditReturn } from '../models/return.js';
import { indexFramework } from '../framework/framework-index.js';
import { standardName } from '../framework/wording.js';
import { quote } from '../issues/text.js';

/** An action and where it sits: `responses[responseIndex].actions[actionIndex]`. */
export interface FoundAction {
  readonly responseIndex: number;
  readonly actionIndex: number;
  readonly action: Action;
}

/** The action with this id, wherever it is in the return. */
export function findAction(ret: AuditReturn, actionId: string): FoundAction | undefined {
  for (const [responseIndex, response] of ret.responses.entries()) {
    const actionIndex = response.actions.findIndex((action) => action.id === actionId);
    if (actionIndex >= 0) return { responseIndex, actionIndex, action: response.actions[actionIndex]! };
  }
  return undefined;
}

/**
 * "action 1 of standard 6, Safe recruitment", the way the validation messages name an action.
 * Without the framework the standard cannot be named, so the action's id is used instead.
 */
export function actionLabel(ret: AuditReturn, found: FoundAction, framework?: Framework): string {
  const standardId = ret.responses[found.responseIndex]!.standardId;
  const standard = framework ? indexFramework(framework).standards.get(standardId) : undefined;
  if (!standard) return `action ${quote(found.action.id)}`;
  return `action ${found.actionIndex + 1} of ${standardName(standard, ret.organisation.sector || undefined)}`;
}
