import type { Framework } from '../models/framework.js';
import type { AuditReturn, OrganisationIdentifier, Respondent, Response } from '../models/return.js';
import type { Action } from '../models/action.js';
import { IDENTIFIER_SCHEMES } from '../models/vocabulary.js';
import { TEXT_CEILING } from '../models/text-ceiling.js';
import { applicableStandards } from '../framework/wording.js';
import { applicableItems, emptyItems } from '../framework/items.js';
import { kindOf, listOr, quote } from '../issues/text.js';
import { londonDate, type Instant } from '../dates.js';

export interface CreateReturnOptions {
  /** The organisation's name. */
  readonly organisation?: string;
  /** One of the framework's sector ids; decides which standards (and items) are answered. */
  readonly sector?: string;
  /** Ids of the partnerships the return is for. Defaults to the framework's only partnership, if it has one. */
  readonly partnerships?: readonly string[];
  /** Stable identifiers of the organisation, such as its NHS ODS code or charity number. */
  readonly identifiers?: readonly OrganisationIdentifier[];
  readonly respondent?: Partial<Respondent>;
  /** First year of the audit cycle. Defaults to the year of `now`. */
  readonly cycleStart?: number;
  /** Year within the cycle, 1 for the self-assessment. */
  readonly cycleYear?: number;
  /** Creation time; defaults to the current time. */
  readonly now?: Instant;
}

/**
 * A response with nothing filled in yet. Give the ids of the standard's items that apply to the
 * organisation to include an unrated answer for each.
 */
export function emptyResponse(standardId: string, itemIds: readonly string[] = []): Response {
  const response: Response = { standardId, rating: null, evidence: '', explanation: '', actions: [] };
  return itemIds.length ? { ...response, items: itemIds.map((itemId) => ({ itemId, rating: null, explanation: '' })) } : response;
}

/**
 * An action row with nothing filled in yet, with an id unique among `taken`: the ids of the
 * other actions of the same response (ids need be unique only within a response).
 */
export function emptyAction(taken: Iterable<string> = []): Action {
  const used = new Set(taken);
  let n = used.size + 1;
  while (used.has(`a${n}`)) n++;
  return { id: `a${n}`, action: '', lead: '', due: '', status: 'not-started', notes: '' };
}

/** Every action id in a return. Since ids need be unique only within a response, `emptyAction` needs only the response's own. */
export function actionIds(ret: Pick<AuditReturn, 'responses'>): string[] {
  return ret.responses.flatMap((response) => response.actions.map((action) => action.id));
}

const OPTIONS = ['organisation', 'sector', 'partnerships', 'identifiers', 'respondent', 'cycleStart', 'cycleYear', 'now'];
const RESPONDENT = ['name', 'role', 'email'];

