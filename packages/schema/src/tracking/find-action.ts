import type { Action } from '../models/action.js';
import type { Framework } from '../models/framework.js';
import type { AuditReturn } from '../models/return.js';
import type { Issue } from '../issues/issue.js';
import { indexFramework } from '../framework/framework-index.js';
import { standardName } from '../framework/wording.js';
import { listAnd, quote } from '../issues/text.js';

/**
 * Which action a year-2 change is for. Action ids are unique within a response, so the id alone
 * names an action only when no other standard has an action with the same id; give the standard's
 * id too to be sure.
 */
export type ActionRef = string | { readonly standardId: string; readonly actionId: string };

/** An action and where it sits: `responses[responseIndex].actions[actionIndex]`. */
export interface FoundAction {
  readonly responseIndex: number;
  readonly actionIndex: number;
  readonly action: Action;
}

const refParts = (ref: ActionRef): { standardId?: string; actionId: unknown } =>
  typeof ref === 'string' ? { actionId: ref } : ref !== null && typeof ref === 'object' ? ref : { actionId: ref };

/** The action a reference names, or the issue that says why there is no single one. */
export function findAction(ret: AuditReturn, ref: ActionRef, framework?: Framework): FoundAction | Issue {
  const { standardId, actionId } = refParts(ref);
  const matches: FoundAction[] = [];
  for (const [responseIndex, response] of ret.responses.entries()) {
    if (standardId !== undefined && response.standardId !== standardId) continue;
    const actions = response.actions ?? [];
    const actionIndex = actions.findIndex((action) => action.id === actionId);
    if (actionIndex >= 0) matches.push({ responseIndex, actionIndex, action: actions[actionIndex]! });
  }
  if (matches.length === 1) return matches[0]!;
  const id = typeof actionId === 'string' ? quote(actionId) : 'given';
  if (matches.length === 0) {
    const where = standardId === undefined ? 'in this return' : `for the standard ${quote(standardId)} in this return`;
    return { path: [], code: 'unknown_action', severity: 'error', message: `There is no action with the id ${id} ${where}: check the id` };
  }
  const names = matches.map((found) => standardOf(ret, found, framework));
  return {
    path: [],
    code: 'ambiguous_action',
    severity: 'error',
    message: `The id ${id} is used by actions of ${listAnd(names)}: name the standard too, as { standardId, actionId }`,
  };
}

function standardOf(ret: AuditReturn, found: FoundAction, framework?: Framework): string {
  const standardId = ret.responses[found.responseIndex]!.standardId;
  const standard = framework ? indexFramework(framework).standards.get(standardId) : undefined;
  return standard ? standardName(standard, ret.organisation.sector || undefined) : `the standard ${quote(standardId)}`;
}

/**
 * "action 1 of standard 6, Safe recruitment", the way the validation messages name an action.
 * Without the framework the standard cannot be named, so the ids are used instead.
 */
export function actionLabel(ret: AuditReturn, found: FoundAction, framework?: Framework): string {
  const standard = standardOf(ret, found, framework);
  return framework ? `action ${found.actionIndex + 1} of ${standard}` : `action ${quote(found.action.id)} of ${standard}`;
}
