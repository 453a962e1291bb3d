import type { Issue } from '../../issues/issue.js';
import type { Action } from '../../models/action.js';
import { formatLongDate } from '../../dates.js';
import { capitalise } from '../../issues/text.js';
import { statementIssues, statementPlanIssues } from '../../tracking/statement-issues.js';
import { isBlank, issue, type ReturnContext } from './context.js';

/**
 * Year-2 records on each action: due date changes chain from one to the next and end at the due
 * date (otherwise the year-1 date cannot be trusted), and at submit every change has a reason and
 * a completion record has its evidence.
 */
export function actionRecordsRule({ index, value, mode, name }: ReturnContext, out: Issue[]): void {
  const submit = mode === 'submit';
  for (let i = 0; i < value.responses.length; i++) {
    const response = value.responses[i]!;
    for (let j = 0; j < response.actions.length; j++) {
      const action = response.actions[j]!;
      // Most actions have no year-2 records: skip them before building any words.
      if (!action.revisions?.length && !(submit && action.completion)) continue;
      const standard = index.standards.get(response.standardId);
      const at = (...rest: (string | number)[]) => ['responses', i, 'actions', j, ...rest];
      const label = `action ${j + 1} of ${standard ? name(standard) : `response ${i + 1}`}`;
      revisionIssues(action, label, at, submit, response.standardId, out);
      if (submit && action.status === 'complete' && action.completion && isBlank(action.completion.evidence))
        out.push(issue(at('completion', 'evidence'), 'completion_evidence_required', `Enter the evidence that ${label} is complete`, response.standardId));
    }
  }
}

function revisionIssues(
  action: Action,
  label: string,
  at: (...rest: (string | number)[]) => (string | number)[],
  submit: boolean,
  standardId: string | undefined,
  out: Issue[],
): void {
  const revisions = action.revisions ?? [];
  for (let k = 0; k < revisions.length; k++) {
    const revision = revisions[k]!;
    const before = revisions[k - 1];
    if (before && revision.from !== before.to)
      out.push(
        issue(
          at('revisions', k, 'from'),
          'revision_chain_broken',
          `Due date change ${k + 1} of ${label} starts from ${formatLongDate(revision.from)}, but change ${k} moved the date to ${formatLongDate(before.to)}: each change must start from the date the one before it set`,
          standardId,
        ),
      );
    if (submit && isBlank(revision.reason))
      out.push(issue(at('revisions', k, 'reason'), 'revision_reason_required', `Enter the reason for due date change ${k + 1} of ${label}`, standardId));
  }
  const last = revisions[revisions.length - 1];
  if (last && last.to !== action.due)
    out.push(
      issue(
        at('due'),
        'revision_due_mismatch',
        action.due === ''
          ? `${capitalise(label)} has no due date, but its last due date change moved it to ${formatLongDate(last.to)}: enter that date`
          : `The due date of ${label} is ${formatLongDate(action.due)}, but its last due date change moved it to ${formatLongDate(last.to)}: make them the same`,
        standardId,
      ),
    );
}

/** Statements of compliance in the return's history: signed, worded, and naming real standards. */
export function historyRule({ framework, value }: ReturnContext, out: Issue[]): void {
  const sector = value.organisation.sector || undefined;
  for (const [k, entry] of (value.history ?? []).entries()) {
    if (entry.kind !== 'statement-of-compliance') continue;
    out.push(...statementIssues(framework, entry, ['history', k], sector));
    out.push(...statementPlanIssues(framework, entry, value, ['history', k], sector));
  }
}
