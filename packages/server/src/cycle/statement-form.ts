import {
  actionIds,
  applicableItems,
  dateEntry,
  dateEntryProblem,
  emptyAction,
  issueTarget,
  isBlank,
  londonDate,
  rollUpOf,
  signStatement,
  standardName,
  statementOfCompliance,
  withRolledUpRating,
  type AuditReturn,
  type Framework,
  type Issue,
  type Response,
  type Standard,
  type StatementOfCompliance,
} from '@s11kit/schema';

/** The fields of the statement form, as posted (urlencoded, every value a string). */
export type StatementFields = Readonly<Record<string, string | undefined>>;

/** Names of the form's fields: one place, so that the page and the reading of it agree. */
export const field = {
  rating: (standardId: string) => `rating--${standardId}`,
  item: (standardId: string, itemId: string) => `item--${standardId}--${itemId}`,
  evidence: (standardId: string) => `evidence--${standardId}`,
  action: (standardId: string) => `action--${standardId}`,
  lead: (standardId: string) => `lead--${standardId}`,
  due: (standardId: string, part: 'day' | 'month' | 'year') => `due--${standardId}-${part}`,
  signerName: 'signer-name',
  signerRole: 'signer-role',
} as const;

/** The element an error links to: the first radio of a group, the day box of a date. */
export const anchor = {
  choice: (name: string, framework: Framework) => `${name}--${framework.scale.levels[0]!.id}`,
};

export type StatementOutcome =
  { readonly ok: true; readonly signed: AuditReturn; readonly entry: StatementOfCompliance } | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/** The standards the agency answered in year 1, in framework order: the ones its statement covers. */
export function answeredStandards(framework: Framework, ret: AuditReturn): { standard: Standard; response: Response }[] {
  const responses = new Map(ret.responses.map((response) => [response.standardId, response]));
  return framework.standards.flatMap((standard) => {
    const response = responses.get(standard.id);
    return response ? [{ standard, response }] : [];
  });
}

const levelIds = (framework: Framework) => new Set(framework.scale.levels.map((level) => level.id));

/**
 * The return as the form says it is now: the ratings chosen (a standard with items takes the
 * worst of its items, as the audit does), the evidence given for a standard rated higher, and the
 * new action given for one rated lower.
 */
function currentFromForm(framework: Framework, current: AuditReturn, fields: StatementFields, errors: Record<string, string>, today: string) {
  const levels = levelIds(framework);
  const sector = current.organisation.sector || undefined;
  const evidence: Record<string, string> = {};
  const responses = current.responses.map((response) => {
    const standard = framework.standards.find((s) => s.id === response.standardId);
    if (!standard) return response;
    const name = standardName(standard, sector);
    let next: Response = { ...response };
    const items = applicableItems(standard, sector);
    if (rollUpOf(standard) === 'worst-item' && items.length) {
      next.items = items.map((item) => {
        const given = fields[field.item(standard.id, item.id)];
        const old = response.items?.find((answer) => answer.itemId === item.id);
        if (given !== undefined && !levels.has(given)) errors[anchor.choice(field.item(standard.id, item.id), framework)] = `Choose a rating for “${item.title}” of ${name}`;
        return { itemId: item.id, rating: given !== undefined && levels.has(given) ? given : (old?.rating ?? null), explanation: old?.explanation ?? '' };
      });
      next = withRolledUpRating(framework, standard, next, sector);
    } else {
      const given = fields[field.rating(standard.id)];
      if (given !== undefined && !levels.has(given)) errors[anchor.choice(field.rating(standard.id), framework)] = `Choose a rating for ${name}`;
      else if (given !== undefined) next.rating = given;
    }
    const typed = fields[field.evidence(standard.id)] ?? '';
    evidence[standard.id] = isBlank(typed) ? '' : typed;
    if (!isBlank(typed)) next.evidence = typed;

    const action = fields[field.action(standard.id)] ?? '';
    const lead = fields[field.lead(standard.id)] ?? '';
    const due = dateEntry({
      day: fields[field.due(standard.id, 'day')] ?? '',
      month: fields[field.due(standard.id, 'month')] ?? '',
      year: fields[field.due(standard.id, 'year')] ?? '',
    });
    if (!isBlank(action) || !isBlank(lead) || due !== '') {
      const dueField = field.due(standard.id, 'day');
      const problem = dateEntryProblem(due);
      if (problem) errors[dueField] = `The due date of the new action for ${name} ${problem}`;
      else if (due !== '' && due < today) errors[dueField] = `The due date of the new action for ${name} must be today or in the future`;
      next.actions = [...response.actions, { ...emptyAction(actionIds({ responses: [response] })), action, lead, due }];
    }
    return next;
  });
  return { value: { ...current, responses }, evidence };
}

/** The form field an issue of the statement or of the return belongs on. */
function fieldOf(framework: Framework, issue: Issue, current: AuditReturn, before: AuditReturn): string {
  const [head, second] = issue.path;
  if (head === 'signedBy') return second === 'role' ? field.signerRole : field.signerName;
  const standardId = issue.standardId;
  if (!standardId) return field.signerName;
  if (issue.code === 'statement_evidence_required') return field.evidence(standardId);
  if (issue.code === 'statement_action_required') return field.action(standardId);
  const target = issueTarget(issue);
  const response = current.responses.find((r) => r.standardId === standardId);
  if (target.field === 'evidence') return field.evidence(standardId);
  if (target.field === 'actions') {
    const isNew = target.actionIndex !== undefined && target.actionIndex >= (before.responses.find((r) => r.standardId === standardId)?.actions.length ?? 0);
    if (isNew && target.actionField === 'lead') return field.lead(standardId);
    if (isNew && target.actionField === 'due') return field.due(standardId, 'day');
    return field.action(standardId);
  }
  if (target.field === 'items' && target.itemIndex !== undefined) {
    const itemId = response?.items?.[target.itemIndex]?.itemId;
    if (itemId) return anchor.choice(field.item(standardId, itemId), framework);
  }
  const standard = framework.standards.find((s) => s.id === standardId);
  const items = standard ? applicableItems(standard, current.organisation.sector || undefined) : [];
  return standard && rollUpOf(standard) === 'worst-item' && items.length
    ? anchor.choice(field.item(standardId, items[0]!.id), framework)
    : anchor.choice(field.rating(standardId), framework);
}

/**
 * Read the statement form and sign the statement with `statementOfCompliance` of @s11kit/schema,
 * which checks it with `checkStatement`: every changed standard listed, evidence for each one now
 * rated higher, an action plan for each one rated lower, and the return valid as it now stands.
 * Any problem comes back as a message on its field.
 */
export function signFromForm(framework: Framework, yearOne: AuditReturn, current: AuditReturn, fields: StatementFields, now: Date): StatementOutcome {
  const errors: Record<string, string> = {};
  const today = londonDate(now.toISOString())!;
  const { value, evidence } = currentFromForm(framework, current, fields, errors, today);
  const signer = { name: (fields[field.signerName] ?? '').trim(), role: (fields[field.signerRole] ?? '').trim() };
  const result = statementOfCompliance(framework, yearOne, value, signer, { now, evidence });
  if (!result.ok) for (const issue of result.issues) if (issue.severity === 'error') errors[fieldOf(framework, issue, value, current)] ??= issue.message;
  if (!result.ok || Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, signed: signStatement(value, result.value), entry: result.value };
}
