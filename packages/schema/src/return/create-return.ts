import type { Framework } from '../models/framework.js';
import type { AuditReturn, Respondent, Response } from '../models/return.js';
import type { Action } from '../models/action.js';
import { applicableStandards } from '../framework/wording.js';
import type { Instant } from '../dates.js';

export interface CreateReturnOptions {
  /** The organisation's name. */
  readonly organisation?: string;
  /** One of the framework's sector ids; decides which standards are answered. */
  readonly sector?: string;
  /** Ids of the partnerships the return is for. Defaults to the framework's only partnership, if it has one. */
  readonly partnerships?: readonly string[];
  readonly respondent?: Partial<Respondent>;
  /** First year of the audit cycle. Defaults to the year of `now`. */
  readonly cycleStart?: number;
  /** Year within the cycle, 1 for the self-assessment. */
  readonly cycleYear?: number;
  /** Creation time; defaults to the current time. */
  readonly now?: Instant;
}

/** A response with nothing filled in yet. */
export function emptyResponse(standardId: string): Response {
  return { standardId, rating: null, evidence: '', explanation: '', actions: [] };
}

/** An action row with nothing filled in yet, with an id unique among `taken`. */
export function emptyAction(taken: Iterable<string> = []): Action {
  const used = new Set(taken);
  let n = used.size + 1;
  while (used.has(`a${n}`)) n++;
  return { id: `a${n}`, action: '', lead: '', due: '', status: 'not-started', notes: '' };
}

/** Every action id in a return, for giving a new action a fresh one. */
export function actionIds(ret: Pick<AuditReturn, 'responses'>): string[] {
  return ret.responses.flatMap((response) => response.actions.map((action) => action.id));
}

/**
 * A new draft return for a framework: every cover-sheet answer empty, and one empty response for
 * each standard that applies to the sector (all standards when no sector is given yet).
 */
export function createReturn(framework: Framework, options: CreateReturnOptions = {}): AuditReturn {
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
    },
    respondent: { name: '', role: '', email: '', ...options.respondent },
    cycle: { start: options.cycleStart ?? created.getUTCFullYear(), year: options.cycleYear ?? 1 },
    status: 'draft',
    cover: Object.fromEntries(framework.coverSheet.map((field) => [field.id, ''])),
    responses: standards.map((standard) => emptyResponse(standard.id)),
    createdAt: stamp,
    updatedAt: stamp,
    submittedAt: null,
  };
}
