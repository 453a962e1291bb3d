import type { Framework } from '../models/framework.js';
import type { ChangedStandard } from '../models/history.js';
import type { AuditReturn } from '../models/return.js';

/** The rating a return gives a standard; null when it is not rated or not answered. */
export const ratingOf = (ret: AuditReturn, standardId: string): string | null => ret.responses.find((response) => response.standardId === standardId)?.rating ?? null;

/** Every standard of the framework, in its order, whose rating differs between the two returns. */
export function ratingChanges(framework: Framework, before: AuditReturn, after: AuditReturn): ChangedStandard[] {
  const changes: ChangedStandard[] = [];
  for (const standard of framework.standards) {
    const from = ratingOf(before, standard.id);
    const to = ratingOf(after, standard.id);
    if (from !== to) changes.push({ standardId: standard.id, from, to });
  }
  return changes;
}