/** Every problem with the options, in words; none for options that make a sound return. */
function optionProblems(framework: Framework, options: CreateReturnOptions): string[] {
  const problems: string[] = [];
  const o = options as Record<string, unknown>;
  const text = (value: unknown, what: string, max: number) => {
    if (value === undefined) return;
    if (typeof value !== 'string') problems.push(`${what} must be text, not ${kindOf(value)}`);
    else if (value.length > max) problems.push(`${what} must be ${max} characters or fewer`);
  };
  for (const key of Object.keys(o)) if (!OPTIONS.includes(key)) problems.push(`there is no option ${quote(key)}: use ${listOr(OPTIONS.map((k) => quote(k)))}`);
  text(o.organisation, 'the option “organisation” (the organisation’s name)', TEXT_CEILING.short);
  if (typeof o.sector === 'string' && o.sector !== '' && !framework.sectors.some((s) => s.id === o.sector))
    problems.push(`the sector ${quote(o.sector)} is not one of ${framework.title}: use ${listOr(framework.sectors.map((s) => `${quote(s.id)} (${s.label})`))}`);
  else text(o.sector, 'the option “sector”', 80);
  if (o.partnerships !== undefined) {
    if (!Array.isArray(o.partnerships)) problems.push(`the option “partnerships” must be a list of partnership ids, not ${kindOf(o.partnerships)}`);
    else
      for (const id of o.partnerships)
        if (!framework.partnerships.some((p) => p.id === id))
          problems.push(`${typeof id === 'string' ? quote(id) : kindOf(id)} is not a partnership of ${framework.title}: use ${listOr(framework.partnerships.map((p) => `${quote(p.id)} (${p.name})`))}`);
  }
  if (o.identifiers !== undefined) {
    if (!Array.isArray(o.identifiers)) problems.push(`the option “identifiers” must be a list like [{ scheme: 'charity', id: '1234567' }], not ${kindOf(o.identifiers)}`);
    else
      for (const [n, entry] of o.identifiers.entries()) {
        const { scheme, id } = (entry ?? {}) as Record<string, unknown>;
        if (!IDENTIFIER_SCHEMES.includes(scheme as never)) problems.push(`identifier ${n + 1} must have a scheme of ${listOr(IDENTIFIER_SCHEMES.map((k) => quote(k)))}`);
        if (typeof id !== 'string' || id.trim() === '' || id.length > 80) problems.push(`identifier ${n + 1} must have an id: text of 1 to 80 characters`);
      }
  }
  if (o.respondent !== undefined) {
    if (o.respondent === null || typeof o.respondent !== 'object' || Array.isArray(o.respondent))
      problems.push(`the option “respondent” must be an object like { name, role, email }, not ${kindOf(o.respondent)}`);
    else
      for (const [key, value] of Object.entries(o.respondent)) {
        if (!RESPONDENT.includes(key)) problems.push(`the respondent has no field ${quote(key)}: use “name”, “role” or “email”`);
        else text(value, `the respondent’s ${key}`, TEXT_CEILING.short);
      }
  }
  const whole = (value: unknown, what: string, min: number, max: number) => {
    if (value !== undefined && !(typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max))
      problems.push(`${what} must be a whole number from ${min} to ${max}`);
  };
  whole(o.cycleStart, 'the option “cycleStart” (the first year of the cycle)', 2000, 2100);
  whole(o.cycleYear, 'the option “cycleYear”', 1, 5);
  if (o.now !== undefined && !((o.now instanceof Date || typeof o.now === 'string' || typeof o.now === 'number') && londonDate(o.now) !== undefined))
    problems.push('the option “now” must be a date, a time like 2026-05-01T16:30:00Z or a number of milliseconds');
  return problems;
}

/**
 * A new draft return for a framework: every cover-sheet answer empty, and one empty response for
 * each standard that applies to the sector (all standards when no sector is given yet), with an
 * unrated answer for each of its items that applies. Every field is written, including those a
 * return may leave out, so that forms and stored drafts always hold the whole shape.
 *
 * @throws {TypeError} when an option is of the wrong kind or names something the framework does
 *   not have; the message lists every such option and how to fix it. Everything else about a
 *   return is checked by `validateReturn`, which never throws.
 */
export function createReturn(framework: Framework, options: CreateReturnOptions = {}): AuditReturn {
  const problems = options !== null && typeof options === 'object' ? optionProblems(framework, options) : [`the options must be an object, not ${kindOf(options)}`];
  if (problems.length) throw new TypeError(`createReturn: ${problems.join('; ')}`);
  const created = new Date(options.now ?? Date.now());
  const stamp = created.toISOString();
  const sector = options.sector ?? '';
  const standards = sector ? applicableStandards(framework, sector) : framework.standards;
  const onlyPartnership = framework.partnerships.length === 1 ? [framework.partnerships[0]!.id] : [];
  return {
    framework: { id: framework.id, version: framework.version },
    organisation: {
      name: options.organisation ?? '',
      sector,
      partnerships: [...(options.partnerships ?? onlyPartnership)],
      ...(options.identifiers?.length ? { identifiers: options.identifiers.map(({ scheme, id }) => ({ scheme, id })) } : {}),
    },
    respondent: { name: '', role: '', email: '', ...options.respondent },
    cycle: { start: options.cycleStart ?? created.getUTCFullYear(), year: options.cycleYear ?? 1 },
    status: 'draft',
    cover: Object.fromEntries(framework.coverSheet.map((field) => [field.id, ''])),
    responses: standards.map((standard) => {
      const items = applicableItems(standard, sector || undefined);
      return items.length ? { ...emptyResponse(standard.id), items: emptyItems(items) } : emptyResponse(standard.id);
    }),
    createdAt: stamp,
    updatedAt: stamp,
    submittedAt: null,
  };
}
