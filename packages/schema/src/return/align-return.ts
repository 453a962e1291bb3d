import type { Framework } from '../models/framework.js';
import type { AuditReturn, Response } from '../models/return.js';
import { indexFramework } from '../framework/framework-index.js';
import { applicableStandards } from '../framework/wording.js';
import { applicableItems, emptyItems } from '../framework/items.js';
import { emptyResponse } from './create-return.js';

export interface AlignedReturn {
  /** The return, marked with this framework's version, answering only standards it has. */
  readonly value: AuditReturn;
  /**
   * What does not fit this framework version, kept, never silently dropped: whole answers to
   * standards it does not have, and ratings at levels its scale no longer has (as a response that
   * carries only that rating; the answer itself stays in the return, unrated).
   */
  readonly setAside: Response[];
}

/**
 * Fit a draft made with another version of a framework to this one: every answer whose standard
 * still exists is kept as it is, answers to standards that have gone (and ratings at levels that have
 * gone) are set aside for the person to see, and newly added standards get empty responses. A
 * standard that now has items gets an unrated answer for each item the response does not have.
 * Evidence and actions are never changed.
 */
export function alignReturn(framework: Framework, draft: AuditReturn): AlignedReturn {
  const { standards, levels } = indexFramework(framework);
  const kept: Response[] = [];
  const setAside: Response[] = [];
  for (const response of draft.responses) {
    if (!standards.has(response.standardId)) setAside.push(response);
    else if (response.rating !== null && !levels.has(response.rating)) {
      // The evidence and actions still answer the standard; only the rating has nowhere to go.
      setAside.push({ standardId: response.standardId, rating: response.rating, evidence: '', explanation: '', actions: [] });
      kept.push({ ...response, rating: null });
    } else kept.push(response);
  }
  const answered = new Set(kept.map((response) => response.standardId));
  const sector = draft.organisation.sector;
  const wanted = sector ? applicableStandards(framework, sector) : framework.standards;
  const added = wanted.filter((standard) => !answered.has(standard.id)).map((standard) => emptyResponse(standard.id));
  const withItems = (response: Response): Response => {
    const have = new Set((response.items ?? []).map((answer) => answer.itemId));
    const missing = applicableItems(standards.get(response.standardId)!, sector || undefined).filter((item) => !have.has(item.id));
    return missing.length ? { ...response, items: [...(response.items ?? []), ...emptyItems(missing)] } : response;
  };
  // Framework order, so that the return reads in the order the standards are answered.
  const order = new Map(framework.standards.map((standard, i) => [standard.id, i]));
  const responses = [...kept, ...added].map(withItems).sort((a, b) => order.get(a.standardId)! - order.get(b.standardId)!);
  return {
    value: { ...draft, framework: { id: framework.id, version: framework.version }, responses },
    setAside,
  };
}
