import { levelStandings, type AuditReturn, type Framework } from '@s11kit/schema';

/**
 * What aggregation needs of one stored return, made once when it is submitted (after
 * `validateReturn` passed), so that figures over thousands of returns never parse or check their
 * evidence again. It has the shape of a return, cut down: the aggregator of @s11kit/schema
 * counts it with `stored: true`, so the collector's figures are the SDK's figures.
 */
export interface ReturnDigest {
  readonly digest: 1;
  /** The collector's agency id: which returns are the same agency's. */
  readonly agencyKey: string;
  readonly framework: AuditReturn['framework'];
  readonly status: 'submitted';
  readonly submittedAt: string;
  readonly updatedAt: string;
  readonly organisation: AuditReturn['organisation'];
  readonly responses: readonly DigestResponse[];
}

interface DigestResponse {
  readonly standardId: string;
  readonly rating: string | null;
  /** Only where the rating may be quoted as good practice (a best level); '' otherwise. */
  readonly evidence: string;
  readonly explanation: '';
  /** Only actions that are not complete and have a due date: the ones that can fall due. */
  readonly actions: readonly DigestAction[];
}

interface DigestAction {
  readonly id: string;
  readonly action: string;
  readonly lead: string;
  readonly due: string;
  readonly status: AuditReturn['responses'][number]['actions'][number]['status'];
}

// The aggregator quotes about 300 characters and looks at no more than four times that; one
// character more keeps its "was anything cut" test the same as on the whole text.
const TEXT_KEPT = 300 * 4 + 1;
const cut = (text: string) => (text.length > TEXT_KEPT ? text.slice(0, TEXT_KEPT) : text);

/** Who the agency is, as the collector knows it: these replace what the return says. */
export interface DigestAgency {
  readonly key: string;
  readonly name: string;
  /** Partnership slugs the agency reports to. */
  readonly partnerships: readonly string[];
  /** The agency's stable identifier (ODS code, URN, ...), as the collector registered it. */
  readonly identifier?: { readonly scheme: string; readonly value: string } | undefined;
}

/** The digest of a return that passed `validateReturn(framework, ret, { mode: 'submit' })`. */
export function digestReturn(framework: Framework, ret: AuditReturn, agency: DigestAgency): ReturnDigest {
  const best = new Set(
    levelStandings(framework.scale)
      .filter((level) => level.best)
      .map((level) => level.id),
  );
  return {
    digest: 1,
    agencyKey: agency.key,
    framework: { id: ret.framework.id, version: ret.framework.version },
    status: 'submitted',
    submittedAt: ret.submittedAt ?? ret.updatedAt,
    updatedAt: ret.updatedAt,
    organisation: {
      name: agency.name,
      sector: ret.organisation.sector,
      partnerships: [...agency.partnerships],
      ...(agency.identifier ? { identifiers: [{ scheme: agency.identifier.scheme, value: agency.identifier.value }] } : {}),
    } as AuditReturn['organisation'],
    responses: ret.responses.map((response) => ({
      standardId: response.standardId,
      rating: response.rating,
      evidence: response.rating !== null && best.has(response.rating) ? cut(response.evidence) : '',
      explanation: '',
      actions: response.actions
        .filter((action) => action.status !== 'complete' && action.due !== '')
        .map((action) => ({ id: action.id, action: cut(action.action), lead: action.lead, due: action.due, status: action.status })),
    })),
  };
}
