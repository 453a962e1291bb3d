import type { Response } from '@s11kit/schema';

/**
 * The previous cycle's answers at `url`, by standard, for showing beside each standard. Anything
 * unreadable is left out, never trusted; no answer at all (offline, 404, not JSON) is undefined.
 */
export async function loadPreviousAnswers(url: string): Promise<ReadonlyMap<string, Response> | undefined> {
  let body: unknown;
  try {
    const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    if (!response.ok) return undefined;
    body = await response.json();
  } catch {
    return undefined;
  }
  const responses = (body as { value?: { responses?: unknown } } | null)?.value?.responses;
  if (!Array.isArray(responses)) return undefined;
  const byStandard = new Map<string, Response>();
  // A hostile or broken answer cannot make the page hold more than a framework's worth of standards.
  for (const item of responses.slice(0, 500)) {
    const r = item as Partial<Response> | null;
    if (!r || typeof r.standardId !== 'string') continue;
    byStandard.set(r.standardId, {
      standardId: r.standardId,
      rating: typeof r.rating === 'string' ? r.rating : null,
      evidence: typeof r.evidence === 'string' ? r.evidence : '',
      explanation: typeof r.explanation === 'string' ? r.explanation : '',
      actions: Array.isArray(r.actions) ? r.actions.filter((a) => a && typeof a === 'object' && typeof a.action === 'string') : [],
    });
  }
  return byStandard;
}
