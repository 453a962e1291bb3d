import type { Framework } from '../models/framework.js';
import { indexFramework } from '../framework/framework-index.js';
import { standardName } from '../framework/wording.js';
import { peek, type DescribePath } from '../issues/from-structure.js';
import { formatPath, quote } from '../issues/text.js';

const TOP: Record<string, string> = {
  $schema: 'the $schema link',
  framework: 'the framework reference',
  organisation: 'the organisation',
  respondent: 'the respondent',
  cycle: 'the audit cycle',
  status: 'the status',
  cover: 'the cover sheet',
  responses: 'the responses',
  createdAt: 'the date the return was started',
  updatedAt: 'the date the return was last changed',
  submittedAt: 'the date the return was submitted',
  history: 'the history of the return',
  staffSurvey: 'the staff survey results',
};

const NESTED: Record<string, Record<string, string>> = {
  framework: { id: 'the framework id', version: 'the framework version' },
  organisation: {
    name: 'your organisation’s name',
    sector: 'your organisation’s sector',
    partnerships: 'the partnerships this return is for',
    identifiers: 'your organisation’s identifiers',
  },
  staffSurvey: { respondents: 'the number of staff who answered the survey', answers: 'the survey answers' },
  respondent: { name: 'your name', role: 'your role', email: 'your email address' },
  cycle: { start: 'the year the audit cycle starts', year: 'the year of the audit cycle' },
};

const RESPONSE_FIELDS: Record<string, string> = {
  standardId: 'the standard id',
  rating: 'the rating',
  evidence: 'the evidence',
  explanation: 'the explanation',
  actions: 'the actions',
  items: 'the items',
  notForQuotation: 'the choice not to be quoted',
  copiedFrom: 'where the evidence was copied from',
};
const ITEM_FIELDS: Record<string, string> = { itemId: 'the item id', rating: 'the rating', explanation: 'the explanation' };

const ACTION_FIELDS: Record<string, string> = {
  id: 'the id',
  action: 'what will be done',
  lead: 'the lead',
  due: 'the due date',
  status: 'the status',
  notes: 'the progress notes',
  progress: 'the progress reports',
  revisions: 'the due date changes',
  completion: 'the completion record',
};

// Year-2 records inside an action: a list name, what one item is called, and its fields.
const ACTION_RECORDS: Record<string, { item: string; fields: Record<string, string> }> = {
  progress: { item: 'progress report', fields: { at: 'the time', note: 'the note', status: 'the status' } },
  revisions: { item: 'due date change', fields: { from: 'the old date', to: 'the new date', reason: 'the reason', at: 'the time' } },
};
const COMPLETION_FIELDS: Record<string, string> = { on: 'the completion date', evidence: 'the completion evidence' };

const HISTORY_FIELDS: Record<string, string> = {
  kind: 'the kind',
  at: 'the time',
  signedBy: 'the signer',
  statement: 'the words',
  changedStandards: 'the changed standards',
};
const SIGNER_FIELDS: Record<string, string> = { name: 'the signer’s name', role: 'the signer’s role' };

/**
 * Words for places in a return, naming standards the way the person filling it in saw them.
 * `raw` is the unparsed input: response `i` is named by the standard it says it answers.
 */
