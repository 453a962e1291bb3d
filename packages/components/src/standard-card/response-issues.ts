import { issueTarget, type Issue } from '@s11kit/schema';

/** What an issue about one item says, on the item's rating and on its explanation. */
export interface ItemErrors {
  rating?: string;
  explanation?: string;
}

/** Where an issue about one response belongs inside a standard card. */
export interface CardErrors {
  rating?: string;
  evidence?: string;
  explanation?: string;
  actions?: string;
  /** About the items as a whole (an item not answered at all). */
  items?: string;
  /** Keyed by item id. */
  item: Record<string, ItemErrors>;
  /** Keyed as `<s11-action-plan>` expects: `"0.lead"`, or `"0"` for a whole action. */
  actionFields: Record<string, string>;
}

/**
 * Sort a response's issues onto the card's controls, as `issueTarget` places them. The messages
 * are the schema's; this only decides where each is shown. `itemIds` are the ids of the
 * response's item answers in order, to find the item an issue's index points at.
 */
export function cardErrors(issues: readonly Issue[], itemIds: readonly string[] = []): CardErrors {
  const errors: CardErrors = { item: {}, actionFields: {} };
  for (const issue of issues) {
    if (issue.severity !== 'error') continue;
    const target = issueTarget(issue);
    const { field } = target;
    if (field === undefined || field === 'rating') errors.rating ??= issue.message;
    else if (field === 'evidence') errors.evidence ??= issue.message;
    else if (field === 'explanation') errors.explanation ??= issue.message;
    else if (field === 'actions' && target.actionIndex !== undefined) {
      const key = target.actionField === undefined ? String(target.actionIndex) : `${target.actionIndex}.${target.actionField}`;
      errors.actionFields[key] ??= issue.message;
    } else if (field === 'actions') errors.actions ??= issue.message;
    else if (field === 'items') {
      const id = target.itemIndex === undefined ? undefined : itemIds[target.itemIndex];
      if (id === undefined) errors.items ??= issue.message;
      else {
        const item = (errors.item[id] ??= {});
        if (target.itemField === 'explanation') item.explanation ??= issue.message;
        else item.rating ??= issue.message;
      }
    }
  }
  return errors;
}
