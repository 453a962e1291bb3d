import type { Issue } from '@s11kit/schema';

/** Where an issue about one response belongs inside a standard card. */
export interface CardErrors {
  rating?: string;
  evidence?: string;
  explanation?: string;
  actions?: string;
  /** Keyed as `<s11-action-plan>` expects: `"0.lead"`, or `"0"` for a whole action. */
  actionFields: Record<string, string>;
}

/**
 * Sort a response's issues (paths from the root of the return: `['responses', i, ...]`) onto the
 * card's controls. The messages are the schema's; this only decides where each is shown.
 */
export function cardErrors(issues: readonly Issue[]): CardErrors {
  const errors: CardErrors = { actionFields: {} };
  for (const issue of issues) {
    if (issue.severity !== 'error') continue;
    const [, , field, actionIndex, actionField] = issue.path;
    if (field === undefined || field === 'rating') errors.rating ??= issue.message;
    else if (field === 'evidence') errors.evidence ??= issue.message;
    else if (field === 'explanation') errors.explanation ??= issue.message;
    else if (field === 'actions' && typeof actionIndex === 'number') {
      const key = actionField === undefined ? String(actionIndex) : `${actionIndex}.${String(actionField)}`;
      errors.actionFields[key] ??= issue.message;
    } else if (field === 'actions') errors.actions ??= issue.message;
  }
  return errors;
}