export function returnPathDescriber(framework: Framework, raw: unknown): DescribePath {
  const index = indexFramework(framework);
  const sectorValue = peek(raw, ['organisation', 'sector']);
  const sector = typeof sectorValue === 'string' ? sectorValue : undefined;

  const responseName = (i: number): string => {
    const id = peek(raw, ['responses', i, 'standardId']);
    const standard = typeof id === 'string' ? index.standards.get(id) : undefined;
    return standard ? standardName(standard, sector) : `response ${i + 1}`;
  };

  return (path) => {
    const [head, second, third, fourth, fifth] = path;
    if (head === undefined) return 'the return';
    if (typeof head !== 'string') return `field ${formatPath(path)}`;
    if (path.length === 1) return TOP[head] ?? `field ${formatPath(path)}`;

    if (head === 'cover' && typeof second === 'string' && path.length === 2) {
      const field = index.coverFields.get(second);
      return field ? `“${field.label}” on the cover sheet` : `the cover sheet field ${quote(second)}`;
    }
    if (head === 'organisation' && second === 'partnerships' && typeof third === 'number') return `partnership ${third + 1} of this return`;
    if (head === 'organisation' && second === 'identifiers' && typeof third === 'number')
      return path.length === 3 ? `identifier ${third + 1} of your organisation` : `the ${String(fourth)} of identifier ${third + 1} of your organisation`;
    if (head === 'staffSurvey' && second === 'answers' && typeof third === 'number')
      return path.length === 3 ? `survey answer ${third + 1}` : `the ${String(fourth)} count of survey answer ${third + 1}`;
    if (head === 'responses' && typeof second === 'number') {
      const name = responseName(second);
      if (third === undefined) return `the response for ${name}`;
      if (third === 'actions' && typeof fourth === 'number') {
        const action = `action ${fourth + 1} of ${name}`;
        if (fifth === undefined) return action;
        const field = typeof fifth === 'string' ? ACTION_FIELDS[fifth] : undefined;
        if (field && path.length === 5) return `${field} for ${action}`;
        return describeActionRecord(path.slice(4), action) ?? `field ${formatPath(path)}`;
      }
      if (third === 'items' && typeof fourth === 'number') {
        const item = `item ${fourth + 1} of the answer for ${name}`;
        if (fifth === undefined) return item;
        const words = typeof fifth === 'string' && path.length === 5 ? ITEM_FIELDS[fifth] : undefined;
        return words ? `${words} of ${item}` : `field ${formatPath(path)}`;
      }
      const field = typeof third === 'string' ? RESPONSE_FIELDS[third] : undefined;
      if (field && path.length === 3) return `${field} for ${name}`;
    }
    if (head === 'history' && typeof second === 'number') return describeHistory(path.slice(2), `entry ${second + 1} of the history of the return`) ?? `field ${formatPath(path)}`;
    const nested = typeof second === 'string' && path.length === 2 ? NESTED[head]?.[second] : undefined;
    return nested ?? `field ${formatPath(path)}`;
  };
}

/** `['progress', 1, 'note']` under an action: "the note of progress report 2 of action 1 of …". */
function describeActionRecord(rest: ReadonlyArray<string | number>, action: string): string | undefined {
  const [list, position, field] = rest;
  if (list === 'completion' && rest.length === 2 && typeof position === 'string') {
    const words = COMPLETION_FIELDS[position];
    return words && `${words} for ${action}`;
  }
  const record = typeof list === 'string' ? ACTION_RECORDS[list] : undefined;
  if (!record || typeof position !== 'number') return undefined;
  const item = `${record.item} ${position + 1} of ${action}`;
  if (rest.length === 2) return item;
  const words = typeof field === 'string' && rest.length === 3 ? record.fields[field] : undefined;
  return words && `${words} of ${item}`;
}

/** Places inside one history entry. */
function describeHistory(rest: ReadonlyArray<string | number>, entry: string): string | undefined {
  const [field, next, last] = rest;
  if (field === undefined) return entry;
  if (field === 'signedBy' && typeof next === 'string' && rest.length === 2) {
    const words = SIGNER_FIELDS[next];
    return words && `${words} in ${entry}`;
  }
  if (field === 'changedStandards' && typeof next === 'number') {
    const change = `change ${next + 1} listed in ${entry}`;
    if (rest.length === 2) return change;
    const words = last === 'standardId' ? 'the standard id' : last === 'from' ? 'the earlier rating' : last === 'to' ? 'the rating now' : undefined;
    return words && rest.length === 3 ? `${words} of ${change}` : undefined;
  }
  const words = typeof field === 'string' && rest.length === 1 ? HISTORY_FIELDS[field] : undefined;
  return words && `${words} of ${entry}`;
}
